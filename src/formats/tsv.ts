// TSV: one finding per row with a header, for spreadsheets. Cells never contain tabs or newlines.
import type { Report } from '../core/report.js';
import { tsvCell } from './escape.js';
import { pairOfFinding } from './report-view.js';

const HEADER = ['severity', 'rule', 'family', 'pair', 'src', 'tgt', 'message', 'src_value', 'tgt_value', 'src_text', 'tgt_text'];

export function formatTsv(report: Report): string {
  const rows = report.findings.map((finding) => {
    const pair = pairOfFinding(report, finding);
    const aligned = report.pairs.find((p) => p.index === pair);
    return [
      finding.severity,
      finding.rule,
      finding.family,
      pair >= 0 ? String(pair) : '',
      finding.src.join(','),
      finding.tgt.join(','),
      finding.message,
      finding.values?.src ?? '',
      finding.values?.tgt ?? '',
      aligned?.srcText ?? '',
      aligned?.tgtText ?? '',
    ]
      .map(tsvCell)
      .join('\t');
  });
  return `${[HEADER.join('\t'), ...rows].join('\n')}\n`;
}
