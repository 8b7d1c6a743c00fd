// Sentence alignment: the SPIC–Alibaba pair end to end, synthetic merges/splits/deletions built from real
// FLORES sentences, comparable mode on the Alibaba articles, the bead invariants, and the TMX writer.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { align } from '../src/core/align.js';
import { segment } from '../src/core/segment.js';
import type { Bead, LangCode } from '../src/core/types.js';
import { writeTmx } from '../src/formats/tmx.js';
import { corpusText, runCli, SHARED } from './helpers.js';

const flores = (lang: string): string[] => readFileSync(`${SHARED}eval/data/flores-dev/${lang}.txt`, 'utf8').replace(/\n$/, '').split('\n');
const key = (b: { src: number[]; tgt: number[] }) => `${b.src.join(',')}|${b.tgt.join(',')}`;

/** Every sentence exactly once, in order on both sides, scores in [0, 1]. */
function expectCoverage(beads: Bead[], n: number, m: number): void {
  const src = beads.flatMap((b) => b.src), tgt = beads.flatMap((b) => b.tgt);
  expect(src).toEqual(Array.from({ length: n }, (_, i) => i));
  expect(tgt).toEqual(Array.from({ length: m }, (_, j) => j));
  for (const b of beads) {
    expect(b.src.length + b.tgt.length).toBeGreaterThan(0);
    expect(b.score).toBeGreaterThanOrEqual(0);
    expect(b.score).toBeLessThanOrEqual(1);
  }
}

type Edit = { at: number; kind: 'merge-src' | 'merge-tgt' | 'del-src' | 'del-tgt' };

/**
 * A document from consecutive real sentence pairs with edits at fixed places: merge-src joins two source
 * sentences (a 1-2 bead), merge-tgt two target sentences (2-1), del-* drops one side (1-0 / 0-1).
 */
function buildDocument(foreign: string[], english: string[], from: number, count: number, edits: Edit[], joiner: string) {
  const src: string[] = [], tgt: string[] = [], gold: Array<{ src: number[]; tgt: number[] }> = [];
  for (let k = 0; k < count; k++) {
    const i = from + k;
    const edit = edits.find((e) => e.at === k)?.kind;
    if (edit === 'merge-src') {
      gold.push({ src: [src.length], tgt: [tgt.length, tgt.length + 1] });
      src.push(foreign[i] + joiner + foreign[i + 1]);
      tgt.push(english[i]!, english[i + 1]!);
      k++;
    } else if (edit === 'merge-tgt') {
      gold.push({ src: [src.length, src.length + 1], tgt: [tgt.length] });
      src.push(foreign[i]!, foreign[i + 1]!);
      tgt.push(`${english[i]} ${english[i + 1]}`);
      k++;
    } else if (edit === 'del-tgt') {
      gold.push({ src: [src.length], tgt: [] });
      src.push(foreign[i]!);
    } else if (edit === 'del-src') {
      gold.push({ src: [], tgt: [tgt.length] });
      tgt.push(english[i]!);
    } else {
      gold.push({ src: [src.length], tgt: [tgt.length] });
      src.push(foreign[i]!);
      tgt.push(english[i]!);
    }
  }
  return { src, tgt, gold };
}

const EDITS: Edit[] = [
  { at: 3, kind: 'merge-tgt' },
  { at: 9, kind: 'del-tgt' },
  { at: 14, kind: 'merge-src' },
  { at: 21, kind: 'del-src' },
  { at: 27, kind: 'merge-tgt' },
  { at: 33, kind: 'del-tgt' },
  { at: 34, kind: 'del-src' },
  { at: 40, kind: 'merge-src' },
];

describe('align: translation mode', () => {
  it('aligns the raw SPIC–Alibaba articles as 14 one-to-one beads, in order', () => {
    const r = runCli(['align', 'corpus/spic-alibaba.en.txt', 'corpus/spic-alibaba.hi.txt', '--format', 'json']);
    expect(r.status).toBe(0);
    const { beads } = JSON.parse(r.stdout) as { beads: Bead[] };
    expect(beads.map(key)).toEqual(Array.from({ length: 14 }, (_, i) => `${i}|${i}`));
    expect(Math.min(...beads.map((b) => b.score))).toBeGreaterThan(0.5);
  });

  for (const [lang, code, joiner] of [['hin_Deva', 'hi', ' '], ['zho_Hans', 'zh', ''], ['tha_Thai', 'th', ' '], ['vie_Latn', 'vi', ' ']] as const) {
    it(`recovers merges, splits and deletions in real ${code}–en sentences`, () => {
      const doc = buildDocument(flores(lang), flores('eng_Latn'), 500, 46, EDITS, joiner);
      const beads = align(doc.src, doc.tgt, { srcLang: code as LangCode, tgtLang: 'en' });
      expectCoverage(beads, doc.src.length, doc.tgt.length);
      const predicted = new Set(beads.map(key));
      const hits = doc.gold.filter((b) => predicted.has(key(b))).length;
      // strict bead F1 over the document, null beads included
      const f1 = (2 * hits) / (doc.gold.length + beads.length);
      expect(f1).toBeGreaterThanOrEqual(0.93);
    });
  }

  it('aligns English as the source too, and keeps the order when the target comes first', () => {
    const doc = buildDocument(flores('eng_Latn'), flores('hin_Deva'), 200, 30, EDITS.slice(0, 4), ' ');
    const beads = align(doc.src, doc.tgt, { srcLang: 'en', tgtLang: 'hi' });
    expectCoverage(beads, doc.src.length, doc.tgt.length);
    const predicted = new Set(beads.map(key));
    expect(doc.gold.filter((b) => predicted.has(key(b))).length).toBeGreaterThanOrEqual(doc.gold.length - 2);
  });

  it('does not trust an unrelated sentence swapped in for the translation', () => {
    const hi = flores('hin_Deva').slice(300, 320), en = flores('eng_Latn').slice(300, 320);
    en[10] = flores('eng_Latn')[900]!;
    const beads = align(hi, en, { srcLang: 'hi', tgtLang: 'en' });
    expectCoverage(beads, hi.length, en.length);
    // the stranger is left unaligned, or paired with the lowest score of the document: never trusted
    const around = beads.filter((b) => b.src.includes(10) || b.tgt.includes(10));
    const elsewhere = beads.filter((b) => !b.src.includes(10) && !b.tgt.includes(10) && b.src.length && b.tgt.length);
    for (const b of around) {
      if (!b.src.length || !b.tgt.length) continue;
      expect(b.score).toBeLessThan(0.75);
      expect(b.score).toBeLessThan(Math.min(...elsewhere.map((e) => e.score)));
    }
    expect(elsewhere.filter((b) => b.score > 0.9).length).toBeGreaterThanOrEqual(elsewhere.length - 1);
  });

  it('covers every sentence once, in order, for empty, one-sided and unrelated inputs', () => {
    expect(align([], [], { srcLang: 'hi', tgtLang: 'en' })).toEqual([]);
    expectCoverage(align(['एक वाक्य।'], [], { srcLang: 'hi', tgtLang: 'en' }), 1, 0);
    expectCoverage(align([], ['One.', 'Two.'], { srcLang: 'hi', tgtLang: 'en' }), 0, 2);
    const hi = flores('hin_Deva').slice(0, 25), en = flores('eng_Latn').slice(600, 640);
    expectCoverage(align(hi, en, { srcLang: 'hi', tgtLang: 'en' }), 25, 40);
    expectCoverage(align(['', 'x', ''], ['', ''], { srcLang: 'zh', tgtLang: 'en' }), 3, 2);
  });

  it('searches long documents in a band and still aligns them (2,000 sentences a side)', () => {
    const hi = flores('hin_Deva'), en = flores('eng_Latn');
    const edits: Edit[] = [];
    for (let k = 7; k < 1990; k += 23) edits.push({ at: k, kind: (['merge-src', 'merge-tgt', 'del-src', 'del-tgt'] as const)[(k / 23) % 4 | 0]! });
    const doc = buildDocument([...hi, ...hi, ...hi], [...en, ...en, ...en], 0, 2000, edits, ' ');
    const t0 = Date.now();
    const beads = align(doc.src, doc.tgt, { srcLang: 'hi', tgtLang: 'en' });
    expect(Date.now() - t0).toBeLessThan(20_000);
    expectCoverage(beads, doc.src.length, doc.tgt.length);
    const predicted = new Set(beads.map(key));
    const hits = doc.gold.filter((b) => predicted.has(key(b))).length;
    expect((2 * hits) / (doc.gold.length + beads.length)).toBeGreaterThanOrEqual(0.95);
  });

  it('follows a long untranslated stretch wider than the band (140 extra target sentences)', () => {
    const hi = flores('hin_Deva').slice(0, 800), en = flores('eng_Latn');
    const extra = en.slice(850, 990);
    const tgt = [...en.slice(0, 400), ...extra, ...en.slice(400, 800)];
    const beads = align(hi, tgt, { srcLang: 'hi', tgtLang: 'en' });
    expectCoverage(beads, hi.length, tgt.length);
    const shift = extra.length;
    const right = beads.filter((b) => b.src.length === 1 && b.tgt.length === 1 && b.tgt[0] === (b.src[0]! < 400 ? b.src[0] : b.src[0]! + shift));
    expect(right.length).toBeGreaterThanOrEqual(780);
    const inserted = beads.filter((b) => !b.src.length && b.tgt[0]! >= 400 && b.tgt[0]! < 400 + shift);
    expect(inserted.length).toBeGreaterThanOrEqual(shift - 5);
  });

  it('segments raw text itself and numbers the sentences as --segmented reads lines', () => {
    const en = segment(corpusText('spic-alibaba.en.txt'), 'en').map((s) => s.text);
    const hi = segment(corpusText('spic-alibaba.hi.txt'), 'hi').map((s) => s.text);
    const dir = mkdtempSync(join(tmpdir(), 'xalign-align-'));
    writeFileSync(join(dir, 'en.txt'), `${en.join('\n')}\n`);
    writeFileSync(join(dir, 'hi.txt'), `${hi.join('\n')}\n`);
    const r = runCli(['align', join(dir, 'en.txt'), join(dir, 'hi.txt'), '--segmented', '--src-lang', 'en', '--tgt-lang', 'hi', '--format', 'json']);
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { beads: Bead[] }).beads).toHaveLength(14);
  });

  it('keeps blank lines of --segmented input as sentences, so indices match the lines', () => {
    const dir = mkdtempSync(join(tmpdir(), 'xalign-align-'));
    const hi = flores('hin_Deva').slice(40, 44), en = flores('eng_Latn').slice(40, 44);
    writeFileSync(join(dir, 'hi.txt'), `${hi[0]}\n\n${hi.slice(1).join('\n')}\n`);
    writeFileSync(join(dir, 'en.txt'), `${en.join('\n')}\n`);
    const r = runCli(['align', join(dir, 'hi.txt'), join(dir, 'en.txt'), '--segmented', '--src-lang', 'hi', '--tgt-lang', 'en', '--format', 'json']);
    const beads = (JSON.parse(r.stdout) as { beads: Bead[] }).beads;
    expectCoverage(beads, 5, 4);
    expect(beads.map(key)).toContain('3|2');
  });
});

describe('align: user glossary', () => {
  it('counts a glossary term found on both sides as evidence for the bead', () => {
    const hi = flores('hin_Deva').slice(120, 130), en = flores('eng_Latn').slice(120, 130);
    hi[4] = 'क्वार्ट्ज़ोलिन संयंत्र कल फिर खुलेगा।';
    en[4] = 'The zyxoplant will reopen tomorrow.';
    const glossary = [{ id: 'zyxoplant', forms: { en: ['zyxoplant'], hi: ['क्वार्ट्ज़ोलिन संयंत्र'] } }];
    const score = (withGlossary: boolean) =>
      align(hi, en, { srcLang: 'hi', tgtLang: 'en', ...(withGlossary ? { glossary } : {}) }).find((b) => b.src.includes(4))!;
    const without = score(false), withIt = score(true);
    expect(key(withIt)).toBe('4|4');
    expect(withIt.score).toBeGreaterThan(without.tgt.length ? without.score : 0);
  });
});

describe('align: comparable mode', () => {
  const comparable = (srcName: string, tgtName: string, srcLang: LangCode, tgtLang: LangCode) => {
    const src = segment(corpusText(srcName), srcLang).map((s) => s.text);
    const tgt = segment(corpusText(tgtName), tgtLang).map((s) => s.text);
    return { src, tgt, beads: align(src, tgt, { srcLang, tgtLang, mode: 'comparable' }) };
  };

  it('pairs "1,5 tỷ tấn" with "15 One hundred million tons" and with "1.5 billion tons" (VNA ↔ TechWeb)', () => {
    const { src, tgt, beads } = comparable('alibaba-goals-vna.vi.txt', 'alibaba-report-techweb.en.txt', 'vi', 'en');
    const joined = (b: Bead) => ({ vi: b.src.map((i) => src[i]).join(' '), en: b.tgt.map((j) => tgt[j]).join(' ') });
    const paired = beads.filter((b) => b.src.length && b.tgt.length).map((b) => ({ ...joined(b), shared: b.shared ?? [] }));
    const hundredMillion = paired.find((p) => p.en.includes('15 One hundred million tons'));
    expect(hundredMillion?.vi).toContain('1,5 tỷ tấn');
    expect(hundredMillion?.shared.join(' ')).toMatch(/1500000000 ton: "1,5 tỷ tấn" = "15 One hundred million tons"/);
    const billion = paired.find((p) => p.en.includes('1.5 billion tons'));
    expect(billion?.vi).toContain('1,5 tỷ tấn');
    // most sentences of two different articles have no counterpart
    expect(beads.filter((b) => !b.src.length || !b.tgt.length).length).toBeGreaterThan(beads.length / 2);
    // every sentence once, even though the pairs are not in order
    expect(beads.flatMap((b) => b.src).sort((a, b) => a - b)).toEqual(src.map((_, i) => i));
    expect(beads.flatMap((b) => b.tgt).sort((a, b) => a - b)).toEqual(tgt.map((_, j) => j));
  });

  it('finds the 1.5 billion tons of the SPIC article in the VNA article, out of order', () => {
    const { src, tgt, beads } = comparable('spic-alibaba.en.txt', 'alibaba-goals-vna.vi.txt', 'en', 'vi');
    const bead = beads.find((b) => b.src.some((i) => src[i]!.includes('1.5 billion tons')));
    expect(bead?.tgt.length).toBeGreaterThan(0);
    expect(bead!.tgt.map((j) => tgt[j]).join(' ')).toContain('1,5 tỷ tấn');
    expect(bead!.tgt[0]).toBeLessThan(bead!.src[0]!);
  });

  it('is available from the command line with the shared facts in JSON', () => {
    const r = runCli(['align', 'corpus/spic-alibaba.en.txt', 'corpus/alibaba-goals-vna.vi.txt', '--mode', 'comparable', '--format', 'json']);
    expect(r.status).toBe(0);
    const beads = (JSON.parse(r.stdout) as { beads: Bead[] }).beads;
    expect(beads.some((b) => b.shared?.some((s) => s.startsWith('1500000000')))).toBe(true);
  });

  it('matches a fact that comes after thousands of other words in its sentence', () => {
    // 4,300 distinct tokens (each a unit of evidence) before the one fact both sides share.
    const filler = Array.from({ length: 4300 }, (_, i) => `zq${String(i).padStart(4, '0')}x`).join(' ');
    const src = [`${filler} and the plant opened in 1987.`, 'The weather was sunny on Monday and everyone went to the beach.'];
    const tgt = ['सोमवार को मौसम धूप वाला था और सभी समुद्र तट पर गए।', 'यह संयंत्र 1987 में खुला।'];
    const beads = align(src, tgt, { srcLang: 'en', tgtLang: 'hi', mode: 'comparable' });
    const bead = beads.find((b) => b.src.includes(0));
    expect(bead?.tgt).toEqual([1]);
    expect(bead?.shared?.some((s) => s.startsWith('1987'))).toBe(true);
  });
});

describe('align: output formats', () => {
  it('writes TMX 1.4b with srclang, xml:lang and every text escaped', () => {
    const xml = writeTmx(
      [
        { index: 0, src: [0], tgt: [0], score: 0.9, srcText: 'A < B & "C" \'D\'', tgtText: 'अ > ब & <seg>' },
        { index: 1, src: [1], tgt: [], score: 1, srcText: 'dropped', tgtText: '' },
      ],
      { srcLang: 'en', tgtLang: 'hi' },
    );
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml) as {
      tmx: { '@version': string; header: { '@srclang': string }; body: { tu: { tuv: Array<{ '@xml:lang': string; seg: string }> } } };
    };
    expect(doc.tmx['@version']).toBe('1.4');
    expect(doc.tmx.header['@srclang']).toBe('en');
    const tuv = doc.tmx.body.tu.tuv;
    expect(tuv.map((t) => t['@xml:lang'])).toEqual(['en', 'hi']);
    expect(xml).toContain('A &lt; B &amp; &quot;C&quot; &apos;D&apos;');
    expect(xml).toContain('अ &gt; ब &amp; &lt;seg&gt;');
    expect(xml).not.toContain('dropped');
  });

  it('prints text side by side, TSV and TMX from the command line', () => {
    const args = ['align', 'corpus/spic-alibaba.en.txt', 'corpus/spic-alibaba.hi.txt'];
    const text = runCli([...args, '--format', 'text']);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/#1 {2}src 1 {2}tgt 1 {2}score \d\.\d\d/);
    expect(text.stdout).toContain('│');
    const tsv = runCli([...args, '--format', 'tsv']).stdout.trimEnd().split('\n');
    expect(tsv[0]).toBe('source\ttarget\tscore');
    expect(tsv).toHaveLength(15);
    expect(tsv[1]!.split('\t')).toHaveLength(3);
    const tmx = runCli([...args, '--format', 'tmx']).stdout;
    expect(XMLValidator.validate(tmx)).toBe(true);
    expect(tmx.match(/<tu /g)).toHaveLength(14);
  });

  it('refuses a missing file with one line and exit 2', () => {
    const r = runCli(['align', 'corpus/nope.txt', 'corpus/spic-alibaba.hi.txt']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^xalign: cannot read corpus\/nope\.txt/);
  });
});
