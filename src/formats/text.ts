// Readable report: each aligned pair that has findings, source above target, the findings under it with
// their explanation, then a summary line. Colour only when asked (the command decides: TTY and no NO_COLOR).
import type { Report, ReportFinding } from '../core/report.js';
import type { Severity } from '../core/types.js';

export interface TextOptions {
  color?: boolean;
  /** Terminal width; long sentences are not wrapped, the width is only a hint for future layouts. */
  width?: number;
  /** Show every pair, not only those with findings. */
  all?: boolean;
}

const COLORS: Record<Severity | 'dim' | 'bold', string> = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m', dim: '\x1b[2m', bold: '\x1b[1m' };

export function formatText(report: Report, options: TextOptions = {}): string {
  const paint = (style: keyof typeof COLORS, s: string) => (options.color ? `${COLORS[style]}${s}\x1b[0m` : s);
  const lines: string[] = [];
  const byPair = new Map<number, ReportFinding[]>();
  for (const f of report.findings) byPair.set(f.pair, [...(byPair.get(f.pair) ?? []), f]);
  const label = (side: string, idx: number[]) => (idx.length ? `${side} ${idx.map((i) => i + 1).join('+')}` : `${side} —`);
  for (const pair of report.pairs) {
    const findings = byPair.get(pair.index) ?? [];
    if (!findings.length && !options.all) continue;
    lines.push(paint('bold', `pair ${pair.index + 1}  (${label(report.srcLang, pair.src)} ↔ ${label(report.tgtLang, pair.tgt)}, alignment score ${pair.score.toFixed(2)})`));
    lines.push(`  ${report.srcLang}: ${pair.srcText || paint('dim', '(nothing)')}`);
    lines.push(`  ${report.tgtLang}: ${pair.tgtText || paint('dim', '(nothing)')}`);
    for (const f of findings) lines.push(`  ${paint(f.severity, f.severity.padEnd(7))} ${paint('dim', `[${f.rule}]`)} ${f.message}`);
    lines.push('');
  }
  for (const f of byPair.get(-1) ?? []) lines.push(`${paint(f.severity, f.severity.padEnd(7))} ${paint('dim', `[${f.rule}]`)} ${f.message}`);
  const s = report.summary;
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  lines.push(
    `${plural(s.pairs, 'pair')} checked (${s.sentences.src} ${report.srcLang} / ${s.sentences.tgt} ${report.tgtLang} sentences): ` +
      `${paint('error', plural(s.error, 'error'))}, ${paint('warning', plural(s.warning, 'warning'))}, ${plural(s.info, 'note')}`,
  );
  return `${lines.join('\n')}\n`;
}
