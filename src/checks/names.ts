// Comparing names across scripts: romanize (any-ascii, Thai vowel order fixed), fold the sounds that
// transliteration confuses, and compare; spell acronyms from letter names; know the common words of a language.
import anyAscii from 'any-ascii';
import stringSimilarity from 'string-similarity';
import type { LangCode } from '../core/types.js';
import { lexiconSource, lexiconSources } from '../core/lexicon.js';
import { languagePack } from '../lang/index.js';

const DEVA_CONSONANTS: Record<string, string> = {
  'क': 'k', 'ख': 'kh', 'ग': 'g', 'घ': 'gh', 'ङ': 'n', 'च': 'ch', 'छ': 'chh', 'ज': 'j', 'झ': 'jh', 'ञ': 'n', 'ट': 't',
  'ठ': 'th', 'ड': 'd', 'ढ': 'dh', 'ण': 'n', 'त': 't', 'थ': 'th', 'द': 'd', 'ध': 'dh', 'न': 'n', 'प': 'p', 'फ': 'ph',
  'ब': 'b', 'भ': 'bh', 'म': 'm', 'य': 'y', 'र': 'r', 'ल': 'l', 'ळ': 'l', 'व': 'v', 'श': 'sh', 'ष': 'sh', 'स': 's', 'ह': 'h',
};
/** Consonants with a nukta: क़ ख़ ग़ ज़ फ़ ड़ ढ़ य़. */
const DEVA_NUKTA: Record<string, string> = { 'क': 'q', 'ख': 'kh', 'ग': 'g', 'ज': 'z', 'फ': 'f', 'ड': 'r', 'ढ': 'rh', 'य': 'y' };
const DEVA_VOWELS: Record<string, string> = {
  'अ': 'a', 'आ': 'a', 'इ': 'i', 'ई': 'i', 'उ': 'u', 'ऊ': 'u', 'ऋ': 'ri', 'ए': 'e', 'ऐ': 'ai', 'ओ': 'o', 'औ': 'au', 'ऑ': 'o', 'ऍ': 'e',
};
const DEVA_SIGNS: Record<string, string> = {
  'ा': 'a', 'ि': 'i', 'ी': 'i', 'ु': 'u', 'ू': 'u', 'ृ': 'ri', 'े': 'e', 'ै': 'ai', 'ो': 'o', 'ौ': 'au', 'ॉ': 'o', 'ॅ': 'e',
};

/**
 * Devanagari to Latin the way names are spelled in English: a consonant without a vowel sign carries the
 * inherent "a" except at the end of a word (नरेंद्र = narendra, मोदी = modi), anusvara is "n" (m before
 * p/b/m), nukta letters are their Persian and English sounds (फ़ = f, ज़ = z).
 */
function romanizeDevanagari(text: string): string {
  const chars = [...text.normalize('NFD')];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (DEVA_CONSONANTS[c] !== undefined) {
      const start = i;
      let sound = DEVA_CONSONANTS[c]!;
      let j = i + 1;
      if (chars[j] === '\u093C') {
        sound = DEVA_NUKTA[c] ?? sound;
        j++;
      }
      out += sound;
      const next = chars[j];
      if (next === '\u094D') i = j; // virama: no vowel
      else if (next !== undefined && DEVA_SIGNS[next] !== undefined) {
        out += DEVA_SIGNS[next];
        i = j;
      } else {
        i = j - 1;
        // the inherent vowel, silent at the end of a word unless the word ends in a cluster (नरेंद्र = narendra)
        const atEnd = next === undefined || !/[\u0900-\u097F]/.test(next);
        if (!atEnd || chars[start - 1] === '\u094D') out += 'a';
      }
    } else if (DEVA_VOWELS[c] !== undefined) out += DEVA_VOWELS[c];
    else if (c === '\u0902' || c === '\u0901') out += /^[pbm]/.test(DEVA_CONSONANTS[chars[i + 1] ?? ''] ?? '') ? 'm' : 'n';
    else if (c === '\u0903' || c === '\u093C' || c === '\u094D') continue;
    else if (/[\u0900-\u097F]/.test(c)) out += anyAscii(c);
    else out += c;
  }
  return out;
}

/** Romanize: Thai writes some vowels before their consonant (เทน = then), and ์ silences a letter. */
export function romanize(text: string): string {
  const deva = /[\u0900-\u097F]/.test(text) ? romanizeDevanagari(text) : text;
  const thai = deva.replace(/[ก-ฮ][ิุ]?์/g, '').replace(/([เแโใไ])([ก-ฮ])/g, '$2$1');
  // anusvara before a velar or palatal is n (झांग = jhang)
  return anyAscii(thai.normalize('NFC'))
    .replace(/m(?=[kgcj])/g, 'n')
    .replace(/'/g, '');
}

/** Each fold, with a substring its pattern cannot match without (the replace is skipped when it is absent). */
const FOLDS: [RegExp, string, string][] = [
  [/ph/g, 'f', 'ph'],
  [/([tkgbdjcsz])h/g, '$1', 'h'],
  [/ck/g, 'k', 'ck'],
  [/x/g, 'ks', 'x'],
  [/q/g, 'k', 'q'],
  [/c(?=[eiy])/g, 's', 'c'],
  [/c/g, 'k', 'c'],
  [/z/g, 'j', 'z'],
  [/w/g, 'v', 'w'],
  [/r/g, 'l', 'r'],
  [/y/g, 'i', 'y'],
];
const NOT_LETTER = /[^a-z]/g;
const REPEATS = /(.)\1+/g;

// Names and alias forms recur across a document and a corpus: remember their folds (bounded, cleared when full).
const foldCache = new Map<string, string>();
const FOLD_CACHE_LIMIT = 50_000;

/** The sound of a name in folded ASCII: "Zhang" and "झांग" both give "jang". */
export function fold(text: string): string {
  const known = foldCache.get(text);
  if (known !== undefined) return known;
  let s = romanize(text).toLowerCase().replace(NOT_LETTER, '');
  for (const [re, to, needs] of FOLDS) if (s.includes(needs)) s = s.replace(re, to);
  s = s.replace(REPEATS, '$1');
  if (foldCache.size >= FOLD_CACHE_LIMIT) foldCache.clear();
  foldCache.set(text, s);
  return s;
}

function consonants(folded: string): string {
  return folded[0] + folded.slice(1).replace(/[aeiou]/g, '');
}

/** Whether two spellings are plausibly the same name. */
export function soundsAlike(a: string, b: string): boolean {
  const fa = fold(a), fb = fold(b);
  if (!fa || !fb) return false;
  if (fa === fb) return true;
  if (Math.min(fa.length, fb.length) < 4) return false;
  const ca = consonants(fa), cb = consonants(fb);
  if (ca === cb && ca.length >= 3) return true;
  return stringSimilarity.compareTwoStrings(fa, fb) >= 0.72 || (ca.length >= 4 && stringSimilarity.compareTwoStrings(ca, cb) >= 0.8);
}

/** The Latin letters a token spells with this language's letter names (एसपीआईसी → SPIC), or null. */
export function spelledLetters(token: string, lang: LangCode): string | null {
  const names = Object.entries(languagePack(lang).letterNames);
  if (!names.length || !token) return null;
  // shortest parse by dynamic programming over positions
  const best: (string | null)[] = Array(token.length + 1).fill(null);
  best[0] = '';
  for (let i = 0; i < token.length; i++) {
    const here = best[i];
    if (here === null) continue;
    for (const [name, letter] of names)
      if (token.startsWith(name, i) && (best[i + name.length] === null || best[i + name.length]!.length > here.length + 1))
        best[i + name.length] = here + letter.toUpperCase();
  }
  return best[token.length] ?? null;
}

const commonCache = new Map<LangCode, Set<string>>();

/** Ordinary words of a language (from the core lexicons): a token among them is not a name. */
export function commonWords(lang: LangCode): Set<string> {
  let set = commonCache.get(lang);
  if (set) return set;
  set = new Set<string>();
  const add = (w: string) => w && set!.add(w.toLowerCase().normalize('NFC'));
  for (const [code, data] of lexiconSources()) {
    for (const line of data.split('\n')) {
      if (!line.trim() || line.startsWith('#')) continue;
      const [english = '', forms = ''] = line.split('\t');
      if (lang === 'en') for (const w of english.split(' ')) add(w);
      else if (code === lang) for (const f of forms.split('|')) for (const w of f.split(' ')) add(w);
    }
  }
  for (const w of languagePack(lang).nonNames ?? []) add(w);
  commonCache.set(lang, set);
  return set;
}

/** English words are listed as lemmas: try the word and its lemma. */
export function isCommonWord(word: string, lang: LangCode): boolean {
  const set = commonWords(lang);
  const w = word.toLowerCase().normalize('NFC');
  if (set.has(w)) return true;
  if (lang !== 'en') return false;
  const lemmas = [w.replace(/'s$|’s$/, ''), w.replace(/s$/, ''), w.replace(/es$/, ''), w.replace(/ies$/, 'y'), w.replace(/ed$/, ''), w.replace(/ing$/, ''), w.replace(/ing$/, 'e'), w.replace(/d$/, ''), w.replace(/ly$/, ''), w.replace(/al$/, '')];
  return lemmas.some((l) => l !== w && set.has(l));
}

const glossCache = new Map<LangCode, Map<string, string>>();

/** An English rendering of a name made of ordinary words (चीन इलेक्ट्रिक पावर ग्रुप → China Electric Power Group). */
export function glossOf(words: string[], lang: LangCode): string | null {
  let map = glossCache.get(lang);
  if (!map) {
    map = new Map();
    for (const line of (lexiconSource(lang) ?? '').split('\n')) {
      if (!line.trim() || line.startsWith('#')) continue;
      const [english = '', forms = ''] = line.split('\t');
      for (const f of forms.split('|')) if (f && !map.has(f.normalize('NFC'))) map.set(f.normalize('NFC'), english);
    }
    glossCache.set(lang, map);
  }
  const out = words.map((w) => map!.get(w.normalize('NFC')));
  if (out.filter(Boolean).length * 2 < words.length) return null;
  // words the lexicon does not know (often loanwords) are shown romanized
  return out.map((w, i) => (w ?? romanize(words[i]!)).replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase())).join(' ');
}
