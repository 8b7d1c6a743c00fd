// The gate around `xalign check`: xalign.config.json fills the options the command line leaves out, then rule
// settings, --baseline and the review sidecar's dismissals are applied, and --write-baseline records the rest.
import type { FailOn } from '../core/config.js';
import { applyGatePolicy, DEFAULT_FAIL_ON } from '../core/gate.js';
import type { Report } from '../core/report.js';
import type { Analysis } from '../core/types.js';
import type { RichReport } from '../formats/report-view.js';
import { baselineEntries, readBaseline, writeBaseline } from '../io/baseline.js';
import { loadConfig } from '../io/config.js';
import { reviewDismissals } from '../io/review-decisions.js';
import { enrich } from './check-pair.js';

type Argv = Record<string, unknown>;

/** argv with the config file's values where the command line gave none (both yargs spellings set). */
export function withConfigFile(argv: Argv, cwd: string = process.cwd()): Argv {
  const loaded = loadConfig(typeof argv.config === 'string' ? argv.config : undefined, cwd);
  if (!loaded) return argv;
  const c = loaded.config;
  const out: Argv = { ...argv, configRules: c.rules };
  const fill = (kebab: string, camel: string, value: unknown) => {
    if (value === undefined || (argv[kebab] !== undefined && argv[kebab] !== '')) return;
    out[kebab] = value;
    out[camel] = value;
  };
  fill('src-lang', 'srcLang', c.srcLang);
  fill('tgt-lang', 'tgtLang', c.tgtLang);
  fill('mode', 'mode', c.mode);
  fill('fail-on', 'failOn', c.failOn);
  fill('min-severity', 'minSeverity', c.minSeverity);
  fill('baseline', 'baseline', c.baseline);
  // Glossaries add up: the config's and the command line's.
  if (c.glossary?.length) out.glossary = [...c.glossary, ...((argv.glossary as string[] | undefined) ?? [])];
  return out;
}

export function failOnOf(argv: Argv): FailOn {
  return ((argv['fail-on'] ?? argv.failOn) as FailOn | undefined) ?? DEFAULT_FAIL_ON;
}

/** Applies the gate policy to a check's report and writes --write-baseline; the findings left decide the exit code. */
export function gateCheck(analysis: Analysis, report: Report, argv: Argv, targetPath?: string, warn = (m: string) => process.stderr.write(`xalign: ${m}\n`)): RichReport {
  const baselinePath = argv.baseline as string | undefined;
  const gated = applyGatePolicy(enrich(report, analysis), {
    rules: argv.configRules as Parameters<typeof applyGatePolicy>[1]['rules'],
    baseline: baselinePath ? readBaseline(baselinePath) : undefined,
    dismissed: reviewDismissals(targetPath, analysis.source, analysis.target, warn),
  });
  const writeTo = (argv['write-baseline'] ?? argv.writeBaseline) as string | undefined;
  if (writeTo) writeBaseline(writeTo, baselineEntries(gated.considered));
  return gated.report;
}
