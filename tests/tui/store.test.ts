import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/core/types.js';
import { impose, isMonotoneCover, replayPinned } from '../../src/tui/beads.js';
import { createSession } from '../../src/tui/session.js';
import { decisionKey, loadDecisions, parseSidecar, sentenceHash, sidecarPath, suppressDismissed } from '../../src/tui/sidecar.js';
import { type ReviewAction, type ReviewState, createReviewState, reduceReview } from '../../src/tui/state.js';
import { loadReview, saveReview, writeFileAtomic } from '../../src/tui/store.js';
import { SRC, TGT, spicAnalysis, testEnv } from './fixtures.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'xalign-store-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const meta = () => ({ sourcePath: join(dir, 'spic.en.txt'), targetPath: join(dir, 'spic.hi.txt') });

function open(analysis: Analysis) {
  const env = testEnv(analysis);
  const loaded = loadReview(meta(), analysis);
  const state = createReviewState(analysis, env, loaded.saved);
  const session = createSession(state, env, (s) => saveReview(s, meta()));
  const run = (...actions: ReviewAction[]) => actions.forEach((a) => session.dispatch(a));
  return { session, run, loaded, state: () => session.getSnapshot().state };
}

const statuses = (s: ReviewState) => [...s.doc.decisions.values()].map((d) => `${d.rule}:${d.status}`).sort();

describe('review store: the sidecar', () => {
  it('writes atomically: the file appears whole and no temp file is left behind', () => {
    const path = join(dir, 'a.json');
    writeFileSync(path, 'old');
    writeFileAtomic(path, '{"new":true}\n');
    expect(readFileSync(path, 'utf8')).toBe('{"new":true}\n');
    expect(readdirSync(dir)).toEqual(['a.json']);
  });

  it('is written after every decision and edit, and restores decisions, notes and alignment edits', () => {
    const first = open(spicAnalysis());
    first.run({ type: 'goto', pair: 6 }, { type: 'nextFinding' }, { type: 'dismiss' });
    const path = sidecarPath(meta().targetPath);
    expect(existsSync(path)).toBe(true);
    expect(parseSidecar(readFileSync(path, 'utf8')).decisions.map((d) => d.status)).toEqual(['dismissed']);
    first.run({ type: 'prevFinding' }, { type: 'note', text: 'शिखर is missing indeed' }, { type: 'goto', pair: 2 }, { type: 'merge' });
    expect(first.session.getSnapshot().save.kind).toBe('saved');
    const onDisk = parseSidecar(readFileSync(path, 'utf8'));
    expect(onDisk.alignment.pinned).toEqual([{ src: [sentenceHash(SRC[1]!), sentenceHash(SRC[2]!)], tgt: [sentenceHash(TGT[1]!), sentenceHash(TGT[2]!)], hint: [1, 1] }]);

    const again = open(spicAnalysis());
    expect(again.loaded.warning).toBeUndefined();
    expect(statuses(again.state())).toEqual(['temporal-relation:dismissed', 'term-missing:open']);
    expect([...again.state().doc.decisions.values()].find((d) => d.rule === 'term-missing')?.note).toBe('शिखर is missing indeed');
    expect(again.state().doc.beads[1]).toEqual({ src: [1, 2], tgt: [1, 2], score: 1 });
    expect(again.state().doc.beads).toHaveLength(7);
    expect(again.state().derived.counts.error.dismissed).toBe(1);
  });

  it('keeps decisions when sentences elsewhere in either file change, and shows changed ones as stale', () => {
    const first = open(spicAnalysis());
    first.run({ type: 'goto', pair: 6 }, { type: 'nextFinding' }, { type: 'dismiss' }, { type: 'goto', pair: 2 }, { type: 'accept' });
    expect(statuses(first.state())).toEqual(['entity-missing:accepted', 'temporal-relation:dismissed']);

    // The translator inserts a sentence at the top of the target and rewrites the acronym paragraph's source.
    const edited = spicAnalysis();
    edited.source[1] = { ...edited.source[1]!, text: edited.source[1]!.text.replace('eight', '8') };
    edited.target.unshift({ text: 'नया वाक्य।', start: 0, end: 9 });
    edited.tgtFacts.unshift([]);
    edited.beads = [{ src: [], tgt: [0], score: 0.5 }, ...edited.beads.map((b) => ({ ...b, tgt: b.tgt.map((j) => j + 1) }))];
    edited.findings = edited.findings.map((f) => ({ ...f, tgt: f.tgt.map((j) => j + 1), evidence: f.evidence.map((e) => (e.side === 'tgt' ? { ...e, sentence: e.sentence + 1 } : e)) }));
    const again = open(edited);
    const s = again.state();
    const temporal = s.doc.findings.findIndex((f) => f.rule === 'temporal-relation');
    expect(s.doc.decisions.get(s.derived.findingKeys[temporal]!)?.status).toBe('dismissed');
    expect(s.derived.stale.map((d) => `${d.rule}:${d.status}`)).toEqual(['entity-missing:accepted']);
    expect(s.doc.decisions.size).toBe(2);
  });

  it('replays alignment edits by sentence content after the file changed elsewhere', () => {
    const first = open(spicAnalysis());
    first.run({ type: 'goto', pair: 7 }, { type: 'merge' });
    const edited = spicAnalysis();
    edited.target.unshift({ text: 'नया वाक्य।', start: 0, end: 9 });
    edited.tgtFacts.unshift([]);
    edited.beads = [{ src: [], tgt: [0], score: 0.5 }, ...edited.beads.map((b) => ({ ...b, tgt: b.tgt.map((j) => j + 1) }))];
    edited.findings = [];
    const again = open(edited);
    expect(again.state().doc.beads.at(-1)).toEqual({ src: [6, 7], tgt: [7, 8], score: 1 });
    expect(isMonotoneCover(again.state().doc.beads, 8, 9)).toBe(true);
  });

  it('moves a corrupt sidecar aside instead of overwriting it, and says so', () => {
    const path = sidecarPath(meta().targetPath);
    writeFileSync(path, '{"xalignReview":1,"decisions":[');
    const r = open(spicAnalysis());
    expect(r.loaded.warning).toMatch(/corrupt: not valid JSON/);
    const aside = readdirSync(dir).filter((f) => f.includes('.corrupt-'));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(dir, aside[0]!), 'utf8')).toBe('{"xalignReview":1,"decisions":[');
    expect(existsSync(path)).toBe(false);
    r.run({ type: 'goto', pair: 2 }, { type: 'dismiss' });
    expect(parseSidecar(readFileSync(path, 'utf8')).decisions).toHaveLength(1);
  });

  it('moves a foreign JSON file aside too (another tool or a newer version)', () => {
    const path = sidecarPath(meta().targetPath);
    writeFileSync(path, '{"name":"something else"}');
    expect(open(spicAnalysis()).loaded.warning).toMatch(/foreign: not an xalign review file/);
    writeFileSync(path, '{"xalignReview":7,"decisions":[]}');
    expect(open(spicAnalysis()).loaded.warning).toMatch(/version 7 is not supported/);
    expect(readdirSync(dir).filter((f) => f.includes('.corrupt-'))).toHaveLength(2);
  });

  it('reports a save failure in the session instead of crashing', () => {
    const analysis = spicAnalysis();
    const env = testEnv(analysis);
    const session = createSession(createReviewState(analysis, env), env, () => {
      throw new Error('EACCES: permission denied');
    });
    session.dispatch({ type: 'nextFinding' });
    session.dispatch({ type: 'dismiss' });
    expect(session.getSnapshot().save).toEqual({ kind: 'error', message: 'EACCES: permission denied' });
  });
});

describe('review store: what the batch gate reads', () => {
  it('suppresses dismissed findings, keeps accepted ones', () => {
    const first = open(spicAnalysis());
    first.run({ type: 'goto', pair: 6 }, { type: 'nextFinding' }, { type: 'dismiss' }, { type: 'goto', pair: 2 }, { type: 'accept' });
    const index = loadDecisions(readFileSync(sidecarPath(meta().targetPath), 'utf8'));
    const findings = spicAnalysis().findings;
    expect(suppressDismissed(findings, SRC, TGT, index).map((f) => f.rule)).toEqual(['entity-missing', 'term-missing']);
    expect(decisionKey(findings[2]!, SRC, TGT)).toMatch(/^[0-9a-f]{24}$/);
  });
});

describe('alignment edits: impose and replay', () => {
  it('imposes a bead over others and keeps the alignment a monotone cover', () => {
    const beads = [0, 1, 2, 3].map((k) => ({ src: [k], tgt: [k], score: 1 }));
    const crossed = impose(beads, { src: [1], tgt: [2], score: 1 });
    expect(crossed).toEqual([
      { src: [0], tgt: [0], score: 1 },
      { src: [], tgt: [1], score: 1 },
      { src: [1], tgt: [2], score: 1 },
      { src: [2], tgt: [], score: 1 },
      { src: [3], tgt: [3], score: 1 },
    ]);
    expect(isMonotoneCover(crossed, 4, 4)).toBe(true);
    const alone = impose([{ src: [0, 1], tgt: [0], score: 1 }], { src: [1], tgt: [], score: 1 });
    expect(alone).toEqual([
      { src: [0], tgt: [0], score: 1 },
      { src: [1], tgt: [], score: 1 },
    ]);
  });

  it('skips a pinned bead whose sentences are gone and reports it', () => {
    const auto = [0, 1].map((k) => ({ src: [k], tgt: [k], score: 1 }));
    const r = replayPinned(auto, [{ src: ['gone'], tgt: [], hint: [0, 0] }], ['a', 'b'], ['c', 'd']);
    expect(r.lost).toHaveLength(1);
    expect(r.beads).toEqual(auto);
  });
});
