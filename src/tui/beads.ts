// Alignment edits a reviewer makes (merge, split, move, detach) and their replay on a fresh alignment.
// Pure functions over Bead lists; every result stays monotone and covers every sentence once.
import type { Bead } from '../core/types.js';
import type { PinnedBead } from './sidecar.js';

export type Side = 'src' | 'tgt';

/** The result of an edit: the new bead list and which of its beads were made (to be re-checked). */
export interface BeadEdit {
  beads: Bead[];
  changed: number[];
}

const bead = (src: number[], tgt: number[]): Bead => ({ src, tgt, score: 1 });
const isEmpty = (b: Bead) => b.src.length === 0 && b.tgt.length === 0;
export const beadId = (b: Bead) => `${b.src.join(',')}|${b.tgt.join(',')}`;

/** Replaces beads[from..to] (inclusive) with `made`, dropping empty beads, and reports the made ones' new indices. */
function replace(beads: readonly Bead[], from: number, to: number, made: Bead[]): BeadEdit {
  const kept = made.filter((b) => !isEmpty(b));
  const out = [...beads.slice(0, from), ...kept, ...beads.slice(to + 1)];
  return { beads: out, changed: kept.map((_, k) => from + k) };
}

export function mergeWithNext(beads: readonly Bead[], i: number): BeadEdit | null {
  if (i < 0 || i + 1 >= beads.length) return null;
  const a = beads[i]!;
  const b = beads[i + 1]!;
  return replace(beads, i, i + 1, [bead([...a.src, ...b.src], [...a.tgt, ...b.tgt])]);
}

/** Splits the first sentence of each side off a multi-sentence bead: 2-2 → 1-1 + 1-1, 2-1 → 1-1 + 1-0. */
export function splitBead(beads: readonly Bead[], i: number): BeadEdit | null {
  const b = beads[i];
  if (!b || (b.src.length < 2 && b.tgt.length < 2)) return null;
  return replace(beads, i, i, [bead(b.src.slice(0, 1), b.tgt.slice(0, 1)), bead(b.src.slice(1), b.tgt.slice(1))]);
}

/** Moves the first sentence of one side of bead i to the end of the previous bead ('prev'), or its last to the next. */
export function moveSentence(beads: readonly Bead[], i: number, side: Side, direction: 'prev' | 'next'): BeadEdit | null {
  const b = beads[i];
  if (!b || b[side].length === 0) return null;
  if (direction === 'prev') {
    const p = beads[i - 1];
    if (!p) return null;
    const [moved, ...rest] = b[side];
    const np = { ...p, score: 1, [side]: [...p[side], moved!] };
    const nb = { ...b, score: 1, [side]: rest };
    return replace(beads, i - 1, i, [np, nb]);
  }
  const n = beads[i + 1];
  if (!n) return null;
  const moved = b[side][b[side].length - 1]!;
  const nb = { ...b, score: 1, [side]: b[side].slice(0, -1) };
  const nn = { ...n, score: 1, [side]: [moved, ...n[side]] };
  return replace(beads, i, i + 1, [nb, nn]);
}

/** Marks the last sentence of one side of bead i unaligned: it becomes a 1-0 or 0-1 bead of its own. */
export function markUnaligned(beads: readonly Bead[], i: number, side: Side): BeadEdit | null {
  const b = beads[i];
  if (!b) return null;
  const other: Side = side === 'src' ? 'tgt' : 'src';
  if (b[side].length === 0) return null;
  if (b[other].length === 0 && b[side].length === 1) return null; // already unaligned
  const last = b[side][b[side].length - 1]!;
  const rest = { ...b, score: 1, [side]: b[side].slice(0, -1) };
  const alone = side === 'src' ? bead([last], []) : bead([], [last]);
  return replace(beads, i, i, [rest, alone]);
}

/**
 * Imposes a bead on an alignment: the beads it overlaps (and any between them) are replaced by the leftovers
 * before it, the bead itself, and the leftovers after it, so the result stays monotone.
 */
export function impose(beads: readonly Bead[], pin: Bead): Bead[] {
  const srcSet = new Set(pin.src);
  const tgtSet = new Set(pin.tgt);
  let lo = -1;
  let hi = -1;
  beads.forEach((b, k) => {
    if (b.src.some((s) => srcSet.has(s)) || b.tgt.some((t) => tgtSet.has(t))) {
      if (lo < 0) lo = k;
      hi = k;
    }
  });
  if (lo < 0) return [...beads];
  const region = beads.slice(lo, hi + 1);
  const srcLeft = region.flatMap((b) => b.src).filter((s) => !srcSet.has(s));
  const tgtLeft = region.flatMap((b) => b.tgt).filter((t) => !tgtSet.has(t));
  // Pinned sides are consecutive, so every leftover lies before or after the pin on its side.
  const cut = (left: number[], side: number[]): [number[], number[]] | null =>
    side.length > 0 ? [left.filter((x) => x < side[0]!), left.filter((x) => x > side[side.length - 1]!)] : null;
  let srcParts = cut(srcLeft, pin.src);
  let tgtParts = cut(tgtLeft, pin.tgt);
  // An empty pinned side: its leftovers go where the other side's leftovers are, so a detached sentence's partner stays paired.
  if (!srcParts && tgtParts) srcParts = tgtParts[0].length > 0 ? [srcLeft, []] : [[], srcLeft];
  if (!tgtParts && srcParts) tgtParts = srcParts[0].length > 0 ? [tgtLeft, []] : [[], tgtLeft];
  if (!srcParts || !tgtParts) return [...beads];
  const made = [bead(srcParts[0], tgtParts[0]), bead([...pin.src], [...pin.tgt]), bead(srcParts[1], tgtParts[1])];
  return [...beads.slice(0, lo), ...made.filter((b) => !isEmpty(b)), ...beads.slice(hi + 1)];
}

/** The beads of `beads` that the automatic alignment did not produce: what the reviewer made. */
export function editedBeads(auto: readonly Bead[], beads: readonly Bead[]): Bead[] {
  const autoIds = new Set(auto.map(beadId));
  return beads.filter((b) => !autoIds.has(beadId(b)));
}

/** Finds where each hash occurs, so a pinned bead can be found again after edits elsewhere in the file. */
function locate(hashes: readonly string[], want: readonly string[], hint: number): number[] | null {
  if (want.length === 0) return [];
  const candidates: number[] = [];
  for (let i = 0; i + want.length <= hashes.length; i++) {
    if (want.every((h, k) => hashes[i + k] === h)) candidates.push(i);
  }
  if (candidates.length === 0) return null;
  const start = candidates.reduce((best, c) => (Math.abs(c - hint) < Math.abs(best - hint) ? c : best));
  return want.map((_, k) => start + k);
}

export function pinBead(b: Bead, srcHashes: readonly string[], tgtHashes: readonly string[]): PinnedBead {
  return { src: b.src.map((i) => srcHashes[i]!), tgt: b.tgt.map((j) => tgtHashes[j]!), hint: [b.src[0] ?? b.tgt[0] ?? 0, b.tgt[0] ?? b.src[0] ?? 0] };
}

/**
 * Replays pinned beads on a fresh alignment. A pinned bead whose sentences are no longer there (or no longer
 * consecutive) is skipped and reported, so edits elsewhere in either file never lose the others.
 */
export function replayPinned(
  auto: readonly Bead[],
  pinned: readonly PinnedBead[],
  srcHashes: readonly string[],
  tgtHashes: readonly string[],
): { beads: Bead[]; lost: PinnedBead[] } {
  let beads = [...auto];
  const lost: PinnedBead[] = [];
  for (const p of pinned) {
    const src = locate(srcHashes, p.src, p.hint[0]);
    const tgt = locate(tgtHashes, p.tgt, p.hint[1]);
    if (!src || !tgt) {
      lost.push(p);
      continue;
    }
    beads = impose(beads, { src, tgt, score: 1 });
  }
  return { beads, lost };
}

/** Checks the invariant every alignment keeps: each sentence once, in order on both sides. */
export function isMonotoneCover(beads: readonly Bead[], nSrc: number, nTgt: number): boolean {
  let s = 0;
  let t = 0;
  for (const b of beads) {
    for (const i of b.src) if (i !== s++) return false;
    for (const j of b.tgt) if (j !== t++) return false;
  }
  return s === nSrc && t === nTgt;
}
