// Readable report: each aligned pair that has findings, source above target, the findings under it with
// their explanation, then a summary line. Colour only when asked (the command decides: TTY and no NO_COLOR):
// then facts are underlined and the evidence of a finding is painted in its severity's colour. With a width,
// every line is wrapped to it with a hanging indent, measured the way terminals measure (matras, Thai vowels, CJK).
import type { Report, ReportFinding } from '../core/report.js';
import type { Severity } from '../core/types.js';
import { type Line, type Piece, wrapPieces } from '../tui/lines.js';
import { type RichReport, runsOf, sentenceViews } from './report-view.js';

export interface TextOptions {
  color?: boolean;
  /** Terminal width in columns; lines are wrapped to it. Without one, each item stays on one line. */
  width?: number;
  /** Show every pair, not only those with findings. */
  all?: boolean;
}

const SGR: Record<string, string> = { red: '31', yellow: '33', cyan: '36' };
const SEVERITY_COLOR: Record<Severity, string> = { error: 'red', warning: 'yellow', info: 'cyan' };

function ansi(line: Line, color: boolean): string {
  if (!color) return line.map((p) => p.text).join('');
  return line
    .map((p) => {
      const codes = [p.bold && '1', p.dim && '2', p.underline && '4', p.inverse && '7', p.color && SGR[p.color]].filter(Boolean);
      return codes.length ? `\x1b[${codes.join(';')}m${p.text}\x1b[0m` : p.text;
    })
    .join('');
}

/** `head` then `body`, wrapped to `width` with continuation lines indented under the body. */
function block(head: Line, body: Line, width: number | undefined, color: boolean): string[] {
  const headText = head.map((p) => p.text).join('');
  if (!width) return [ansi([...head, ...body], color)];
  const indent = [...headText].length;
  const bodyWidth = Math.max(20, width - indent);
  const lines = wrapPieces(body.length ? body : [{ text: '' }], bodyWidth, Number.MAX_SAFE_INTEGER);
  return lines.map((l, k) => ansi(k === 0 ? [...head, ...l] : [{ text: ' '.repeat(indent) }, ...l], color));
}

/** A side of a pair as styled pieces: facts underlined, evidence in the colour of its worst finding. */
function sidePieces(report: RichReport, pair: Report['pairs'][number], side: 'src' | 'tgt', findings: readonly ReportFinding[]): Line {
  const views = sentenceViews(report, pair, side, findings);
  const pieces: Piece[] = [];
  views.forEach((view, k) => {
    if (k > 0) pieces.push({ text: ' ' });
    for (const run of runsOf(view)) {
      const piece: Piece = { text: run.text.replace(/\s+/g, ' ') };
      if (run.evidence) Object.assign(piece, { color: SEVERITY_COLOR[run.evidence.severity], bold: true });
      else if (run.fact) piece.underline = true;
      pieces.push(piece);
    }
  });
  return pieces;
}

export function formatText(report: Report, options: TextOptions = {}): string {
  const color = Boolean(options.color);
  const width = options.width && options.width >= 40 ? options.width - 1 : options.width ? 39 : undefined;
  const paint = (style: Severity | 'dim' | 'bold', text: string): Piece =>
    style === 'dim' ? { text, dim: true } : style === 'bold' ? { text, bold: true } : { text, color: SEVERITY_COLOR[style] };
  const lines: string[] = [];
  const byPair = new Map<number, ReportFinding[]>();
  for (const f of report.findings) byPair.set(f.pair, [...(byPair.get(f.pair) ?? []), f]);
  const label = (side: string, idx: number[]) => (idx.length ? `${side} ${idx.map((i) => i + 1).join('+')}` : `${side} —`);
  const finding = (f: ReportFinding, indent: string) =>
    block([{ text: indent }, paint(f.severity, f.severity.padEnd(7)), { text: ' ' }, paint('dim', `[${f.rule}]`), { text: ' ' }], [{ text: f.message }], width, color);
  for (const pair of report.pairs) {
    const findings = byPair.get(pair.index) ?? [];
    if (!findings.length && !options.all) continue;
    lines.push(...block([], [paint('bold', `pair ${pair.index + 1}  (${label(report.srcLang, pair.src)} ↔ ${label(report.tgtLang, pair.tgt)}, alignment score ${pair.score.toFixed(2)})`)], width, color));
    for (const side of ['src', 'tgt'] as const) {
      const pieces = sidePieces(report as RichReport, pair, side, findings);
      lines.push(...block([{ text: `  ${side === 'src' ? report.srcLang : report.tgtLang}: ` }], pieces.length ? pieces : [paint('dim', '(nothing)')], width, color));
    }
    for (const f of findings) lines.push(...finding(f, '  '));
    lines.push('');
  }
  for (const f of byPair.get(-1) ?? []) lines.push(...finding(f, ''));
  const s = report.summary;
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  lines.push(
    ...block(
      [],
      [
        { text: `${plural(s.pairs, 'pair')} checked (${s.sentences.src} ${report.srcLang} / ${s.sentences.tgt} ${report.tgtLang} sentences): ` },
        paint('error', plural(s.error, 'error')),
        { text: ', ' },
        paint('warning', plural(s.warning, 'warning')),
        { text: `, ${plural(s.info, 'note')}` },
      ],
      width,
      color,
    ),
  );
  return `${lines.join('\n')}\n`;
}
