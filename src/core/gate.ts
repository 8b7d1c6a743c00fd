// The publishing gate: exit 1 when a finding at or above --fail-on remains (after baseline and review suppression).
import { applyRuleSettings, type FailOn, type XalignConfig } from './config.js';
import type { Report, ReportFinding } from './report.js';
import { severityRank, type Finding, type Severity } from './types.js';

export const DEFAULT_FAIL_ON: FailOn = 'error';

export function failsGate(finding: Pick<Finding, 'severity'>, failOn: FailOn): boolean {
  return failOn !== 'none' && severityRank[finding.severity] >= severityRank[failOn as Severity];
}

export function gateExitCode(findings: readonly Pick<Finding, 'severity'>[], failOn: FailOn = DEFAULT_FAIL_ON): 0 | 1 {
  return findings.some((finding) => failsGate(finding, failOn)) ? 1 : 0;
}

export interface GatePolicy {
  /** Rule settings from the config: off, or another severity. */
  rules?: XalignConfig['rules'];
  /** Hide findings below this severity (they neither show nor fail). */
  minSeverity?: Severity;
  /** Fingerprints accepted by a baseline file. */
  baseline?: ReadonlySet<string>;
  /** True for findings a reviewer dismissed (the review sidecar). */
  dismissed?: (finding: ReportFinding) => boolean;
}

export interface GatedReport<R extends Report> {
  report: R;
  suppressed: { baseline: number; review: number };
  /** The findings before baseline and review suppression: what --write-baseline records. */
  considered: ReportFinding[];
}

/** Rule settings, severity floor, baseline and review decisions, in that order; the summary counts follow. */
export function applyGatePolicy<R extends Report>(report: R, policy: GatePolicy): GatedReport<R> {
  let findings = applyRuleSettings(report.findings, policy.rules);
  if (policy.minSeverity) findings = findings.filter((f) => severityRank[f.severity] >= severityRank[policy.minSeverity!]);
  const considered = findings;
  const before = findings.length;
  if (policy.baseline?.size) findings = findings.filter((f) => !policy.baseline!.has(f.fingerprint));
  const afterBaseline = findings.length;
  if (policy.dismissed) findings = findings.filter((f) => !policy.dismissed!(f));
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return {
    report: { ...report, findings, summary: { ...report.summary, ...counts } },
    suppressed: { baseline: before - afterBaseline, review: afterBaseline - findings.length },
    considered,
  };
}
