// Messages between `xalign report` and its workers, and the per-pair summary row both sides agree on.
import type { FailOn } from '../core/config.js';
import { failsGate } from '../core/gate.js';
import type { Report } from '../core/report.js';
import type { Severity } from '../core/types.js';
import type { BaselineEntry } from '../io/baseline.js';
import type { PairJob } from './jobs.js';

export interface JobMessage {
  seq: number;
  job: PairJob;
}

export interface PairSummary {
  id: string;
  srcLang: string;
  tgtLang: string;
  mode: string;
  source: string;
  target: string;
  pairs: number;
  counts: Record<Severity, number>;
  /** Findings at or above --fail-on after baseline and review suppression. */
  failing: number;
  suppressed: { baseline: number; review: number };
  html?: string;
  json?: string;
  error?: string;
  /** The manifest's note, shown in the index. */
  note?: string;
}

export type WorkerReply =
  | { type: 'done'; seq: number; entry: PairSummary; warnings: string[]; baseline?: BaselineEntry[] }
  | { type: 'failed'; seq: number; id: string; user: boolean; error: string; warnings: string[] };

export function pairSummary(job: PairJob, report: Report, failOn: FailOn, suppressed: PairSummary['suppressed']): PairSummary {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of report.findings) counts[f.severity]++;
  return {
    id: job.id,
    srcLang: report.srcLang,
    tgtLang: report.tgtLang,
    mode: report.mode,
    source: report.source ?? job.source.path,
    target: report.target ?? job.target.path,
    pairs: report.pairs.length,
    counts,
    failing: report.findings.filter((f) => failsGate(f, failOn)).length,
    suppressed,
    ...(job.note ? { note: job.note } : {}),
  };
}
