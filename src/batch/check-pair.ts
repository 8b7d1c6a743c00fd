// Checks one document pair of a corpus run (or one stdin-jsonl line): read, analyze, build the report, and apply
// the gate policy (rule settings, baseline, review decisions). Used in worker threads and in process.
import { relative } from 'node:path';
import type { XalignConfig } from '../core/config.js';
import { detectLanguage } from '../core/detect.js';
import { UserError } from '../core/errors.js';
import { applyGatePolicy, type GatedReport } from '../core/gate.js';
import { analyze } from '../core/pipeline.js';
import { buildReport, type Report } from '../core/report.js';
import type { AlignMode, Analysis, GlossaryEntry, LangCode } from '../core/types.js';
import { readTextFile } from '../io/input.js';
import { reviewDismissals } from '../io/review-decisions.js';
import type { RichReport } from '../formats/report-view.js';
import type { PairJob } from './jobs.js';

/** What every pair of a run shares; plain data, so it can be posted to a worker. */
export interface BatchSettings {
  rules?: XalignConfig['rules'];
  minSeverity?: XalignConfig['minSeverity'];
  failOn: NonNullable<XalignConfig['failOn']>;
  /** Baseline fingerprints (an array, to cross the worker boundary). */
  baseline?: string[];
  glossary?: GlossaryEntry[];
  /** Paths in reports are shown relative to this folder. */
  cwd?: string;
}

export interface PairTexts {
  id?: string;
  srcText: string;
  tgtText: string;
  srcLang?: LangCode;
  tgtLang?: LangCode;
  mode?: AlignMode;
  srcName?: string;
  tgtName?: string;
  /** The target file, whose review sidecar is honoured. */
  targetPath?: string;
}

// A worker checks many pairs with the same baseline: build its set once.
const baselineSets = new WeakMap<string[], ReadonlySet<string>>();
function baselineSet(list: string[] | undefined): ReadonlySet<string> | undefined {
  if (!list) return undefined;
  let set = baselineSets.get(list);
  if (!set) baselineSets.set(list, (set = new Set(list)));
  return set;
}

function language(given: LangCode | undefined, text: string, name: string): LangCode {
  if (given) return given;
  const detected = detectLanguage(text);
  if (!detected) throw new UserError(`${name}: cannot tell the language; give it (srcLang / tgtLang)`);
  return detected;
}

/** Adds the sentence and fact data the highlighting writers use, when buildReport has not already. */
export function enrich(report: Report, analysis: Analysis, id?: string): RichReport {
  const rich = report as RichReport;
  return {
    ...report,
    ...(id !== undefined ? { id } : {}),
    sentences: rich.sentences ?? { src: analysis.source, tgt: analysis.target },
    facts: rich.facts ?? { src: analysis.srcFacts, tgt: analysis.tgtFacts },
  };
}

export function checkTexts(input: PairTexts, settings: BatchSettings, warn: (message: string) => void = () => {}): GatedReport<RichReport> {
  const srcLang = language(input.srcLang, input.srcText, input.srcName ?? 'source');
  const tgtLang = language(input.tgtLang, input.tgtText, input.tgtName ?? 'target');
  const analysis = analyze({
    srcText: input.srcText,
    tgtText: input.tgtText,
    srcLang,
    tgtLang,
    mode: input.mode ?? 'translation',
    ...(settings.glossary ? { glossary: settings.glossary } : {}),
  });
  if (input.id !== undefined) analysis.id = input.id;
  const report = enrich(buildReport(analysis, { source: input.srcName, target: input.tgtName }), analysis, input.id);
  return applyGatePolicy(report, {
    rules: settings.rules,
    minSeverity: settings.minSeverity,
    baseline: baselineSet(settings.baseline),
    dismissed: reviewDismissals(input.targetPath, analysis.source, analysis.target, warn),
  });
}

export function checkJob(job: PairJob, settings: BatchSettings, warn?: (message: string) => void): GatedReport<RichReport> {
  const show = (path: string) => (settings.cwd ? relative(settings.cwd, path) || path : path);
  return checkTexts(
    {
      id: job.id,
      srcText: readTextFile(job.source.path),
      tgtText: readTextFile(job.target.path),
      srcLang: job.source.lang,
      tgtLang: job.target.lang,
      mode: job.mode,
      srcName: show(job.source.path),
      tgtName: show(job.target.path),
      targetPath: job.target.path,
    },
    settings,
    warn,
  );
}
