// A hand-built Analysis of the SPIC–Alibaba pair (paragraph = sentence), so the review can be tested without
// the segmenter, aligner and checks. The test checks stand in for the real ones: they compare digit runs.
import type { Analysis, Bead, Fact, Finding, Sentence } from '../../src/core/types.js';
import type { ReviewEnv } from '../../src/tui/state.js';
import { corpusText } from '../helpers.js';

export function paragraphs(name: string): string[] {
  return corpusText(name)
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean);
}

function sentences(texts: string[]): Sentence[] {
  let at = 0;
  return texts.map((text) => {
    const s = { text, start: at, end: at + text.length };
    at += text.length + 1;
    return s;
  });
}

/** Digit runs as year/number facts: enough to colour and diff. */
export function digitFacts(text: string): Fact[] {
  return [...text.matchAll(/\d+(?:\.\d+)?/g)].map((m) => {
    const value = Number(m[0]);
    const kind = /^(19|20)\d\d$/.test(m[0]) ? 'year' : 'number';
    return { kind, value, text: m[0], start: m.index, end: m.index + m[0].length } as Fact;
  });
}

/** Test checks: a digit run on one side of a bead and not the other is a number finding. */
export function digitChecks(src: string[], tgt: string[]) {
  return (beads: readonly Bead[]): Finding[] =>
    beads.flatMap((b) => {
      const sf = b.src.flatMap((i) => digitFacts(src[i]!).map((f) => ({ f, i })));
      const tf = b.tgt.flatMap((j) => digitFacts(tgt[j]!).map((f) => ({ f, j })));
      const out: Finding[] = [];
      for (const { f, i } of sf) {
        if (!tf.some((t) => t.f.value === f.value)) {
          out.push({
            rule: 'number-missing',
            family: 'number',
            severity: 'error',
            src: [...b.src],
            tgt: [...b.tgt],
            message: `${f.text} is in the source but not in the target`,
            evidence: [{ side: 'src', sentence: i, start: f.start, end: f.end, text: f.text }],
            values: { src: String(f.value) },
          });
        }
      }
      return out;
    });
}

export const SRC = paragraphs('spic-alibaba.en.txt');
export const TGT = paragraphs('spic-alibaba.hi.txt');

function span(side: 'src' | 'tgt', sentence: number, texts: string[], needle: string) {
  const start = texts[sentence]!.indexOf(needle);
  if (start < 0) throw new Error(`fixture: "${needle}" not in ${side} ${sentence}`);
  return { side, sentence, start, end: start + needle.length, text: needle };
}

/** The 2023 paragraph (index 5): peak dropped and "in 2023" → "2023 तक"; the acronym paragraph (1): SPIC dropped. */
export function spicAnalysis(): Analysis {
  const beads: Bead[] = SRC.map((_, k) => ({ src: [k], tgt: [k], score: 0.9 }));
  const findings: Finding[] = [
    {
      rule: 'entity-missing',
      family: 'entity',
      severity: 'info',
      src: [1],
      tgt: [1],
      message: 'The acronym "SPIC" has no counterpart in the target.',
      evidence: [span('src', 1, SRC, 'SPIC')],
    },
    {
      rule: 'term-missing',
      family: 'term',
      severity: 'warning',
      src: [5],
      tgt: [5],
      message: 'The key term "peak" appears 3 times in the source but its translation (शिखर, पीक) only 2 times in the target.',
      evidence: [span('src', 5, SRC, 'peak carbon dioxide emissions goals')],
    },
    {
      rule: 'temporal-relation',
      family: 'temporal',
      severity: 'error',
      src: [5],
      tgt: [5],
      message: 'The source says "in 2023" (at) but the target says "2023 तक" (by).',
      evidence: [span('src', 5, SRC, 'in 2023'), span('tgt', 5, TGT, '2023 तक')],
      values: { src: 'at 2023', tgt: 'by 2023' },
    },
  ];
  return {
    srcLang: 'en',
    tgtLang: 'hi',
    mode: 'translation',
    source: sentences(SRC),
    target: sentences(TGT),
    beads,
    srcFacts: SRC.map(digitFacts),
    tgtFacts: TGT.map(digitFacts),
    findings,
  };
}

export function testEnv(analysis: Analysis): ReviewEnv & { calls: Bead[][] } {
  const check = digitChecks(
    analysis.source.map((s) => s.text),
    analysis.target.map((s) => s.text),
  );
  const calls: Bead[][] = [];
  return {
    calls,
    checkBeads(beads) {
      calls.push(beads.map((b) => ({ ...b })));
      return check(beads);
    },
    now: () => '2025-01-01T00:00:00.000Z',
  };
}
