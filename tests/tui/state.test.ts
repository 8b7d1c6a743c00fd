import { describe, expect, it } from 'vitest';
import { isMonotoneCover } from '../../src/tui/beads.js';
import { decisionKey } from '../../src/tui/sidecar.js';
import {
  type ReviewAction,
  type ReviewState,
  FILTER_CYCLE,
  beadFindings,
  createReviewState,
  findingStatus,
  reduceReview,
} from '../../src/tui/state.js';
import { SRC, TGT, spicAnalysis, testEnv } from './fixtures.js';

function setup(pageSize = 3) {
  const analysis = spicAnalysis();
  const env = testEnv(analysis);
  const state = createReviewState(analysis, env, undefined, pageSize);
  const run = (s: ReviewState, ...actions: ReviewAction[]) => actions.reduce((acc, a) => reduceReview(acc, a, env), s);
  return { analysis, env, state, run };
}

const rule = (s: ReviewState) => (s.selected === null ? null : s.doc.findings[s.selected]!.rule);

describe('review reducer: navigation', () => {
  it('starts on the first pair and moves with next / prev, stopping at the ends', () => {
    const { state, run } = setup();
    expect(state.cursor).toBe(0);
    expect(run(state, { type: 'prev' }).cursor).toBe(0);
    expect(run(state, { type: 'next' }, { type: 'next' }).cursor).toBe(2);
    expect(run(state, { type: 'next' }, { type: 'next' }, { type: 'prev' }).cursor).toBe(1);
    expect(run(state, ...Array(20).fill({ type: 'next' })).cursor).toBe(7);
  });

  it('pages by the page size and scrolls the list so the cursor stays visible', () => {
    const { state, run } = setup(3);
    const down = run(state, { type: 'pageDown' });
    expect(down.cursor).toBe(3);
    expect(down.top).toBeGreaterThan(0);
    expect(down.cursor - down.top).toBeLessThan(3);
    expect(run(down, { type: 'pageUp' }).cursor).toBe(0);
    expect(run(down, { type: 'pageUp' }).top).toBe(0);
  });

  it('goes to the first and last pair', () => {
    const { state, run } = setup();
    const last = run(state, { type: 'last' });
    expect(last.cursor).toBe(SRC.length - 1);
    expect(last.top).toBe(SRC.length - 3);
    expect(run(last, { type: 'first' }).cursor).toBe(0);
  });

  it('goes to a pair by its 1-based number, refusing numbers out of range', () => {
    const { state, run } = setup();
    expect(run(state, { type: 'goto', pair: 6 }).cursor).toBe(5);
    const bad = run(state, { type: 'goto', pair: 99 });
    expect(bad.cursor).toBe(0);
    expect(bad.message).toMatch(/no pair 99/);
  });

  it('goes to a pair through the g prompt, typing digits and Enter', () => {
    const { state, run } = setup();
    const s = run(state, { type: 'openPrompt', kind: 'goto' }, { type: 'promptType', text: '7' }, { type: 'promptSubmit' });
    expect(s.prompt).toBeNull();
    expect(s.cursor).toBe(6);
    const cancelled = run(state, { type: 'openPrompt', kind: 'goto' }, { type: 'promptType', text: '7' }, { type: 'promptBackspace' }, { type: 'promptCancel' });
    expect(cancelled.cursor).toBe(0);
    expect(cancelled.prompt).toBeNull();
  });

  it('jumps to the next and previous finding across pairs and within a pair', () => {
    const { state, run } = setup();
    const a = run(state, { type: 'nextFinding' });
    expect(a.cursor).toBe(1);
    expect(rule(a)).toBe('entity-missing');
    const b = run(a, { type: 'nextFinding' });
    expect(b.cursor).toBe(5);
    expect(rule(b)).toBe('term-missing');
    const c = run(b, { type: 'nextFinding' });
    expect(c.cursor).toBe(5);
    expect(rule(c)).toBe('temporal-relation');
    expect(run(c, { type: 'nextFinding' }).message).toMatch(/no more findings/);
    expect(rule(run(c, { type: 'prevFinding' }))).toBe('term-missing');
    expect(run(c, { type: 'prevFinding' }, { type: 'prevFinding' }).cursor).toBe(1);
  });

  it('selects the first finding of a pair when the cursor arrives there', () => {
    const { state, run } = setup();
    expect(rule(run(state, { type: 'goto', pair: 6 }))).toBe('term-missing');
    expect(run(state, { type: 'goto', pair: 3 }).selected).toBeNull();
  });
});

describe('review reducer: filter and search', () => {
  it('cycles the filter through all, each severity and each family; only matching pairs are listed', () => {
    const { state, run } = setup();
    const error = run(state, { type: 'cycleFilter' });
    expect(error.filter).toEqual(FILTER_CYCLE[1]);
    expect(error.filter).toEqual({ kind: 'severity', value: 'error' });
    expect(error.visible).toEqual([5]);
    expect(error.cursor).toBe(5);
    expect(rule(error)).toBe('temporal-relation');
    // j/k move among listed pairs only
    expect(run(error, { type: 'next' }).cursor).toBe(5);
    const all = run(state, ...Array(FILTER_CYCLE.length).fill({ type: 'cycleFilter' }));
    expect(all.filter).toEqual({ kind: 'all' });
    expect(all.visible).toBeNull();
  });

  it('filters by family and steps through that family only with n', () => {
    const { state, run } = setup();
    const entity = run(state, { type: 'setFilter', filter: { kind: 'family', value: 'entity' } });
    expect(entity.visible).toEqual([1]);
    expect(run(entity, { type: 'nextFinding' }).message).toMatch(/no more findings/);
    const info = run(state, { type: 'setFilter', filter: { kind: 'severity', value: 'info' } });
    expect(rule(info)).toBe('entity-missing');
  });

  it('searches the text of both sides, case-insensitively; an empty search shows everything', () => {
    const { state, run } = setup();
    const s = run(state, { type: 'openPrompt', kind: 'search' }, { type: 'promptType', text: 'CLOUD' }, { type: 'promptSubmit' });
    expect(s.search).toBe('CLOUD');
    expect(s.visible).toEqual([6]);
    expect(s.cursor).toBe(6);
    const hindi = run(state, { type: 'search', text: 'तक' });
    expect(hindi.visible).toEqual([5, 7]);
    expect(run(hindi, { type: 'search', text: '' }).visible).toBeNull();
    expect(run(state, { type: 'search', text: 'no such words' }).message).toMatch(/no pair matches/);
  });
});

describe('review reducer: decisions, notes, undo', () => {
  it('accepts and dismisses the selected finding, keyed by content; pressing again reopens it', () => {
    const { state, run, analysis } = setup();
    const at = run(state, { type: 'goto', pair: 6 }, { type: 'nextFinding' });
    expect(rule(at)).toBe('temporal-relation');
    const d = run(at, { type: 'dismiss' });
    const key = decisionKey(analysis.findings[2]!, SRC, TGT);
    expect(d.doc.decisions.get(key)?.status).toBe('dismissed');
    expect(d.doc.decisions.get(key)?.srcText).toEqual([SRC[5]]);
    expect(d.revision).toBe(at.revision + 1);
    expect(d.derived.counts.error).toEqual({ open: 0, accepted: 0, dismissed: 1 });
    const a = run(d, { type: 'accept' });
    expect(findingStatus(a, at.selected!)).toBe('accepted');
    expect(a.derived.counts.error).toEqual({ open: 0, accepted: 1, dismissed: 0 });
    expect(findingStatus(run(a, { type: 'accept' }), at.selected!)).toBe('open');
    expect(run(state, { type: 'goto', pair: 3 }, { type: 'dismiss' }).message).toMatch(/no finding selected/);
  });

  it('writes a note on the selected finding, or on the pair when it has none', () => {
    const { state, run } = setup();
    const s = run(state, { type: 'goto', pair: 6 }, { type: 'openPrompt', kind: 'note' }, { type: 'promptType', text: 'तक is house style' }, { type: 'promptSubmit' });
    const d = [...s.doc.decisions.values()];
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ status: 'open', note: 'तक is house style', rule: 'term-missing' });
    // the note survives a decision on the same finding, and the prompt shows it again
    const dismissed = run(s, { type: 'dismiss' });
    expect([...dismissed.doc.decisions.values()][0]).toMatchObject({ status: 'dismissed', note: 'तक is house style' });
    expect(run(dismissed, { type: 'openPrompt', kind: 'note' }).prompt?.text).toBe('तक is house style');
    const pair = run(state, { type: 'goto', pair: 3 }, { type: 'note', text: 'check the quotes' });
    expect([...pair.doc.pairNotes.values()][0]).toMatchObject({ note: 'check the quotes', src: [2], tgt: [2] });
    expect(run(pair, { type: 'note', text: '' }).doc.pairNotes.size).toBe(0);
  });

  it('undoes and redoes decisions and edits; a new change clears the redo stack', () => {
    const { state, run } = setup();
    const d = run(state, { type: 'goto', pair: 6 }, { type: 'dismiss' });
    const m = run(d, { type: 'merge' });
    expect(m.doc.beads).toHaveLength(7);
    const u1 = run(m, { type: 'undo' });
    expect(u1.doc.beads).toHaveLength(8);
    expect(u1.doc.decisions.size).toBe(1);
    const u2 = run(u1, { type: 'undo' });
    expect(u2.doc.decisions.size).toBe(0);
    expect(run(u2, { type: 'undo' }).message).toBe('nothing to undo');
    const r = run(u2, { type: 'redo' }, { type: 'redo' });
    expect(r.doc.beads).toHaveLength(7);
    expect(r.doc.decisions.size).toBe(1);
    expect(r.revision).toBeGreaterThan(u2.revision);
    const branched = run(u2, { type: 'accept' });
    expect(run(branched, { type: 'redo' }).message).toBe('nothing to redo');
  });
});

describe('review reducer: alignment edits re-run the checks on the edited pairs', () => {
  it('merges a pair with the next one and re-checks only the merged bead', () => {
    const { state, run, env } = setup();
    const m = run(state, { type: 'goto', pair: 7 }, { type: 'merge' });
    expect(m.doc.beads[6]).toEqual({ src: [6, 7], tgt: [6, 7], score: 1 });
    expect(isMonotoneCover(m.doc.beads, SRC.length, TGT.length)).toBe(true);
    expect(env.calls.at(-1)).toEqual([{ src: [6, 7], tgt: [6, 7], score: 1 }]);
    expect(m.cursor).toBe(6);
    expect(run(state, { type: 'last' }, { type: 'merge' }).message).toMatch(/cannot merge/);
  });

  it('splits a multi-sentence pair back into its parts', () => {
    const { state, run } = setup();
    const merged = run(state, { type: 'goto', pair: 6 }, { type: 'merge' });
    expect(merged.doc.beads).toHaveLength(7);
    // findings on the merged sentences were replaced by the checks' findings for the new bead
    expect(merged.doc.findings.some((f) => f.rule === 'temporal-relation')).toBe(false);
    const split = run(merged, { type: 'split' });
    expect(split.doc.beads.slice(5, 7)).toEqual([
      { src: [5], tgt: [5], score: 1 },
      { src: [6], tgt: [6], score: 1 },
    ]);
    expect(run(state, { type: 'split' }).message).toMatch(/cannot split/);
  });

  it('moves a sentence of the edit side to the previous or next pair, and Tab switches the side', () => {
    const { state, run } = setup();
    const back = run(state, { type: 'goto', pair: 4 }, { type: 'move', direction: 'prev' });
    // the target sentence of pair 4 joins pair 3; pair 4 keeps its source sentence alone
    expect(back.doc.beads[2]).toEqual({ src: [2], tgt: [2, 3], score: 1 });
    expect(back.doc.beads[3]).toEqual({ src: [3], tgt: [], score: 1 });
    expect(isMonotoneCover(back.doc.beads, SRC.length, TGT.length)).toBe(true);
    const src = run(state, { type: 'switchSide' });
    expect(src.side).toBe('src');
    const fwd = run(src, { type: 'goto', pair: 2 }, { type: 'move', direction: 'next' });
    // the source sentence of pair 2 joins pair 3; pair 2 keeps its target sentence alone
    expect(fwd.doc.beads.slice(1, 3)).toEqual([
      { src: [], tgt: [1], score: 1 },
      { src: [1, 2], tgt: [2], score: 1 },
    ]);
    expect(isMonotoneCover(fwd.doc.beads, SRC.length, TGT.length)).toBe(true);
    expect(run(state, { type: 'move', direction: 'prev' }).message).toMatch(/cannot move/);
  });

  it('marks a sentence unaligned: a 1-1 pair becomes a 1-0 and a 0-1 pair, and the checks see the source alone', () => {
    const { state, run } = setup();
    const x = run(state, { type: 'goto', pair: 2 }, { type: 'unalign' });
    expect(x.doc.beads.slice(1, 3)).toEqual([
      { src: [1], tgt: [], score: 1 },
      { src: [], tgt: [1], score: 1 },
    ]);
    // "5" (July 5) is now in a source sentence with no target: the re-run checks flag it
    const flagged = beadFindings(x, 1).map((n) => x.doc.findings[n]!.message);
    expect(flagged).toContain('5 is in the source but not in the target');
    expect(run(x, { type: 'unalign' }).message).toMatch(/cannot mark/);
  });
});

describe('review reducer: view toggles', () => {
  it('toggles the help overlay and records page size changes', () => {
    const { state, run } = setup();
    expect(run(state, { type: 'toggleHelp' }).help).toBe(true);
    expect(run(state, { type: 'toggleHelp' }, { type: 'toggleHelp' }).help).toBe(false);
    expect(run(state, { type: 'resize', pageSize: 5 }).pageSize).toBe(5);
    expect(run(state, { type: 'message', text: 'exported' }).message).toBe('exported');
  });

  it('keeps decisions whose finding is gone as stale instead of dropping them', () => {
    const { state, run } = setup();
    const d = run(state, { type: 'goto', pair: 6 }, { type: 'nextFinding' }, { type: 'dismiss' });
    const merged = run(d, { type: 'merge' });
    expect(merged.doc.decisions.size).toBe(1);
    expect(merged.derived.stale.map((x) => x.rule)).toEqual(['temporal-relation']);
    expect(merged.derived.counts.error.dismissed).toBe(0);
  });
});
