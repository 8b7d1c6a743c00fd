// What the writers (html, md, junit, xliff, tsv, jsonl) read from a Report: the pairs with their sentences,
// facts and highlighted evidence, findings per pair, counts and the gate. Pure.
import type { FailOn } from '../core/config.js';
import { DEFAULT_FAIL_ON, failsGate } from '../core/gate.js';
import type { Report, ReportFinding } from '../core/report.js';
import { SEVERITIES, severityRank, type AlignedPair, type Fact, type Sentence, type Severity } from '../core/types.js';

/** A Report with the optional fields the highlighting writers use when buildReport provides them. */
export type RichReport = Report & {
  id?: string;
  sentences?: { src: Sentence[]; tgt: Sentence[] };
  facts?: { src: Fact[][]; tgt: Fact[][] };
};

export interface RenderOptions {
  failOn?: FailOn;
  color?: boolean;
  /** Text report: columns to wrap to; 0 = never wrap (a report written to a file). */
  width?: number;
  /** A title for the document (the pair id in corpus runs). */
  title?: string;
}

export type Side = 'src' | 'tgt';

export interface Span {
  start: number;
  end: number;
  kind: 'fact' | 'evidence';
  /** For evidence: the worst severity among the findings pointing here. */
  severity?: Severity;
  /** Tooltip: the fact's reading or the finding's rule. */
  label: string;
}

export interface SentenceView {
  /** Sentence index on its side (or -1 when the text is a whole pair without sentence data). */
  index: number;
  text: string;
  spans: Span[];
}

export function severityCounts(findings: readonly { severity: Severity }[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

export function worstSeverity(findings: readonly { severity: Severity }[]): Severity | undefined {
  let worst: Severity | undefined;
  for (const f of findings) if (!worst || severityRank[f.severity] > severityRank[worst]) worst = f.severity;
  return worst;
}

export function gateOutcome(report: Report, failOn: FailOn = DEFAULT_FAIL_ON): { failOn: FailOn; failing: number; passed: boolean } {
  const failing = report.findings.filter((f) => failsGate(f, failOn)).length;
  return { failOn, failing, passed: failing === 0 };
}

/** The pair a finding belongs to: its own `pair`, or the first pair sharing a sentence with it. */
export function pairOfFinding(report: Report, finding: ReportFinding): number {
  if (finding.pair !== undefined && finding.pair >= 0) return finding.pair;
  const hit = report.pairs.find(
    (pair) => finding.src.some((i) => pair.src.includes(i)) || finding.tgt.some((j) => pair.tgt.includes(j)),
  );
  return hit ? hit.index : -1;
}

export function findingsByPair(report: Report): Map<number, ReportFinding[]> {
  const map = new Map<number, ReportFinding[]>();
  for (const finding of report.findings) {
    const pair = pairOfFinding(report, finding);
    const list = map.get(pair) ?? [];
    list.push(finding);
    map.set(pair, list);
  }
  return map;
}

function describeFact(fact: Fact): string {
  const value = fact.value;
  let reading: string;
  if (typeof value === 'number') reading = String(value);
  else if ('from' in value) reading = `${value.from}–${value.to}`;
  else reading = [value.year, value.month, value.day].filter((v) => v !== undefined).join('-');
  return `${fact.kind}: ${reading}${fact.unit ? ` ${fact.unit}` : ''}${fact.calendar === 'BE' && fact.original ? ` (BE ${fact.original})` : ''}`;
}

/** Sentences of one side of a pair, each with its fact spans and evidence spans. */
export function sentenceViews(report: RichReport, pair: AlignedPair, side: Side, findings: readonly ReportFinding[]): SentenceView[] {
  const indices = side === 'src' ? pair.src : pair.tgt;
  const sentences = report.sentences?.[side];
  const facts = report.facts?.[side];
  if (!sentences) {
    // No sentence data: one view of the pair text; evidence is found by its text.
    const text = side === 'src' ? pair.srcText : pair.tgtText;
    const spans: Span[] = [];
    for (const finding of findings) {
      for (const ev of finding.evidence) {
        if (ev.side !== side || !ev.text) continue;
        const at = text.indexOf(ev.text);
        if (at >= 0) spans.push({ start: at, end: at + ev.text.length, kind: 'evidence', severity: finding.severity, label: finding.rule });
      }
    }
    return text ? [{ index: -1, text, spans }] : [];
  }
  return indices.map((index) => {
    const text = sentences[index]?.text ?? '';
    const spans: Span[] = [];
    for (const fact of facts?.[index] ?? []) {
      if (fact.end > fact.start && fact.end <= text.length) spans.push({ start: fact.start, end: fact.end, kind: 'fact', label: describeFact(fact) });
    }
    for (const finding of findings) {
      for (const ev of finding.evidence) {
        if (ev.side !== side || ev.sentence !== index) continue;
        let { start, end } = ev;
        // Trust the offsets when they point at the evidence text; otherwise look the text up.
        if (!(end > start && end <= text.length && (!ev.text || text.slice(start, end) === ev.text))) {
          const at = ev.text ? text.indexOf(ev.text) : -1;
          if (at < 0) continue;
          start = at;
          end = at + ev.text.length;
        }
        spans.push({ start, end, kind: 'evidence', severity: finding.severity, label: finding.rule });
      }
    }
    return { index, text, spans };
  });
}

export interface Run {
  text: string;
  fact?: string;
  evidence?: { severity: Severity; rules: string[] };
}

/** Cuts a text at every span boundary: each run carries the facts and evidence covering it (overlaps allowed). */
export function runsOf(view: SentenceView): Run[] {
  const cuts = new Set<number>([0, view.text.length]);
  for (const span of view.spans) {
    cuts.add(Math.max(0, Math.min(span.start, view.text.length)));
    cuts.add(Math.max(0, Math.min(span.end, view.text.length)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const from = points[k]!;
    const to = points[k + 1]!;
    if (to <= from) continue;
    const covering = view.spans.filter((s) => s.start <= from && s.end >= to);
    const fact = covering.find((s) => s.kind === 'fact');
    const evidence = covering.filter((s) => s.kind === 'evidence');
    const run: Run = { text: view.text.slice(from, to) };
    if (fact) run.fact = fact.label;
    if (evidence.length) {
      run.evidence = { severity: worstSeverity(evidence.map((s) => ({ severity: s.severity ?? 'info' })))!, rules: [...new Set(evidence.map((s) => s.label))] };
    }
    const last = runs[runs.length - 1];
    if (last && last.fact === run.fact && JSON.stringify(last.evidence) === JSON.stringify(run.evidence)) last.text += run.text;
    else runs.push(run);
  }
  return runs;
}

export const SEVERITIES_DESC: readonly Severity[] = [...SEVERITIES].reverse();

export function pairLabel(pair: AlignedPair): string {
  // a range only when the sentences follow each other; comparable mode can group sentences apart (2,4)
  const contiguous = (xs: number[]) => xs.every((x, i) => i === 0 || x === xs[i - 1]! + 1);
  const range = (xs: number[]) =>
    xs.length === 0 ? '—' : xs.length === 1 ? `${xs[0]! + 1}` : contiguous(xs) ? `${xs[0]! + 1}–${xs[xs.length - 1]! + 1}` : xs.map((x) => x + 1).join(',');
  return `${range(pair.src)} ↔ ${range(pair.tgt)}`;
}

export function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
