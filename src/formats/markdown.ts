// A Markdown summary fit for a pull-request comment: verdict, counts, a table of findings, the flagged pairs.
import type { Report } from '../core/report.js';
import { escapeMarkdown as md } from './escape.js';
import { gateOutcome, pairOfFinding, SEVERITIES_DESC, severityCounts, truncate, type RenderOptions } from './report-view.js';

const ICON = { error: '🔴', warning: '🟡', info: '🔵' } as const;
const MAX_ROWS = 50;
const PLURAL = { error: 'errors', warning: 'warnings', info: 'info' } as const;
const countOf = (n: number, severity: keyof typeof PLURAL) => `${n} ${n === 1 ? severity : PLURAL[severity]}`;

export function formatMarkdown(report: Report & { id?: string }, options: RenderOptions = {}): string {
  const counts = severityCounts(report.findings);
  const gate = gateOutcome(report, options.failOn);
  const title = options.title ?? report.id ?? `${report.source ?? report.srcLang} → ${report.target ?? report.tgtLang}`;
  const lines: string[] = [];
  lines.push(`### xalign: ${md(title)}`, '');
  const verdict = gate.passed ? '✅ **passed**' : `❌ **failed**: ${gate.failing} finding${gate.failing === 1 ? '' : 's'} at or above ${gate.failOn}`;
  lines.push(
    `${verdict} · ${SEVERITIES_DESC.map((s) => countOf(counts[s], s)).join(', ')} · ${report.summary.pairs} aligned pairs (${report.srcLang} → ${report.tgtLang}, ${report.mode})`,
    '',
  );
  if (report.findings.length === 0) return `${lines.join('\n')}No findings.\n`;
  lines.push('| severity | pair | rule | finding |', '|---|---:|---|---|');
  for (const finding of report.findings.slice(0, MAX_ROWS)) {
    const pair = pairOfFinding(report, finding);
    const values = finding.values && (finding.values.src || finding.values.tgt) ? ` (${md(finding.values.src ?? '—')} ≠ ${md(finding.values.tgt ?? '—')})` : '';
    lines.push(`| ${ICON[finding.severity]} ${finding.severity} | ${pair >= 0 ? pair + 1 : '—'} | \`${finding.rule.replace(/`/g, '')}\` | ${md(finding.message)}${values} |`);
  }
  if (report.findings.length > MAX_ROWS) lines.push('', `…and ${report.findings.length - MAX_ROWS} more (see the full report).`);
  const flagged = [...new Set(report.findings.map((f) => pairOfFinding(report, f)).filter((p) => p >= 0))].sort((a, b) => a - b);
  if (flagged.length) {
    lines.push('', `<details><summary>Flagged sentences (${flagged.length} pair${flagged.length === 1 ? '' : 's'})</summary>`, '');
    for (const index of flagged.slice(0, MAX_ROWS)) {
      const pair = report.pairs.find((p) => p.index === index);
      if (!pair) continue;
      lines.push(`**pair ${index + 1}**`, '', `> ${md(truncate(pair.srcText, 400)) || '—'}`, '>', `> ${md(truncate(pair.tgtText, 400)) || '—'}`, '');
    }
    lines.push('</details>');
  }
  return `${lines.join('\n')}\n`;
}
