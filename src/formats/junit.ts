// JUnit XML for CI: one test suite per document pair, one test case per aligned pair, one <failure> per finding
// at or above --fail-on (findings below it go to <system-out>). The Jenkins/GitLab/GitHub readers accept this shape.
import type { Report, ReportFinding } from '../core/report.js';
import { failsGate } from '../core/gate.js';
import { escapeXml, escapeXmlAttribute as attr } from './escape.js';
import { findingsByPair, truncate, type RenderOptions } from './report-view.js';

function suiteName(report: Report & { id?: string }): string {
  return report.id ?? `${report.source ?? report.srcLang} -> ${report.target ?? report.tgtLang}`;
}

function failureBody(finding: ReportFinding, srcText: string, tgtText: string): string {
  const lines = [`${finding.severity} ${finding.rule} (${finding.family}): ${finding.message}`];
  if (finding.values) lines.push(`values: ${finding.values.src ?? '—'} ≠ ${finding.values.tgt ?? '—'}`);
  lines.push(`source: ${srcText}`, `target: ${tgtText}`);
  return escapeXml(lines.join('\n'));
}

function suite(report: Report & { id?: string }, options: RenderOptions): { xml: string; tests: number; failures: number } {
  const failOn = options.failOn ?? 'error';
  const byPair = findingsByPair(report);
  const name = suiteName(report);
  let failures = 0;
  const cases = report.pairs.map((pair) => {
    const findings = byPair.get(pair.index) ?? [];
    const failing = findings.filter((f) => failsGate(f, failOn));
    const other = findings.filter((f) => !failsGate(f, failOn));
    if (failing.length) failures++;
    const caseName = `pair ${pair.index + 1}: ${truncate(pair.srcText.replace(/\s+/g, ' '), 80) || '(no source sentence)'}`;
    const body = [
      ...failing.map((f) => `      <failure message="${attr(truncate(f.message, 300))}" type="${attr(`${f.severity}.${f.rule}`)}">${failureBody(f, pair.srcText, pair.tgtText)}</failure>`),
      other.length ? `      <system-out>${escapeXml(other.map((f) => `${f.severity} ${f.rule}: ${f.message}`).join('\n'))}</system-out>` : '',
    ].filter(Boolean);
    const open = `    <testcase classname="${attr(`xalign.${name}`)}" name="${attr(caseName)}" time="0"`;
    return body.length ? `${open}>\n${body.join('\n')}\n    </testcase>` : `${open}/>`;
  });
  // Findings tied to no pair (e.g. a document-level note) get a case of their own, so nothing is lost.
  const loose = (byPair.get(-1) ?? []).filter((f) => failsGate(f, failOn));
  if (loose.length) {
    failures++;
    cases.push(
      `    <testcase classname="${attr(`xalign.${name}`)}" name="document" time="0">\n${loose
        .map((f) => `      <failure message="${attr(truncate(f.message, 300))}" type="${attr(`${f.severity}.${f.rule}`)}">${failureBody(f, '', '')}</failure>`)
        .join('\n')}\n    </testcase>`,
    );
  }
  const tests = cases.length;
  const xml = `  <testsuite name="${attr(name)}" tests="${tests}" failures="${failures}" errors="0" skipped="0" time="0">\n${cases.join('\n')}\n  </testsuite>`;
  return { xml, tests, failures };
}

export function formatJunit(reports: Report | readonly Report[], options: RenderOptions = {}): string {
  const list = Array.isArray(reports) ? (reports as readonly Report[]) : [reports as Report];
  const suites = list.map((r) => suite(r, options));
  const tests = suites.reduce((n, s) => n + s.tests, 0);
  const failures = suites.reduce((n, s) => n + s.failures, 0);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="xalign" tests="${tests}" failures="${failures}" errors="0" time="0">\n${suites.map((s) => s.xml).join('\n')}\n</testsuites>\n`;
}
