// The report of one checked document pair: the aligned pairs with their texts, the findings with their
// fingerprints and pair, and a summary. What every formatter (json, text, md, html, …) renders.
import { findingFingerprint } from './postprocess.js';
import type { AlignedPair, AlignMode, Analysis, Fact, Finding, LangCode, Sentence } from './types.js';

export interface ReportFinding extends Finding {
  fingerprint: string;
  /** Index into `pairs` of the pair the finding is about; -1 when none. */
  pair: number;
}

export interface Report {
  id?: string;
  srcLang: LangCode;
  tgtLang: LangCode;
  mode: AlignMode;
  source?: string;
  target?: string;
  pairs: AlignedPair[];
  findings: ReportFinding[];
  summary: { error: number; warning: number; info: number; pairs: number; sentences: { src: number; tgt: number } };
  /** The sentences (or rows) and their facts, for writers that highlight them. */
  sentences?: { src: Sentence[]; tgt: Sentence[] };
  facts?: { src: Fact[][]; tgt: Fact[][] };
}

export function alignedPairs(analysis: Analysis): AlignedPair[] {
  return analysis.beads.map((b, index) => ({
    index,
    src: b.src,
    tgt: b.tgt,
    score: b.score,
    srcText: b.src.map((i) => analysis.source[i]?.text ?? '').join(' '),
    tgtText: b.tgt.map((i) => analysis.target[i]?.text ?? '').join(' '),
  }));
}

/**
 * The first pair holding every source sentence of a finding (every target sentence for a finding about the target
 * only), or -1. Pairs are looked up by the finding's first sentence: a scan of all pairs for every finding would
 * be quadratic on a long document (a hundred thousand sentences, as many findings).
 */
function pairFinder(pairs: readonly AlignedPair[]): (f: Finding) => number {
  const bySentence = { src: new Map<number, number[]>(), tgt: new Map<number, number[]>() };
  pairs.forEach((p, k) => {
    for (const side of ['src', 'tgt'] as const) {
      for (const i of p[side]) {
        const list = bySentence[side].get(i);
        if (!list) bySentence[side].set(i, [k]);
        else if (list[list.length - 1] !== k) list.push(k);
      }
    }
  });
  return (f) => {
    const side = f.src.length ? 'src' : 'tgt';
    const sentences = f[side];
    if (!sentences.length) return -1;
    const candidates = bySentence[side].get(sentences[0]!) ?? [];
    return candidates.find((k) => sentences.every((i) => pairs[k]![side].includes(i))) ?? -1;
  };
}

export function buildReport(analysis: Analysis, meta: { source?: string; target?: string } = {}): Report {
  const pairs = alignedPairs(analysis);
  const pairOf = pairFinder(pairs);
  const findings = analysis.findings.map((f) => ({ ...f, fingerprint: findingFingerprint(f, analysis), pair: pairOf(f) }));
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  return {
    ...(analysis.id ? { id: analysis.id } : {}),
    srcLang: analysis.srcLang,
    tgtLang: analysis.tgtLang,
    mode: analysis.mode,
    ...(meta.source ? { source: meta.source } : {}),
    ...(meta.target ? { target: meta.target } : {}),
    pairs,
    findings,
    summary: {
      error: count('error'),
      warning: count('warning'),
      info: count('info'),
      pairs: pairs.length,
      sentences: { src: analysis.source.length, tgt: analysis.target.length },
    },
    sentences: { src: analysis.source, tgt: analysis.target },
    facts: { src: analysis.srcFacts, tgt: analysis.tgtFacts },
  };
}
