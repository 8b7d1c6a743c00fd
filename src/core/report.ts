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

export function buildReport(analysis: Analysis, meta: { source?: string; target?: string } = {}): Report {
  const pairs = alignedPairs(analysis);
  const pairOf = (f: Finding) =>
    pairs.findIndex((p) => (f.src.length && f.src.every((i) => p.src.includes(i))) || (!f.src.length && f.tgt.length > 0 && f.tgt.every((i) => p.tgt.includes(i))));
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
