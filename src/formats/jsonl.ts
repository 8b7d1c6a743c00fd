// JSON Lines: one finding per line, self-contained (the pair's texts included) for grep, jq and log pipelines.
import type { Report } from '../core/report.js';
import { pairOfFinding } from './report-view.js';

export function formatJsonl(report: Report & { id?: string }): string {
  return report.findings
    .map((finding) => {
      const pair = pairOfFinding(report, finding);
      const aligned = report.pairs.find((p) => p.index === pair);
      return `${JSON.stringify({
        ...(report.id ? { id: report.id } : {}),
        ...finding,
        pair,
        srcLang: report.srcLang,
        tgtLang: report.tgtLang,
        srcText: aligned?.srcText ?? '',
        tgtText: aligned?.tgtText ?? '',
      })}\n`;
    })
    .join('');
}
