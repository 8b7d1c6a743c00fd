// A huge sentence (a file with no line breaks and no sentence punctuation) must go through the whole
// pipeline in linear time and bounded memory: a quadratic step turns this into minutes, which the suite's
// timeout catches; an over-long "sentence" is cut into bounded pieces whose offsets still point into the text.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractFacts } from '../src/core/facts.js';
import { MAX_SENTENCE_CHARS } from '../src/core/long-sentences.js';
import { segment } from '../src/core/segment.js';
import type { LangCode, Sentence } from '../src/core/types.js';
import { formatJson, formatJsonChunks } from '../src/formats/json.js';
import { sampleReport } from './formats/sample-report.js';
import { ROOT, runCli } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'xalign-large-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Pieces in order, within the limit, trimmed, pointing into the text, and nothing but spaces between them. */
function expectBoundedPieces(text: string, pieces: Sentence[]): void {
  let last = 0;
  for (const s of pieces) {
    expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(s.text).toBe(s.text.trim());
    expect(text.slice(last, s.start).trim()).toBe('');
    expect(s.text).not.toMatch(LONE_SURROGATE); // no surrogate pair split
    expect(s.text).not.toMatch(/^\p{M}/u); // no mark parted from its letter
    last = s.end;
  }
  expect(text.slice(last).trim()).toBe('');
}

describe('a line longer than any sentence is cut into bounded pieces', () => {
  const clause = 'भारत ने 2023 में आठ लाख टन कोयला खरीदा और ';
  const line = clause.repeat(Math.ceil(1_000_000 / clause.length));
  const pieces = segment(line, 'hi');

  it('at word boundaries, with offsets into the line', () => {
    expect(pieces.length).toBeGreaterThanOrEqual(Math.ceil(line.length / MAX_SENTENCE_CHARS));
    expectBoundedPieces(line, pieces);
  });

  it('never through a fact: an amount at the length limit goes whole into the next piece', () => {
    // "आठ लाख टन" (800,000 tons) begins 5 characters before the limit: the last space before the limit is inside it
    const head = 'कोयला '.repeat(MAX_SENTENCE_CHARS).slice(0, MAX_SENTENCE_CHARS - 6) + ' ';
    const text = `${head}आठ लाख टन कोयला खरीदा ${'और कोयला '.repeat(100)}`;
    const [first, second] = segment(text, 'hi');
    expect(first!.end).toBeLessThan(MAX_SENTENCE_CHARS - 5);
    expect(second!.text.startsWith('आठ लाख टन')).toBe(true);
    expect(extractFacts(second!.text, 'hi')[0]).toMatchObject({ value: 800000, unit: 'ton', text: 'आठ लाख टन' });
    expect(extractFacts(text, 'hi')).toEqual([expect.objectContaining({ value: 800000, start: MAX_SENTENCE_CHARS - 5 })]);
  });

  it('reads the facts of the whole line piece by piece, with offsets into the line', () => {
    const facts = extractFacts(line, 'hi');
    expect(facts).toHaveLength(2 * (line.length / clause.length));
    for (const f of facts.slice(-50)) expect(line.slice(f.start, f.end)).toBe(f.text);
  });

  it('leaves a sentence within the limit whole', () => {
    const long = clause.repeat(Math.floor(MAX_SENTENCE_CHARS / clause.length)).trim();
    expect(segment(long, 'hi')).toEqual([{ text: long, start: 0, end: long.length }]);
  });

  const unspaced: Array<[string, LangCode, string]> = [
    ['Thai without spaces', 'th', 'บริษัทเทนเซ็นต์ประกาศเป้าหมายความเป็นกลางทางคาร์บอนภายในปี2573'],
    ['Chinese without punctuation', 'zh', '阿里巴巴集团宣布到2030年实现碳中和目标'],
    ['one endless word of astral letters and combining marks', 'en', '𝒜e\u0301𝒷\u0301'],
  ];
  for (const [name, lang, unit] of unspaced) {
    it(`and in text without spaces: ${name}`, () => {
      const text = unit.repeat(Math.ceil(60_000 / unit.length));
      const out = segment(text, lang);
      expect(out.length).toBeGreaterThanOrEqual(Math.ceil(text.length / MAX_SENTENCE_CHARS));
      expectBoundedPieces(text, out);
      expect(out.map((s) => s.text).join('')).toBe(text);
    });
  }
});

describe('the JSON report written in pieces', () => {
  it('is formatJson, byte for byte', () => {
    const report = { ...sampleReport(), source: undefined, extra: [[], {}, [undefined, 1, 'a\nb']] };
    expect([...formatJsonChunks(report)].join('')).toBe(formatJson(report));
  });
});

describe('a 3-million-character line without sentence punctuation', () => {
  const clause = 'अलीबाबा समूह ने कार्बन तटस्थता का लक्ष्य रखा है ';
  const file = join(dir, 'one-line.hi.txt');
  writeFileSync(file, clause.repeat(Math.ceil(3_000_000 / clause.length)));

  it('is checked against an article without hanging, and the JSON covers both sides in bounded sentences', () => {
    const r = runCli(['check', join(ROOT, 'corpus/spic-alibaba.en.txt'), file, '--format', 'json', '--fail-on', 'none']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as { pairs: { src: number[]; tgt: number[] }[]; sentences: { tgt: Sentence[] } };
    expect(report.pairs.flatMap((p) => p.src).sort((a, b) => a - b)).toEqual([...Array(14).keys()]);
    expect(report.pairs.flatMap((p) => p.tgt).length).toBeGreaterThan(0);
    expectBoundedPieces(readFileSync(file, 'utf8'), report.sentences.tgt);
  });

  it('gives facts --lines one JSON array per line, a line of a million characters included', () => {
    const clause = 'भारत ने 2023 में आठ लाख टन कोयला खरीदा और ';
    const line = clause.repeat(Math.ceil(1_000_000 / clause.length));
    const r = runCli(['facts', '--lines', '--lang', 'hi', '--format', 'json'], { input: `१ और 2\n${line}\n` });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(JSON.stringify(extractFacts('१ और 2', 'hi')));
    const facts = JSON.parse(lines[1]!) as Array<{ text: string; start: number; end: number }>;
    expect(facts).toHaveLength(2 * (line.length / clause.length));
    for (const f of facts.slice(-50)) expect(line.slice(f.start, f.end)).toBe(f.text);
  });
});

describe('a pre-aligned row far longer than any sentence', () => {
  it('is refused with its line number (rows are checked whole, so it would hang), in TSV and XLIFF alike', () => {
    const tsv = join(dir, 'long-row.tsv');
    const longRow = `${'Alibaba said it would cut emissions. '.repeat(700)}\t${'अलीबाबा ने कहा। '.repeat(100)}`;
    writeFileSync(tsv, `en\thi\nEight firms signed.\tआठ कंपनियों ने हस्ताक्षर किए।\n${longRow}\n`);
    const r = runCli(['check', '--pairs', tsv]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`xalign: ${tsv}:3: a row of 25,899 characters is longer than any sentence (at most 20,000); split it into sentences, or check the two texts as files: xalign check SOURCE TARGET\n`);

    const xliff = join(dir, 'long-unit.xlf');
    writeFileSync(xliff, `<?xml version="1.0"?>\n<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en" trgLang="hi">\n<file id="f"><unit id="u1"><segment>\n<source>${'Alibaba said it would cut emissions. '.repeat(700)}</source>\n<target>अलीबाबा ने कहा।</target></segment></unit></file></xliff>\n`);
    const x = runCli(['check', '--pairs', xliff]);
    expect(x.status).toBe(2);
    expect(x.stderr).toMatch(/^xalign: .*long-unit\.xlf:\d+: a row of 25,[89]\d\d characters is longer than any sentence/);
  });
});
