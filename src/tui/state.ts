// The interactive review as one pure reducer: a ReviewState and typed actions. The screen is a view of it;
// persistence (store.ts) and the checks (injected through ReviewEnv) live outside.
import type { Analysis, Bead, Fact, Family, Finding, Severity } from '../core/types.js';
import { FAMILIES, SEVERITIES } from '../core/types.js';
import { type BeadEdit, type Side, markUnaligned, mergeWithNext, moveSentence, splitBead } from './beads.js';
import { type Decision, type DecisionStatus, type PairNote, decisionKey, pairKey } from './sidecar.js';
import { lowerBound } from '../core/sorted.js';

/** What the reducer needs from outside: the checks, run on the edited beads only. */
export interface ReviewEnv {
  /**
   * Findings for the edited beads `made` (sentence indices are the document's), as the checks would report them;
   * `all` is the whole current alignment, for rules that compare a pair with the document's norm.
   */
  checkBeads(made: readonly Bead[], all: readonly Bead[]): Finding[];
  /** The clock, injected so tests are deterministic. */
  now?(): string;
}

export type Filter = { kind: 'all' } | { kind: 'severity'; value: Severity } | { kind: 'family'; value: Family };

/** The filters `f` cycles through: all, each severity (highest first), each family. */
export const FILTER_CYCLE: Filter[] = [
  { kind: 'all' },
  ...[...SEVERITIES].reverse().map((value): Filter => ({ kind: 'severity', value })),
  ...FAMILIES.map((value): Filter => ({ kind: 'family', value })),
];

export type PromptKind = 'goto' | 'search' | 'note';
export interface Prompt {
  kind: PromptKind;
  text: string;
}

/** The part of the state that is saved and undone: the alignment, its findings, the decisions and notes. */
export interface ReviewDoc {
  beads: Bead[];
  findings: Finding[];
  decisions: ReadonlyMap<string, Decision>;
  pairNotes: ReadonlyMap<string, PairNote>;
}

export type Status = DecisionStatus;
export type Counts = Record<Severity, Record<Status, number>>;

/** Lookups derived from the doc, rebuilt only when it changes (never on navigation). */
export interface Derived {
  findingKeys: string[];
  beadOfFinding: number[];
  findingsByBead: number[][];
  /** Finding indices in reading order (by bead, then as reported). */
  order: number[];
  counts: Counts;
  /** Decisions whose finding is no longer reported: their sentences changed. Kept, shown, never applied. */
  stale: Decision[];
}

export interface ReviewState {
  analysis: Analysis;
  srcTexts: string[];
  tgtTexts: string[];
  doc: ReviewDoc;
  derived: Derived;
  past: ReviewDoc[];
  future: ReviewDoc[];
  /** Current bead. */
  cursor: number;
  /** Selected finding (index into doc.findings), the one a/d/e act on. */
  selected: number | null;
  /** Side that < > x act on (Tab switches). */
  side: Side;
  filter: Filter;
  search: string;
  /** Bead indices shown when a filter or search is active; null = all. */
  visible: number[] | null;
  /** First visible row of the list (index into the visible list). */
  top: number;
  pageSize: number;
  prompt: Prompt | null;
  help: boolean;
  message: string | null;
  /** Bumped on every change to the doc: the store saves when it moves. */
  revision: number;
}

export type ReviewAction =
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'pageDown' }
  | { type: 'pageUp' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'goto'; pair: number }
  | { type: 'nextFinding' }
  | { type: 'prevFinding' }
  | { type: 'cycleFilter' }
  | { type: 'setFilter'; filter: Filter }
  | { type: 'search'; text: string }
  | { type: 'accept' }
  | { type: 'dismiss' }
  | { type: 'note'; text: string }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'merge' }
  | { type: 'split' }
  | { type: 'move'; direction: 'prev' | 'next' }
  | { type: 'unalign' }
  | { type: 'switchSide' }
  | { type: 'toggleHelp' }
  | { type: 'openPrompt'; kind: PromptKind }
  | { type: 'promptType'; text: string }
  | { type: 'promptBackspace' }
  | { type: 'promptSubmit' }
  | { type: 'promptCancel' }
  | { type: 'resize'; pageSize: number }
  | { type: 'message'; text: string | null };

const HISTORY_LIMIT = 500;

// ---------------------------------------------------------------------------------------------------------------
// Construction and derived lookups

export function beadTexts(state: Pick<ReviewState, 'srcTexts' | 'tgtTexts'>, b: Bead): { src: string[]; tgt: string[] } {
  return { src: b.src.map((i) => state.srcTexts[i]!), tgt: b.tgt.map((j) => state.tgtTexts[j]!) };
}

function emptyCounts(): Counts {
  const c = {} as Counts;
  for (const s of SEVERITIES) c[s] = { open: 0, accepted: 0, dismissed: 0 };
  return c;
}

// Findings are immutable and belong to one analysis, so a finding's key is computed once (edits re-derive often).
const keyCache = new WeakMap<Finding, string>();
function keyOf(f: Finding, srcTexts: string[], tgtTexts: string[]): string {
  let key = keyCache.get(f);
  if (key === undefined) keyCache.set(f, (key = decisionKey(f, srcTexts, tgtTexts)));
  return key;
}

export function derive(doc: ReviewDoc, srcTexts: string[], tgtTexts: string[]): Derived {
  const srcBead = new Array<number>(srcTexts.length).fill(-1);
  const tgtBead = new Array<number>(tgtTexts.length).fill(-1);
  doc.beads.forEach((b, k) => {
    for (const i of b.src) srcBead[i] = k;
    for (const j of b.tgt) tgtBead[j] = k;
  });
  const findingsByBead: number[][] = doc.beads.map(() => []);
  const findingKeys: string[] = [];
  const beadOfFinding: number[] = [];
  const counts = emptyCounts();
  const live = new Set<string>();
  doc.findings.forEach((f, n) => {
    const k = f.src.length > 0 ? (srcBead[f.src[0]!] ?? -1) : f.tgt.length > 0 ? (tgtBead[f.tgt[0]!] ?? -1) : -1;
    const bead = k >= 0 ? k : 0;
    beadOfFinding.push(bead);
    findingsByBead[bead]?.push(n);
    const key = keyOf(f, srcTexts, tgtTexts);
    findingKeys.push(key);
    live.add(key);
    counts[f.severity][doc.decisions.get(key)?.status ?? 'open']++;
  });
  const order = findingsByBead.flat();
  const stale = [...doc.decisions.values()].filter((d) => !live.has(d.key));
  return { findingKeys, beadOfFinding, findingsByBead, order, counts, stale };
}

export interface SavedReview {
  decisions: Decision[];
  pairNotes: PairNote[];
  /** The alignment with the reviewer's edits replayed (see beads.replayPinned); the analysis's beads otherwise. */
  beads?: Bead[];
}

/** The review of one analysis; `saved` restores earlier decisions and alignment edits (edited beads are re-checked). */
export function createReviewState(analysis: Analysis, env: ReviewEnv, saved?: SavedReview, pageSize = 10): ReviewState {
  const srcTexts = analysis.source.map((s) => s.text);
  const tgtTexts = analysis.target.map((s) => s.text);
  let findings = analysis.findings;
  let beads = analysis.beads;
  if (saved?.beads) {
    const autoIds = new Set(analysis.beads.map((b) => `${b.src.join(',')}|${b.tgt.join(',')}`));
    const changed = saved.beads.flatMap((b, k) => (autoIds.has(`${b.src.join(',')}|${b.tgt.join(',')}`) ? [] : [k]));
    beads = saved.beads;
    if (changed.length > 0) findings = recheck(analysis.findings, beads, changed, env);
  }
  const doc: ReviewDoc = {
    beads,
    findings,
    decisions: new Map((saved?.decisions ?? []).map((d) => [d.key, d])),
    pairNotes: new Map((saved?.pairNotes ?? []).map((n) => [n.key, n])),
  };
  const state: ReviewState = {
    analysis,
    srcTexts,
    tgtTexts,
    doc,
    derived: derive(doc, srcTexts, tgtTexts),
    past: [],
    future: [],
    cursor: 0,
    selected: null,
    side: 'tgt',
    filter: { kind: 'all' },
    search: '',
    visible: null,
    top: 0,
    pageSize: Math.max(1, pageSize),
    prompt: null,
    help: false,
    message: null,
    revision: 0,
  };
  return withCursor(state, 0);
}

/** Drops the findings on the sentences of the edited beads and adds the checks' findings for the new beads. */
function recheck(findings: readonly Finding[], beads: readonly Bead[], changed: number[], env: ReviewEnv): Finding[] {
  const made = changed.map((k) => beads[k]!);
  const srcTouched = new Set(made.flatMap((b) => b.src));
  const tgtTouched = new Set(made.flatMap((b) => b.tgt));
  const kept = findings.filter((f) => !f.src.some((i) => srcTouched.has(i)) && !f.tgt.some((j) => tgtTouched.has(j)));
  return [...kept, ...env.checkBeads(made, beads)];
}

// ---------------------------------------------------------------------------------------------------------------
// Selectors

export function findingStatus(state: ReviewState, n: number): Status {
  return state.doc.decisions.get(state.derived.findingKeys[n]!)?.status ?? 'open';
}

export function findingDecision(state: ReviewState, n: number): Decision | undefined {
  return state.doc.decisions.get(state.derived.findingKeys[n]!);
}

export function matchesFilter(filter: Filter, f: Finding): boolean {
  if (filter.kind === 'severity') return f.severity === filter.value;
  if (filter.kind === 'family') return f.family === filter.value;
  return true;
}

export function filterLabel(filter: Filter): string {
  return filter.kind === 'all' ? 'all' : `${filter.kind} ${filter.value}`;
}

/** Findings of bead k, in reported order. */
export function beadFindings(state: ReviewState, k: number): number[] {
  return state.derived.findingsByBead[k] ?? [];
}

export function currentBead(state: ReviewState): Bead | undefined {
  return state.doc.beads[state.cursor];
}

export function pairNoteOf(state: ReviewState, k: number): PairNote | undefined {
  const b = state.doc.beads[k];
  if (!b) return undefined;
  const t = beadTexts(state, b);
  return state.doc.pairNotes.get(pairKey(t.src, t.tgt));
}

/** The stale decisions that were made on the sentences now at bead k (by their recorded position). */
export function staleAt(state: ReviewState, k: number): Decision[] {
  const b = state.doc.beads[k];
  if (!b) return [];
  return state.derived.stale.filter((d) => (d.src.length > 0 ? b.src.includes(d.src[0]!) : d.tgt.length > 0 && b.tgt.includes(d.tgt[0]!)));
}

/** Bead indices in the list order: all beads, or those matching the filter and the search. */
export function listLength(state: ReviewState): number {
  return state.visible ? state.visible.length : state.doc.beads.length;
}

export function listBead(state: ReviewState, row: number): number {
  return state.visible ? state.visible[row]! : row;
}

/** Row of the cursor in the list (or where it would be). */
export function cursorRow(state: ReviewState): number {
  if (!state.visible) return state.cursor;
  const row = lowerBound(state.visible, state.cursor);
  return Math.min(row, Math.max(0, state.visible.length - 1));
}

export function factsOf(state: ReviewState, side: Side, sentence: number): Fact[] {
  return (side === 'src' ? state.analysis.srcFacts : state.analysis.tgtFacts)[sentence] ?? [];
}

// ---------------------------------------------------------------------------------------------------------------
// Navigation

/** Moves to bead k: scrolls the list so the row is visible and selects the pair's first finding. */
function withCursor(state: ReviewState, k: number, selected?: number | null): ReviewState {
  const n = state.doc.beads.length;
  const cursor = n === 0 ? 0 : Math.max(0, Math.min(n - 1, k));
  const shown = beadFindings(state, cursor).filter((f) => matchesFilter(state.filter, state.doc.findings[f]!));
  const sel = selected !== undefined ? selected : (shown[0] ?? null);
  const next = { ...state, cursor, selected: sel };
  const row = cursorRow(next);
  let top = state.top;
  if (row < top) top = row;
  if (row >= top + state.pageSize) top = row - state.pageSize + 1;
  top = Math.max(0, Math.min(top, Math.max(0, listLength(next) - state.pageSize)));
  return { ...next, top };
}

function moveRows(state: ReviewState, delta: number): ReviewState {
  const len = listLength(state);
  if (len === 0) return state;
  let row = cursorRow(state);
  // Off the list (filtered out): a step forward lands on the next shown row, which is `row` itself.
  if (state.visible && state.visible[row] !== state.cursor && delta > 0) row -= 1;
  const target = Math.max(0, Math.min(len - 1, row + delta));
  return withCursor(state, listBead(state, target));
}

function stepFinding(state: ReviewState, direction: 1 | -1): ReviewState {
  const order = state.derived.order.filter((n) => matchesFilter(state.filter, state.doc.findings[n]!) && inSearch(state, state.derived.beadOfFinding[n]!));
  if (order.length === 0) return { ...state, message: 'no findings' + (state.filter.kind === 'all' ? '' : ` (filter: ${filterLabel(state.filter)})`) };
  let pos: number;
  const at = state.selected !== null ? order.indexOf(state.selected) : -1;
  if (at >= 0) pos = at + direction;
  else if (direction > 0) pos = order.findIndex((n) => state.derived.beadOfFinding[n]! > state.cursor);
  else pos = findLastIndex(order, (n) => state.derived.beadOfFinding[n]! < state.cursor);
  if (pos < 0 || pos >= order.length) return { ...state, message: direction > 0 ? 'no more findings below' : 'no more findings above' };
  const n = order[pos]!;
  return { ...withCursor(state, state.derived.beadOfFinding[n]!, n), message: null };
}

function findLastIndex<T>(xs: readonly T[], p: (x: T) => boolean): number {
  for (let i = xs.length - 1; i >= 0; i--) if (p(xs[i]!)) return i;
  return -1;
}

function inSearch(state: ReviewState, k: number): boolean {
  if (!state.search) return true;
  const b = state.doc.beads[k];
  if (!b) return false;
  const q = state.search.toLocaleLowerCase();
  const t = beadTexts(state, b);
  return [...t.src, ...t.tgt].some((s) => s.toLocaleLowerCase().includes(q));
}

function computeVisible(state: ReviewState): number[] | null {
  if (state.filter.kind === 'all' && !state.search) return null;
  const out: number[] = [];
  state.doc.beads.forEach((_, k) => {
    const filterOk = state.filter.kind === 'all' || beadFindings(state, k).some((n) => matchesFilter(state.filter, state.doc.findings[n]!));
    if (filterOk && inSearch(state, k)) out.push(k);
  });
  return out;
}

/** After a filter or search change: the list is rebuilt and the cursor moves to the first shown pair at or after it. */
function refilter(state: ReviewState): ReviewState {
  const visible = computeVisible(state);
  const next = { ...state, visible, top: 0 };
  if (visible && visible.length === 0) return { ...next, selected: null, message: 'no pair matches' };
  const k = visible ? (visible[lowerBound(visible, state.cursor)] ?? visible[visible.length - 1]!) : state.cursor;
  return withCursor({ ...next, message: null }, k);
}

// ---------------------------------------------------------------------------------------------------------------
// Decisions, notes, edits (undoable)

function commit(state: ReviewState, doc: ReviewDoc, message: string | null = null): ReviewState {
  const past = [...state.past, state.doc].slice(-HISTORY_LIMIT);
  const derived = doc.beads === state.doc.beads && doc.findings === state.doc.findings && doc.decisions === state.doc.decisions
    ? state.derived
    : derive(doc, state.srcTexts, state.tgtTexts);
  return { ...state, doc, derived, past, future: [], revision: state.revision + 1, message };
}

function decide(state: ReviewState, status: 'accepted' | 'dismissed', env: ReviewEnv): ReviewState {
  const n = state.selected;
  if (n === null) return { ...state, message: 'no finding selected in this pair' };
  const f = state.doc.findings[n]!;
  const key = state.derived.findingKeys[n]!;
  const before = state.doc.decisions.get(key);
  const decisions = new Map(state.doc.decisions);
  // Pressing the same key again undoes the decision (the note stays).
  const toggled = before?.status === status;
  if (toggled && !before.note) decisions.delete(key);
  else decisions.set(key, makeDecision(state, f, key, toggled ? 'open' : status, before?.note, env));
  return commit(state, { ...state.doc, decisions }, toggled ? `${f.rule}: back to open` : `${f.rule}: ${status}`);
}

function makeDecision(state: ReviewState, f: Finding, key: string, status: DecisionStatus, note: string | undefined, env: ReviewEnv): Decision {
  const d: Decision = {
    key,
    status,
    rule: f.rule,
    family: f.family,
    severity: f.severity,
    message: f.message,
    src: [...f.src],
    tgt: [...f.tgt],
    srcText: f.src.map((i) => state.srcTexts[i]!),
    tgtText: f.tgt.map((j) => state.tgtTexts[j]!),
    at: env.now ? env.now() : new Date().toISOString(),
  };
  if (note) d.note = note;
  return d;
}

function writeNote(state: ReviewState, text: string, env: ReviewEnv): ReviewState {
  const note = text.trim();
  const at = env.now ? env.now() : new Date().toISOString();
  if (state.selected !== null) {
    const n = state.selected;
    const key = state.derived.findingKeys[n]!;
    const before = state.doc.decisions.get(key);
    const decisions = new Map(state.doc.decisions);
    if (!note && (!before || before.status === 'open')) decisions.delete(key);
    else {
      const d = makeDecision(state, state.doc.findings[n]!, key, before?.status ?? 'open', note || undefined, env);
      decisions.set(key, d);
    }
    return commit(state, { ...state.doc, decisions }, note ? 'note saved' : 'note removed');
  }
  const b = currentBead(state);
  if (!b) return state;
  const t = beadTexts(state, b);
  const key = pairKey(t.src, t.tgt);
  const pairNotes = new Map(state.doc.pairNotes);
  if (!note) pairNotes.delete(key);
  else pairNotes.set(key, { key, note, src: [...b.src], tgt: [...b.tgt], srcText: t.src, tgtText: t.tgt, at });
  return commit(state, { ...state.doc, pairNotes }, note ? 'note saved on the pair' : 'note removed');
}

function applyEdit(state: ReviewState, edit: BeadEdit | null, what: string, focus: number, env: ReviewEnv): ReviewState {
  if (!edit) return { ...state, message: `cannot ${what} here` };
  const findings = recheck(state.doc.findings, edit.beads, edit.changed, env);
  const next = commit(state, { ...state.doc, beads: edit.beads, findings }, what);
  return withCursor(refilterKeepCursor(next), focus);
}

/** After an edit the visible list is rebuilt (pairs changed), keeping the cursor where the edit was. */
function refilterKeepCursor(state: ReviewState): ReviewState {
  return { ...state, visible: computeVisible(state) };
}

function restore(state: ReviewState, doc: ReviewDoc, past: ReviewDoc[], future: ReviewDoc[], message: string): ReviewState {
  const derived = derive(doc, state.srcTexts, state.tgtTexts);
  const next = { ...state, doc, derived, past, future, revision: state.revision + 1, message };
  return withCursor(refilterKeepCursor(next), Math.min(state.cursor, doc.beads.length - 1));
}

// ---------------------------------------------------------------------------------------------------------------
// Prompts (goto, search, note)

function submitPrompt(state: ReviewState, env: ReviewEnv): ReviewState {
  const p = state.prompt;
  if (!p) return state;
  const closed = { ...state, prompt: null };
  if (p.kind === 'goto') {
    const pair = Number.parseInt(p.text, 10);
    if (!Number.isFinite(pair)) return { ...closed, message: `not a pair number: ${p.text}` };
    return reduceReview(closed, { type: 'goto', pair }, env);
  }
  if (p.kind === 'search') return reduceReview(closed, { type: 'search', text: p.text }, env);
  return writeNote(closed, p.text, env);
}

function openPrompt(state: ReviewState, kind: PromptKind): ReviewState {
  let text = '';
  if (kind === 'search') text = state.search;
  if (kind === 'note') {
    text = state.selected !== null ? (findingDecision(state, state.selected)?.note ?? '') : (pairNoteOf(state, state.cursor)?.note ?? '');
  }
  return { ...state, prompt: { kind, text }, help: false, message: null };
}

// ---------------------------------------------------------------------------------------------------------------
// The reducer

export function reduceReview(state: ReviewState, action: ReviewAction, env: ReviewEnv): ReviewState {
  switch (action.type) {
    case 'next':
      return moveRows(state, 1);
    case 'prev':
      return moveRows(state, -1);
    case 'pageDown':
      return moveRows(state, state.pageSize);
    case 'pageUp':
      return moveRows(state, -state.pageSize);
    case 'first':
      return listLength(state) ? withCursor(state, listBead(state, 0)) : state;
    case 'last':
      return listLength(state) ? withCursor(state, listBead(state, listLength(state) - 1)) : state;
    case 'goto': {
      const n = state.doc.beads.length;
      if (!Number.isInteger(action.pair) || action.pair < 1 || action.pair > n) return { ...state, message: `no pair ${action.pair} (1–${n})` };
      // Going to a pair hidden by the filter clears the filter, so the cursor is always on a shown pair.
      const base = state.visible && !state.visible.includes(action.pair - 1) ? { ...state, filter: { kind: 'all' } as Filter, search: '', visible: null } : state;
      return { ...withCursor(base, action.pair - 1), message: null };
    }
    case 'nextFinding':
      return stepFinding(state, 1);
    case 'prevFinding':
      return stepFinding(state, -1);
    case 'cycleFilter': {
      const at = FILTER_CYCLE.findIndex((f) => filterLabel(f) === filterLabel(state.filter));
      return refilter({ ...state, filter: FILTER_CYCLE[(at + 1) % FILTER_CYCLE.length]! });
    }
    case 'setFilter':
      return refilter({ ...state, filter: action.filter });
    case 'search':
      return refilter({ ...state, search: action.text.trim() });
    case 'accept':
      return decide(state, 'accepted', env);
    case 'dismiss':
      return decide(state, 'dismissed', env);
    case 'note':
      return writeNote(state, action.text, env);
    case 'undo': {
      const doc = state.past[state.past.length - 1];
      if (!doc) return { ...state, message: 'nothing to undo' };
      return restore(state, doc, state.past.slice(0, -1), [...state.future, state.doc], 'undone');
    }
    case 'redo': {
      const doc = state.future[state.future.length - 1];
      if (!doc) return { ...state, message: 'nothing to redo' };
      return restore(state, doc, [...state.past, state.doc], state.future.slice(0, -1), 'redone');
    }
    case 'merge':
      return applyEdit(state, mergeWithNext(state.doc.beads, state.cursor), 'merge with the next pair', state.cursor, env);
    case 'split':
      return applyEdit(state, splitBead(state.doc.beads, state.cursor), 'split this pair', state.cursor, env);
    case 'move': {
      const edit = moveSentence(state.doc.beads, state.cursor, state.side, action.direction);
      // The cursor stays on the pair being fixed (or its neighbour, when the move emptied it).
      const emptied = edit !== null && edit.beads.length < state.doc.beads.length;
      const focus = action.direction === 'prev' && emptied ? state.cursor - 1 : state.cursor;
      return applyEdit(state, edit, `move a ${state.side === 'src' ? 'source' : 'target'} sentence to the ${action.direction === 'prev' ? 'previous' : 'next'} pair`, focus, env);
    }
    case 'unalign': {
      const b = currentBead(state);
      const side: Side = b && b[state.side].length === 0 ? (state.side === 'src' ? 'tgt' : 'src') : state.side;
      return applyEdit(state, markUnaligned(state.doc.beads, state.cursor, side), `mark a ${side === 'src' ? 'source' : 'target'} sentence unaligned`, state.cursor, env);
    }
    case 'switchSide':
      return { ...state, side: state.side === 'src' ? 'tgt' : 'src', message: `edits act on the ${state.side === 'src' ? 'target' : 'source'} side` };
    case 'toggleHelp':
      return { ...state, help: !state.help };
    case 'openPrompt':
      return openPrompt(state, action.kind);
    case 'promptType':
      return state.prompt ? { ...state, prompt: { ...state.prompt, text: state.prompt.text + action.text } } : state;
    case 'promptBackspace':
      return state.prompt ? { ...state, prompt: { ...state.prompt, text: [...state.prompt.text].slice(0, -1).join('') } } : state;
    case 'promptSubmit':
      return submitPrompt(state, env);
    case 'promptCancel':
      return { ...state, prompt: null };
    case 'resize': {
      const pageSize = Math.max(1, action.pageSize);
      return pageSize === state.pageSize ? state : withCursor({ ...state, pageSize }, state.cursor, state.selected);
    }
    case 'message':
      return { ...state, message: action.text };
  }
}
