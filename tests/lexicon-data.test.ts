// The core bilingual lexicons (src/lang/lexicon/<code>.ts) are hand-written data: these checks keep them in the
// format the aligner's loader reads (docs/lexicon-format.md) and free of the slips such data collects.
import { describe, expect, it } from 'vitest';
import { englishKey, lexicon, normalizeForm } from '../src/core/lexicon.js';
import type { LangCode } from '../src/core/types.js';
import hi from '../src/lang/lexicon/hi.js';
import th from '../src/lang/lexicon/th.js';
import vi from '../src/lang/lexicon/vi.js';
import zh from '../src/lang/lexicon/zh.js';

const FILES: Record<'hi' | 'vi' | 'th' | 'zh', string> = { hi, vi, th, zh };

interface Entry {
  line: number;
  english: string;
  forms: string[];
}

function entries(text: string): Entry[] {
  const out: Entry[] = [];
  text.split('\n').forEach((raw, i) => {
    if (raw.trim() === '' || raw.startsWith('#')) return;
    const [english = '', right = '', ...rest] = raw.split('\t');
    if (rest.length > 0) throw new Error(`line ${i + 1}: more than one tab: ${raw}`);
    out.push({ line: i + 1, english, forms: right.split('|') });
  });
  return out;
}

/** Script a language's forms must be written in (besides spaces, hyphens and, for Thai, abbreviation dots). */
const SCRIPT: Record<'hi' | 'th' | 'zh', RegExp> = {
  hi: /^[\u0900-\u097F\u200C\u200D -]+$/u,
  th: /^[\u0E00-\u0E7F.]+$/u,
  zh: /^[\p{Script=Han}·]+$/u,
};

describe.each(Object.keys(FILES) as (keyof typeof FILES)[])('lexicon %s', (lang) => {
  const text = FILES[lang];
  const list = entries(text);

  it('has at least 2,000 entries, each english<TAB>form|form', () => {
    expect(list.length).toBeGreaterThanOrEqual(2000);
    for (const e of list) {
      expect(e.english, `line ${e.line}`).toMatch(/^[a-z0-9][a-z0-9 .'&-]*[a-z0-9.]$|^[a-z]$/);
      expect(e.english, `line ${e.line}`).not.toMatch(/ {2}/);
      expect(e.forms.length, `line ${e.line}`).toBeGreaterThan(0);
    }
  });

  it('has no duplicate English keys and no empty or repeated forms', () => {
    const seen = new Map<string, number>();
    for (const e of list) {
      expect(seen.get(e.english), `"${e.english}" on line ${e.line} repeats line ${seen.get(e.english)}`).toBeUndefined();
      seen.set(e.english, e.line);
      for (const f of e.forms) expect(f.trim(), `empty form on line ${e.line}`).not.toBe('');
      expect(new Set(e.forms).size, `repeated form on line ${e.line}`).toBe(e.forms.length);
    }
  });

  it('writes forms in the language’s own script', () => {
    for (const e of list) {
      for (const f of e.forms) {
        expect(f, `line ${e.line}`).toBe(f.trim());
        if (lang === 'vi') {
          expect(f.normalize('NFC'), `not NFC on line ${e.line}`).toBe(f);
          expect(f, `line ${e.line}`).toMatch(/^[\p{Script=Latin}]+(?:[ -][\p{Script=Latin}]+)*$/u);
        } else {
          expect(f, `ASCII-only form on line ${e.line}`).not.toMatch(/^[\x00-\x7f]*$/);
          expect(f, `line ${e.line}`).toMatch(SCRIPT[lang]);
          if (lang !== 'hi') expect(f, `space inside a ${lang} form on line ${e.line}`).not.toMatch(/\s/);
        }
      }
    }
  });

  it('loads through the aligner’s loader with every English key', () => {
    const lex = lexicon(lang as LangCode);
    const keys = new Set(list.map((e) => englishKey(e.english)));
    expect(lex.english.size).toBe(keys.size);
    expect(lex.english.size).toBeGreaterThanOrEqual(1900);
    for (const e of list) {
      for (const f of e.forms) {
        expect(lex.forms.get(normalizeForm(f, lang as LangCode)), `line ${e.line}`).toContain(englishKey(e.english));
      }
    }
  });
});

describe('lexicon content', () => {
  const translates = (lang: LangCode, form: string, english: string): boolean =>
    lexicon(lang).forms.get(normalizeForm(form, lang))?.includes(englishKey(english)) ?? false;

  it('pairs core news words in every language', () => {
    for (const [lang, form] of [['hi', 'सरकार'], ['zh', '政府'], ['vi', 'chính phủ'], ['th', 'รัฐบาล']] as const) {
      expect(translates(lang, form, 'government'), lang).toBe(true);
    }
    for (const [lang, form] of [['hi', 'बिजली'], ['zh', '电力'], ['vi', 'điện'], ['th', 'ไฟฟ้า']] as const) {
      expect(translates(lang, form, 'electricity'), lang).toBe(true);
    }
  });

  it('gives Hindi inflected forms and both spellings of nasal vowels (anusvara and chandrabindu)', () => {
    for (const form of ['कहा', 'कहते', 'कही']) expect(translates('hi', form, 'say'), form).toBe(true);
    for (const form of ['कंपनी', 'कंपनियों']) expect(translates('hi', form, 'company'), form).toBe(true);
    expect(translates('hi', 'गांव', 'village')).toBe(true);
    expect(translates('hi', 'गाँव', 'village')).toBe(true);
    expect(translates('hi', 'महंगा', 'expensive')).toBe(true);
    expect(translates('hi', 'महँगा', 'expensive')).toBe(true);
  });

  it('leaves out words that occur everywhere and Thai strings that hide inside other words', () => {
    expect(lexicon('hi').forms.has('पर')).toBe(false);
    expect(lexicon('vi').forms.has('cho')).toBe(false);
    // ปิด (close) is a substring of เปิด (open); ขอ (ask) of ของ (of)
    expect(lexicon('th').forms.has('ปิด')).toBe(false);
    expect(lexicon('th').forms.has('ขอ')).toBe(false);
  });

  it('spells places as the language writes them', () => {
    expect(translates('hi', 'भारत', 'india')).toBe(true);
    expect(translates('zh', '越南', 'vietnam')).toBe(true);
    expect(translates('vi', 'Thái Lan', 'thailand')).toBe(true);
    expect(translates('th', 'จีน', 'china')).toBe(true);
  });
});
