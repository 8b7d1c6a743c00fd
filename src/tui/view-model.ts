// What the screen shows, computed from the state without React: the layout for a terminal size, the coloured
// pieces of a pair's text (facts and evidence), and the diff of the normalized facts. Only for visible rows.
import { diffArrays } from 'diff';
import type { Bead, DateValue, Fact, RangeValue } from '../core/types.js';
import type { Side } from './beads.js';
import { type Line, type Style, displayWidth } from './lines.js';
import { type ReviewState, beadFindings, factsOf, findingStatus } from './state.js';

/** A fact found on both sides, and the evidence of a finding. */
export const MATCHED: Style = { color: 'green' };
export const MISMATCH: Style = { color: 'red', bold: true, underline: true };

/** Narrower than this, source and target are stacked instead of side by side. */
export const WIDE_COLUMNS = 100;

export interface Layout {
  width: number;
  height: number;
  stacked: boolean;
  /** Left column: cursor mark, pair number, finding mark. */
  gutter: number;
  /** Width of one side's text column. */
  column: number;
  listHeight: number;
  panelHeight: number;
  /** Lines per side for a pair that is not the current one, and for the current one. */
  rowLines: number;
  currentLines: number;
  /** Pairs the list shows at once. */
  pageSize: number;
}

export function computeLayout(width: number, height: number): Layout {
  const w = Math.max(40, width);
  const h = Math.max(16, height);
  const stacked = w < WIDE_COLUMNS;
  const gutter = 9;
  const column = stacked ? w - gutter : Math.floor((w - gutter - 1) / 2);
  const panelHeight = Math.max(7, Math.min(14, Math.round(h * 0.32)));
  const listHeight = h - 1 - panelHeight - 2;
  const rowLines = stacked ? 1 : 2;
  const currentLines = stacked ? 3 : 6;
  const rowHeight = stacked ? 2 * rowLines : rowLines;
  const currentHeight = stacked ? 2 * currentLines : currentLines;
  const pageSize = Math.max(1, 1 + Math.floor((listHeight - currentHeight) / rowHeight));
  return { width: w, height: h, stacked, gutter, column, listHeight, panelHeight, rowLines, currentLines, pageSize };
}

/** The pair's text on one side (sentences joined by a space) cut into plain text, facts and flagged evidence. */
export function sidePieces(state: ReviewState, bead: Bead, k: number, side: Side, base: Style = {}): Line {
  const sentences = bead[side];
  const texts = side === 'src' ? state.srcTexts : state.tgtTexts;
  const flagged = beadFindings(state, k)
    .filter((n) => findingStatus(state, n) !== 'dismissed')
    .flatMap((n) => state.doc.findings[n]!.evidence)
    .filter((e) => e.side === side);
  const pieces: Line = [];
  sentences.forEach((i, pos) => {
    if (pos > 0) pieces.push({ ...base, text: ' ' });
    const text = texts[i] ?? '';
    const marks = new Uint8Array(text.length); // 0 plain, 1 fact, 2 mismatch
    const mark = (start: number, end: number, level: number) => {
      for (let c = Math.max(0, start); c < Math.min(text.length, end); c++) if (marks[c]! < level) marks[c] = level;
    };
    for (const f of factsOf(state, side, i)) mark(f.start, f.end, 1);
    for (const e of flagged) if (e.sentence === i) mark(e.start, e.end, 2);
    let from = 0;
    for (let c = 1; c <= text.length; c++) {
      if (c === text.length || marks[c] !== marks[from]) {
        const style = marks[from] === 2 ? MISMATCH : marks[from] === 1 ? MATCHED : {};
        pieces.push({ ...base, ...style, text: text.slice(from, c) });
        from = c;
      }
    }
  });
  return pieces;
}

/**
 * When a pair's text is longer than its lines, shows the part around `focus` (the selected finding's evidence):
 * the text before it is cut at a space and replaced by an ellipsis.
 */
export function focusPieces(pieces: Line, focus: number | undefined, capacity: number): Line {
  if (focus === undefined) return pieces;
  const text = pieces.map((p) => p.text).join('');
  if (displayWidth(text.slice(0, focus)) < capacity * 0.6) return pieces;
  // Keep about a third of the room for what comes before the evidence, more when the rest is short.
  let from = focus;
  let room = capacity / 3;
  while (from > 0 && room > 0) room -= displayWidth(text[--from]!);
  let tail = text.length;
  let fill = capacity * 0.8; // word wrapping wastes some of every line
  while (tail > 0 && fill > 0) fill -= displayWidth(text[--tail]!);
  from = Math.min(from, Math.max(tail, 0));
  if (from <= 0) return pieces;
  const space = text.indexOf(' ', from);
  if (space >= 0 && space < focus) from = space + 1;
  const out: Line = [{ text: '… ', dim: true }];
  let at = 0;
  for (const p of pieces) {
    const end = at + p.text.length;
    if (end > from) out.push(at >= from ? p : { ...p, text: p.text.slice(from - at) });
    at = end;
  }
  return out;
}

/** Where the selected finding's evidence starts in the pair's text on one side (sentences joined by a space). */
export function evidenceOffset(state: ReviewState, bead: Bead, side: Side): number | undefined {
  if (state.selected === null) return undefined;
  const texts = side === 'src' ? state.srcTexts : state.tgtTexts;
  const e = state.doc.findings[state.selected]?.evidence.find((x) => x.side === side && bead[side].includes(x.sentence));
  if (!e) return undefined;
  let offset = 0;
  for (const i of bead[side]) {
    if (i === e.sentence) return offset + e.start;
    offset += (texts[i] ?? '').length + 1;
  }
  return undefined;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const num = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 6 });

/** A fact's normalized reading, as one word of the facts diff ("1,500,000,000 ton", "5 Jul", "2030"). */
export function factLabel(f: Fact): string {
  const unit = f.unit ? ` ${f.unit}` : '';
  switch (f.kind) {
    case 'date': {
      const d = f.value as DateValue;
      return [d.day, d.month ? MONTHS[d.month - 1] : undefined, d.year].filter((x) => x !== undefined).join(' ');
    }
    case 'range': {
      const r = f.value as RangeValue;
      return `${num(r.from)}–${num(r.to)}${unit}`;
    }
    case 'year':
      return `${f.value as number}${f.calendar === 'BE' ? ` (BE ${f.original ?? ''})` : ''}`;
    case 'percent':
      return `${num(f.value as number)}%`;
    case 'money':
      return `${f.unit ?? ''} ${num(f.value as number)}`.trim();
    case 'ordinal':
      return `#${num(f.value as number)}`;
    default:
      return `${num(f.value as number)}${unit}`;
  }
}

export interface FactDiffPart {
  text: string;
  side: 'both' | 'src' | 'tgt';
}

/** Word-level diff of the normalized facts of a pair: each normalized fact is one word, in a stable order. */
export function factDiff(state: ReviewState, bead: Bead): FactDiffPart[] {
  const labels = (side: Side) =>
    bead[side]
      .flatMap((i) => factsOf(state, side, i))
      .filter((f) => f.kind !== 'range') // a range's endpoints are facts of their own
      .map(factLabel)
      .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const parts: FactDiffPart[] = [];
  for (const change of diffArrays(labels('src'), labels('tgt'))) {
    const side = change.added ? 'tgt' : change.removed ? 'src' : 'both';
    for (const text of change.value) parts.push({ text, side });
  }
  return parts;
}

/** The mark in the gutter: the worst open finding, ✓ when all are decided. */
export function pairMark(state: ReviewState, k: number): { mark: string; color?: string } {
  const findings = beadFindings(state, k);
  if (findings.length === 0) return { mark: ' ' };
  let worst = -1;
  for (const n of findings) {
    if (findingStatus(state, n) !== 'open') continue;
    const rank = { info: 0, warning: 1, error: 2 }[state.doc.findings[n]!.severity];
    if (rank > worst) worst = rank;
  }
  if (worst < 0) return { mark: '✓', color: 'green' };
  return [{ mark: '•', color: 'blue' }, { mark: '▲', color: 'yellow' }, { mark: '■', color: 'red' }][worst]!;
}
