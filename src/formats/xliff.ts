// XLIFF 2.0 of the aligned pairs, one unit per pair, each finding as a <note> (priority 1 = error) so that a CAT
// tool shows the flags next to the segment.
import type { Report } from '../core/report.js';
import { escapeXml, escapeXmlAttribute as attr } from './escape.js';
import { findingsByPair } from './report-view.js';

const PRIORITY = { error: 1, warning: 5, info: 9 } as const;

export function formatXliff(report: Report & { id?: string }): string {
  const byPair = findingsByPair(report);
  const units = report.pairs.map((pair) => {
    const findings = byPair.get(pair.index) ?? [];
    const notes = findings.length
      ? `      <notes>\n${findings
          .map(
            (f) =>
              `        <note category="xalign:${attr(f.family)}" priority="${PRIORITY[f.severity]}" appliesTo="target">${escapeXml(`${f.severity} ${f.rule}: ${f.message}`)}</note>`,
          )
          .join('\n')}\n      </notes>\n`
      : '';
    return `    <unit id="p${pair.index + 1}" name="${attr(`src ${pair.src.map((i) => i + 1).join(',') || '-'} / tgt ${pair.tgt.map((j) => j + 1).join(',') || '-'}`)}">
${notes}      <segment state="${findings.length ? 'translated' : 'reviewed'}">
        <source>${escapeXml(pair.srcText)}</source>
        <target>${escapeXml(pair.tgtText)}</target>
      </segment>
    </unit>`;
  });
  const fileId = attr((report.id ?? report.source ?? 'document').replace(/\s+/g, '_'));
  return `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="${attr(report.srcLang)}" trgLang="${attr(report.tgtLang)}">
  <file id="${fileId}"${report.source ? ` original="${attr(report.source)}"` : ''}>
${units.join('\n')}
  </file>
</xliff>
`;
}
