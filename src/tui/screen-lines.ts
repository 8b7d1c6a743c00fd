// The screen as lines: header, the visible pairs, the findings panel, the status bar and the help overlay.
// Pure (state + layout → lines); Screen.tsx only prints them.
import type { Severity } from '../core/types.js';
import { KEY_HELP } from './keys.js';
import { type Line, type Style, fitLine, lineWidth, padLine, wrapPieces } from './lines.js';
import type { SaveState } from './session.js';
import {
  type ReviewState,
  beadFindings,
  cursorRow,
  filterLabel,
  findingDecision,
  findingStatus,
  listBead,
  listLength,
  pairNoteOf,
  staleAt,
} from './state.js';
import { type Layout, MATCHED, MISMATCH, evidenceOffset, factDiff, focusPieces, pairMark, sidePieces } from './view-model.js';

export const SEVERITY_COLOR: Record<Severity, string> = { error: 'red', warning: 'yellow', info: 'blue' };

const blank = (): Line => [];

export function headerLine(state: ReviewState, layout: Layout, title: string): Line {
  const a = state.analysis;
  const parts = [
    `pair ${state.cursor + 1}/${state.doc.beads.length}`,
    `${a.srcLang}→${a.tgtLang}`,
    `filter ${filterLabel(state.filter)}`,
    state.search ? `search “${state.search}”` : '',
    `edit side ${state.side === 'src' ? 'source' : 'target'}`,
  ].filter(Boolean);
  return fitLine([{ text: 'xalign review', bold: true, color: 'cyan' }, { text: ` ${title} ` }, { text: parts.join(' · '), dim: true }], layout.width);
}

/** The window of list rows shown: pageSize rows, starting near state.top, always containing the cursor. */
export function visibleRows(state: ReviewState, layout: Layout): number[] {
  const len = listLength(state);
  const row = cursorRow(state);
  let top = Math.min(state.top, Math.max(0, len - layout.pageSize));
  if (row < top) top = row;
  if (row >= top + layout.pageSize) top = row - layout.pageSize + 1;
  const rows: number[] = [];
  for (let r = Math.max(0, top); r < Math.min(len, top + layout.pageSize); r++) rows.push(listBead(state, r));
  return rows;
}

function gutter(state: ReviewState, k: number, line: number, layout: Layout): Line {
  const current = k === state.cursor;
  if (line === 0) {
    const { mark, color } = pairMark(state, k);
    return padLine([{ text: (current ? '▶' : ' ') + String(k + 1).padStart(5), inverse: current, bold: current }, { text: ' ' }, { text: mark, color }], layout.gutter);
  }
  const b = state.doc.beads[k]!;
  const shape = line === 1 && !(b.src.length === 1 && b.tgt.length === 1) ? `${b.src.length}-${b.tgt.length}`.padStart(6) : '';
  return padLine([{ text: shape, dim: true }], layout.gutter);
}

function sideLines(state: ReviewState, k: number, side: 'src' | 'tgt', lines: number, width: number): Line[] {
  const bead = state.doc.beads[k]!;
  const current = k === state.cursor;
  if (bead[side].length === 0) return [[{ text: side === 'src' ? '(no source sentence)' : '(no target sentence)', dim: true }]];
  const base: Style = current ? { bold: true } : {};
  let pieces = sidePieces(state, bead, k, side, base);
  if (current) pieces = focusPieces(pieces, evidenceOffset(state, bead, side), lines * width);
  return wrapPieces(pieces, width, lines);
}

const padTo = (lines: Line[], n: number) => [...lines, ...Array.from({ length: Math.max(0, n - lines.length) }, blank)];

export function pairLines(state: ReviewState, k: number, layout: Layout): Line[] {
  const current = k === state.cursor;
  const max = current ? layout.currentLines : layout.rowLines;
  const src = sideLines(state, k, 'src', max, layout.column);
  const tgt = sideLines(state, k, 'tgt', max, layout.column);
  // Other pairs keep a fixed height (so paging is stable); the current one takes what it needs, up to its maximum.
  const n = current ? Math.max(src.length, tgt.length) : max;
  if (layout.stacked) return [...padTo(src, n), ...padTo(tgt, n)].map((l, i) => [...gutter(state, k, i, layout), ...l]);
  const right = padTo(tgt, n);
  return padTo(src, n).map((l, i) => [...gutter(state, k, i, layout), ...padLine(l, layout.column), { text: ' ' }, ...right[i]!]);
}

export function listLines(state: ReviewState, layout: Layout): Line[] {
  const out: Line[] = [];
  if (listLength(state) === 0) out.push([{ text: 'no pair matches the filter or search (Esc clears them)', dim: true }]);
  for (const k of visibleRows(state, layout)) out.push(...pairLines(state, k, layout));
  return out.slice(0, layout.listHeight);
}

function factDiffLine(state: ReviewState, layout: Layout): Line {
  const bead = state.doc.beads[state.cursor];
  const line: Line = [{ text: 'facts ', dim: true }];
  const parts = bead ? factDiff(state, bead) : [];
  if (parts.length === 0) line.push({ text: 'none', dim: true });
  parts.forEach((p, n) => {
    if (n > 0) line.push({ text: ' ' });
    if (p.side === 'both') line.push({ ...MATCHED, text: p.text });
    else line.push({ color: 'red', bold: true, text: (p.side === 'src' ? '−' : '+') + p.text });
  });
  if (parts.some((p) => p.side !== 'both')) line.push({ text: '  (− source only, + target only)', dim: true });
  return fitLine(line, layout.width);
}

/** The findings of the current pair: explanation, normalized values, decision and note. */
export function panelLines(state: ReviewState, layout: Layout): Line[] {
  const w = layout.width;
  const out: Line[] = [[{ text: '─'.repeat(w), dim: true }], factDiffLine(state, layout)];
  const k = state.cursor;
  const findings = beadFindings(state, k);
  const stale = staleAt(state, k);
  if (findings.length === 0 && stale.length === 0) out.push([{ text: 'no findings on this pair', dim: true }]);
  // The selected finding is drawn in full; the others get one line each, so the selection always fits.
  for (const n of findings) {
    const f = state.doc.findings[n]!;
    const status = findingStatus(state, n);
    const selected = n === state.selected;
    const head: Line = [
      { text: selected ? '›' : ' ', inverse: selected },
      { text: ' ' },
      { text: f.severity, color: SEVERITY_COLOR[f.severity], bold: true },
      { text: ` ${f.family === f.rule ? f.family : `${f.family}/${f.rule}`} `, dim: true },
    ];
    if (status !== 'open') head.push({ text: `[${status}] `, color: status === 'dismissed' ? 'gray' : 'magenta' });
    head.push({ text: f.message, strikethrough: status === 'dismissed' });
    out.push(...(selected ? wrapPieces(head, w, 3) : [fitLine(head, w)]));
    if (selected && f.values && (f.values.src !== undefined || f.values.tgt !== undefined)) {
      out.push(fitLine([{ text: '    source ', dim: true }, { text: f.values.src ?? '—', color: 'cyan' }, { text: '  target ', dim: true }, { text: f.values.tgt ?? '—', color: 'cyan' }], w));
    }
    const note = findingDecision(state, n)?.note;
    if (note) out.push(fitLine([{ text: `    note: ${note}`, color: 'magenta' }], w));
  }
  for (const d of stale) {
    out.push(fitLine([{ text: `  stale ${d.status}${d.note ? ` (note: ${d.note})` : ''}: ${d.rule} — ${d.message} (its sentences changed since)`, color: 'gray' }], w));
  }
  const pairNote = pairNoteOf(state, k);
  if (pairNote) out.push(fitLine([{ text: `  pair note: ${pairNote.note}`, color: 'magenta' }], w));
  return out.slice(0, layout.panelHeight);
}

function saveLabel(save: SaveState): Piece {
  if (save.kind === 'saved') return { text: `saved ${save.at}`, color: 'green' };
  if (save.kind === 'error') return { text: `NOT SAVED: ${save.message}`, color: 'red', bold: true };
  return { text: 'no changes yet', dim: true };
}
type Piece = Line[number];

export const KEY_HINTS = '? help  q quit  j/k pair  n/N finding  a accept  d dismiss  e note  m merge  s split  u undo';

const SEVERITY_LABEL = { error: 'errors', warning: 'warnings', info: 'notes' } as const;

export function statusLines(state: ReviewState, save: SaveState, layout: Layout): Line[] {
  const c = state.derived.counts;
  const counts = (compact: boolean) => {
    const line: Line = [];
    for (const sev of ['error', 'warning', 'info'] as const) {
      const n = c[sev];
      line.push({ text: `${SEVERITY_LABEL[sev]}:`, color: SEVERITY_COLOR[sev] }, { text: compact ? ` ${n.open}/${n.accepted}/${n.dismissed}  ` : ` ${n.open} open, ${n.accepted} accepted, ${n.dismissed} dismissed  ` });
    }
    if (compact) line.push({ text: '(open/acc/dis)  ', dim: true });
    if (state.derived.stale.length > 0) line.push({ text: `stale ${state.derived.stale.length}  `, color: 'gray' });
    line.push(saveLabel(save));
    return line;
  };
  // Narrow terminals get the compact counts, so the save state stays visible.
  const full = counts(false);
  const first = lineWidth(full) <= layout.width ? full : counts(true);
  let second: Line = [{ text: KEY_HINTS, dim: true }];
  if (state.prompt) {
    const label = { goto: 'go to pair', search: 'search', note: 'note' }[state.prompt.kind];
    second = [{ text: `${label}: `, color: 'cyan' }, { text: state.prompt.text }, { text: ' ', inverse: true }, { text: '  Enter saves · Esc cancels', dim: true }];
  } else if (state.message) second = [{ text: state.message, color: 'yellow' }];
  return [fitLine(first, layout.width), fitLine(second, layout.width)];
}

export function helpLines(layout: Layout): Line[] {
  const out: Line[] = [[{ text: 'Keys', bold: true }, { text: '  (? or Esc closes this help)', dim: true }]];
  for (const [keys, what] of KEY_HELP) out.push(fitLine([{ text: '  ' + keys.padEnd(14), color: 'cyan' }, { text: what }], layout.width));
  out.push(blank());
  out.push(
    ...wrapPieces(
      [
        { text: 'Colours: ' },
        { ...MATCHED, text: 'green' },
        { text: ' = a fact found on both sides, ' },
        { ...MISMATCH, text: 'red' },
        { text: ' = evidence of a finding. Decisions and alignment edits are saved at once, next to the target file.' },
      ],
      layout.width,
      3,
    ),
  );
  return out.slice(0, layout.listHeight + layout.panelHeight);
}

/** Every line of the screen, top to bottom: exactly layout.height lines. */
export function screenLines(state: ReviewState, save: SaveState, layout: Layout, title: string): Line[] {
  const pad = (lines: Line[], n: number) => [...lines, ...Array.from({ length: Math.max(0, n - lines.length) }, blank)];
  const body = state.help
    ? pad(helpLines(layout), layout.listHeight + layout.panelHeight)
    : [...pad(listLines(state, layout), layout.listHeight), ...pad(panelLines(state, layout), layout.panelHeight)];
  return [headerLine(state, layout, title), ...body, ...statusLines(state, save, layout)];
}
