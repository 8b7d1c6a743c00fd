// Sentence alignment: one dynamic programme over beads (1-1, 1-0, 0-1, 2-1, 1-2, 2-2, 3-1, 1-3) in a band around
// a first-pass path, with the bead score from align-score.ts. Two passes: the first estimates the document's own
// match rates and length ratio and learns word pairs from its confident beads; the second aligns with them.
// Bead scores are posterior probabilities from a forward–backward pass over the same band.
import type { AlignMode, Bead, GlossaryEntry, LangCode } from './types.js';
import {
  addLearnedUnits,
  analyzeSide,
  BEAD_SHAPES,
  buildVocabulary,
  ConceptTable,
  DEFAULT_P1,
  EVIDENCE,
  lengthDelta,
  lengthLLR,
  matchUnits,
  NO_SKELETONS,
  NUM_CLASSES,
  setUnitChances,
  setUnitWeights,
  type ScoreModel,
  type SentenceEvidence,
} from './align-score.js';
import { factKeys } from './anchors.js';
import { extractFacts } from './facts.js';

export interface AlignOptions {
  srcLang: LangCode;
  tgtLang: LangCode;
  mode?: AlignMode;
  glossary?: GlossaryEntry[];
}

/** Documents up to this many DP cells are searched in full; larger ones in a band around a first path. */
const FULL_SEARCH_CELLS = 300_000;
/** Half-width of the band (in target sentences) around the length diagonal, and around the first pass's path. */
const BAND_HALF_WIDTH = 12;
const REFINED_HALF_WIDTH = 8;
/** Sentences per block in the coarse first path of a long document, and the band (in blocks) it is searched in. */
const BLOCK_SIZE = 16;
const COARSE_HALF_WIDTH = 12;
/** Re-centrings of a band before its path is accepted as it is. */
const MAX_ROUNDS = 5;
/** Posterior above which a bead counts as confident for re-estimation and bootstrapping. */
const CONFIDENT = 0.9;
/**
 * Posteriors are computed with the log scores scaled by this factor: the units of evidence within a sentence are
 * not independent, so the raw likelihood ratios are overconfident.
 */
const POSTERIOR_TEMPERATURE = 0.5;
/** How many units of evidence the default aligned match rates weigh against a document's own counts. */
const PRIOR_WEIGHT = 20;
/** Least Dice coefficient of a word pair learned from the document's confident beads. */
const LEARN_DICE = 0.7;

/** One document pair being aligned: the evidence of both sides and the model it is scored with. */
interface Problem {
  src: SentenceEvidence[];
  tgt: SentenceEvidence[];
  /** Mean number of concepts per sentence of each side. */
  srcMeanConcepts: number;
  tgtMeanConcepts: number;
  table: ConceptTable;
  model: ScoreModel;
  /** Buffers reused by every search over this document. */
  work: Workspace;
  /** Log prior of each bead shape (BEAD_SHAPES order). */
  logPrior: number[];
}

interface Band {
  lo: Int32Array;
  hi: Int32Array;
}

/**
 * For the cells a band needs, (source s, target t): units of s matched by t and their summed gain, then units
 * of t matched by s and theirs (CELL_FIELDS floats per cell); and which of the first 64 units matched, as bit
 * masks (MASK_FIELDS words per cell: s low, s high, t low, t high), so that a unit matched by two sentences of a
 * merged bead counts once.
 */
interface Cells {
  from: Int32Array;
  to: Int32Array;
  offset: Int32Array;
  stats: Float32Array;
  masks: Uint32Array;
}
const CELL_FIELDS = 4;
const MASK_FIELDS = 4;

function newModel(): ScoreModel {
  return {
    ratio: 1,
    variance: 6.8,
    randomSpread: 3,
    p1: Float64Array.from(EVIDENCE.map((c) => DEFAULT_P1[c])),
    p0: new Float64Array(NUM_CLASSES).fill(0.05),
  };
}

type BufferKind = Float64Array | Float32Array | Int8Array | Uint32Array;

/**
 * The search's large arrays, kept between its runs (coarse path, first pass, re-centred bands, second pass): fresh
 * ones for every run would leave tens of megabytes each for the garbage collector.
 */
class Workspace {
  private readonly buffers = new Map<string, BufferKind>();
  private get<T extends BufferKind>(name: string, size: number, make: (n: number) => T): T {
    let buffer = this.buffers.get(name) as T | undefined;
    if (!buffer || buffer.length < size) {
      buffer = make(Math.ceil(size * 1.1));
      this.buffers.set(name, buffer);
    }
    return buffer.subarray(0, size) as T;
  }
  f64 = (name: string, size: number) => this.get(name, size, (n) => new Float64Array(n));
  f32 = (name: string, size: number) => this.get(name, size, (n) => new Float32Array(n));
  i8 = (name: string, size: number) => this.get(name, size, (n) => new Int8Array(n));
  u32 = (name: string, size: number) => this.get(name, size, (n) => new Uint32Array(n));
}

class Stamper {
  private readonly a: Int32Array;
  private readonly b: Int32Array;
  private mark = 0;
  /** Scratch: matched flags per unit of each side; grown for a sentence (or merged pair) with more units. */
  flagsA = new Uint8Array(4096);
  flagsB = new Uint8Array(4096);
  constructor(size: number) {
    this.a = new Int32Array(size);
    this.b = new Int32Array(size);
  }
  private fit(x: SentenceEvidence, y: SentenceEvidence): void {
    if (x.unitClass.length > this.flagsA.length) this.flagsA = new Uint8Array(2 * x.unitClass.length);
    if (y.unitClass.length > this.flagsB.length) this.flagsB = new Uint8Array(2 * y.unitClass.length);
  }
  /** Flags the units of x matched by y (flagsA) and of y matched by x (flagsB). */
  pair(x: SentenceEvidence, y: SentenceEvidence): void {
    this.fit(x, y);
    const m = ++this.mark;
    for (let k = 0; k < x.concepts.length; k++) this.a[x.concepts[k]!] = m;
    for (let k = 0; k < y.concepts.length; k++) this.b[y.concepts[k]!] = m;
    matchUnits(x, y, this.b, m, this.flagsA);
    matchUnits(y, x, this.a, m, this.flagsB);
  }
  /** Cell statistics of x against ys[from..to], stamping x once. */
  row(x: SentenceEvidence, ys: SentenceEvidence[], from: number, to: number, out: Float32Array, masks: Uint32Array, cell: number): void {
    const rowMark = ++this.mark;
    for (let k = 0; k < x.concepts.length; k++) this.a[x.concepts[k]!] = rowMark;
    for (let t = from; t <= to; t++) {
      const m = ++this.mark;
      const y = ys[t]!;
      this.fit(x, y);
      for (let k = 0; k < y.concepts.length; k++) this.b[y.concepts[k]!] = m;
      const at = (cell + t - from) * CELL_FIELDS, mt = (cell + t - from) * MASK_FIELDS;
      out[at] = matchUnits(x, y, this.b, m, this.flagsA);
      out[at + 1] = gainOf(x, this.flagsA);
      out[at + 2] = matchUnits(y, x, this.a, rowMark, this.flagsB);
      out[at + 3] = gainOf(y, this.flagsB);
      masks[mt] = maskOf(this.flagsA, 0, x.unitGain.length);
      masks[mt + 1] = maskOf(this.flagsA, 32, x.unitGain.length);
      masks[mt + 2] = maskOf(this.flagsB, 0, y.unitGain.length);
      masks[mt + 3] = maskOf(this.flagsB, 32, y.unitGain.length);
    }
  }
}

function maskOf(flags: Uint8Array, from: number, units: number): number {
  let mask = 0;
  for (let u = from, end = Math.min(units, from + 32); u < end; u++) if (flags[u]) mask |= 1 << (u - from);
  return mask >>> 0;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

function maskGain(sent: SentenceEvidence, mask: number, from: number): number {
  let g = 0;
  while (mask !== 0) {
    const low = mask & -mask;
    g += sent.unitGain[from + 31 - Math.clz32(low)]!;
    mask = (mask ^ low) >>> 0;
  }
  return g;
}

function gainOf(x: SentenceEvidence, flags: Uint8Array): number {
  let g = 0;
  for (let u = 0; u < x.unitGain.length; u++) if (flags[u]) g += x.unitGain[u]!;
  return g;
}

function computeCells(p: Problem, band: Band, stamper: Stamper): Cells {
  const n = p.src.length, m = p.tgt.length;
  const from = new Int32Array(n), to = new Int32Array(n), offset = new Int32Array(n + 1);
  let total = 0;
  for (let s = 0; s < n; s++) {
    from[s] = Math.max(0, band.lo[Math.max(0, s - 2)]!);
    to[s] = Math.min(m - 1, band.hi[Math.min(n, s + 3)]! - 1);
    offset[s] = total;
    total += Math.max(0, to[s]! - from[s]! + 1);
  }
  offset[n] = total;
  const stats = p.work.f32('stats', total * CELL_FIELDS);
  const masks = p.work.u32('masks', total * MASK_FIELDS);
  for (let s = 0; s < n; s++) if (to[s]! >= from[s]!) stamper.row(p.src[s]!, p.tgt, from[s]!, to[s]!, stats, masks, offset[s]!);
  return { from, to, offset, stats, masks };
}

/**
 * Log-likelihood ratio of a bead: its sentences aligned against unrelated (length, then each sentence's units
 * against the other side's sentences). Null beads carry no evidence.
 */
function beadLLR(p: Problem, cells: Cells, i0: number, di: number, j0: number, dj: number): number {
  if (di === 0 || dj === 0) return 0;
  const { model } = p;
  let la = 0, lb = 0;
  for (let s = i0; s < i0 + di; s++) la += p.src[s]!.length;
  for (let t = j0; t < j0 + dj; t++) lb += p.tgt[t]!.length;
  let llr = lengthLLR(model, lengthDelta(model, la, lb));
  if (explaining) explaining.push(`length δ ${lengthDelta(model, la, lb).toFixed(2)} → ${llr.toFixed(2)}`);
  for (let s = i0; s < i0 + di; s++) {
    const x = sideScore(p.src[s]!, p.tgt, cells, s, j0, dj, true);
    if (explaining) explaining.push(`src ${s}: ${x.toFixed(2)} (miss ${p.src[s]!.missTotal.toFixed(2)}, ${p.src[s]!.unitClass.length} units)`);
    llr += x;
  }
  for (let t = j0; t < j0 + dj; t++) {
    const x = sideScore(p.tgt[t]!, p.src, cells, t, i0, di, false);
    if (explaining) explaining.push(`tgt ${t}: ${x.toFixed(2)} (miss ${p.tgt[t]!.missTotal.toFixed(2)}, ${p.tgt[t]!.unitClass.length} units)`);
    llr += x;
  }
  return llr;
}

/**
 * Score of one sentence's units in a bead whose other side is `count` sentences of `others` from `first`: the
 * units matched by any of them (once each) with their gains, plus the misses. In a merged bead a unit could have
 * been matched by chance in any of the sentences: a match found in sentence o loses log(all concepts / o's concepts)
 * (IBM Model 1's mixture over the sentences of the group).
 */
function sideScore(sent: SentenceEvidence, others: SentenceEvidence[], cells: Cells, self: number, first: number, count: number, isSrc: boolean): number {
  const field = isSrc ? 0 : 2;
  if (count === 1) {
    const at = isSrc ? cellAt(cells, self, first) : cellAt(cells, first, self);
    return sent.missTotal + (at >= 0 ? cells.stats[at + field + 1]! : 0);
  }
  let total = 0;
  for (let o = first; o < first + count; o++) total += others[o]!.concepts.length + 1;
  let lo = 0, hi = 0, gain = 0;
  for (let o = first; o < first + count; o++) {
    const at = isSrc ? cellAt(cells, self, o) : cellAt(cells, o, self);
    if (at < 0) continue;
    const matched = cells.stats[at + field]!;
    if (matched === 0) continue;
    const penalty = Math.log(total / (others[o]!.concepts.length + 1));
    const mt = (at / CELL_FIELDS) * MASK_FIELDS;
    const mlo = cells.masks[mt + field]!, mhi = cells.masks[mt + field + 1]!;
    // units already matched by an earlier sentence of the group count once (units beyond 64 are not tracked)
    const dupLo = (mlo & lo) >>> 0, dupHi = (mhi & hi) >>> 0;
    const dup = dupLo || dupHi ? popcount(dupLo) + popcount(dupHi) : 0;
    gain += cells.stats[at + field + 1]! - penalty * (matched - dup);
    if (dup) gain -= maskGain(sent, dupLo, 0) + maskGain(sent, dupHi, 32);
    lo |= mlo;
    hi |= mhi;
  }
  return sent.missTotal + gain;
}

function cellAt(cells: Cells, s: number, t: number): number {
  if (t < cells.from[s]! || t > cells.to[s]!) return -1;
  return (cells.offset[s]! + t - cells.from[s]!) * CELL_FIELDS;
}

function logAdd(a: number, b: number): number {
  // beyond 40 nats the smaller term changes nothing a double can hold
  const d = a - b;
  if (d > 40 || b === -Infinity) return a;
  if (d < -40 || a === -Infinity) return b;
  return d > 0 ? a + Math.log1p(Math.exp(-d)) : b + Math.log1p(Math.exp(d));
}

interface Search {
  beads: Bead[];
  /** Bead scores by state and shape, reusable for another search over the same band and cells. */
  scores: Float32Array;
  /** The path touched the band edge somewhere other than the document's corners. */
  touchesEdge: boolean;
}

const LOG_PRIOR = BEAD_SHAPES.map(([, , prior]) => Math.log(prior));
const SHAPE_DI = Int8Array.from(BEAD_SHAPES.map(([di]) => di));
const SHAPE_DJ = Int8Array.from(BEAD_SHAPES.map(([, dj]) => dj));

/** Viterbi path and forward–backward posteriors over the band. */
function search(p: Problem, band: Band, cells: Cells, posteriors: boolean, known?: Float32Array): Search {
  const n = p.src.length, m = p.tgt.length;
  const S = BEAD_SHAPES.length;
  const rowOff = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++) rowOff[i + 1] = rowOff[i]! + (band.hi[i]! - band.lo[i]! + 1);
  const states = rowOff[n + 1]!;
  const viterbi = p.work.f64('viterbi', states).fill(-Infinity);
  const back = p.work.i8('back', states).fill(-1);
  const forward = posteriors ? p.work.f64('forward', states).fill(-Infinity) : null;
  const scores = known ?? p.work.f32('scores', states * S).fill(NaN);
  const index = (i: number, j: number) => (j < band.lo[i]! || j > band.hi[i]! ? -1 : rowOff[i]! + j - band.lo[i]!);
  viterbi[0] = 0;
  if (forward) forward[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = band.lo[i]!; j <= band.hi[i]!; j++) {
      const here = rowOff[i]! + j - band.lo[i]!;
      if (here === 0) continue;
      let best = -Infinity, bestShape = -1, total = -Infinity;
      for (let k = 0; k < S; k++) {
        const di = SHAPE_DI[k]!, dj = SHAPE_DJ[k]!;
        const i0 = i - di, j0 = j - dj;
        if (i0 < 0 || j0 < 0) continue;
        const prev = index(i0, j0);
        if (prev < 0 || viterbi[prev] === -Infinity) continue;
        let score = scores[here * S + k]!;
        if (Number.isNaN(score)) scores[here * S + k] = score = p.logPrior[k]! + beadLLR(p, cells, i0, di, j0, dj);
        const v = viterbi[prev]! + score;
        if (v > best) { best = v; bestShape = k; }
        if (forward) total = logAdd(total, forward[prev]! + POSTERIOR_TEMPERATURE * score);
      }
      viterbi[here] = best;
      back[here] = bestShape;
      if (forward) forward[here] = total;
    }
  }
  let backward: Float64Array | null = null;
  if (forward) {
    backward = p.work.f64('backward', states).fill(-Infinity);
    backward[states - 1] = 0;
    for (let i = n; i >= 0; i--) {
      for (let j = band.hi[i]!; j >= band.lo[i]!; j--) {
        const here = rowOff[i]! + j - band.lo[i]!;
        if (here === states - 1) continue;
        let total = -Infinity;
        for (let k = 0; k < S; k++) {
          const di = SHAPE_DI[k]!, dj = SHAPE_DJ[k]!;
          if (i + di > n || j + dj > m) continue;
          const next = index(i + di, j + dj);
          if (next < 0 || backward[next] === -Infinity) continue;
          const score = scores[next * S + k]!;
          if (Number.isNaN(score)) continue;
          total = logAdd(total, backward[next]! + POSTERIOR_TEMPERATURE * score);
        }
        backward[here] = total;
      }
    }
  }
  const beads: Bead[] = [];
  let touchesEdge = false;
  let i = n, j = m;
  const Z = forward ? forward[states - 1]! : 0;
  while (i > 0 || j > 0) {
    const here = index(i, j);
    const k = back[here]!;
    if (k < 0) throw new Error(`alignment search found no path at (${i}, ${j})`);
    const [di, dj] = BEAD_SHAPES[k]!;
    const i0 = i - di, j0 = j - dj;
    const prev = index(i0, j0);
    let score = 1;
    if (forward && backward) score = Math.exp(forward[prev]! + POSTERIOR_TEMPERATURE * scores[here * S + k]! + backward[here]! - Z);
    // without posteriors: the evidence of the bead against unrelated sentences, as odds at the same temperature
    else if (di && dj) score = 1 / (1 + Math.exp(-POSTERIOR_TEMPERATURE * (scores[here * S + k]! - p.logPrior[k]!)));
    beads.push({ src: range(i0, di), tgt: range(j0, dj), score: clamp01(score) });
    if ((j === band.lo[i] && band.lo[i]! > 0) || (j === band.hi[i] && band.hi[i]! < m)) touchesEdge = true;
    i = i0;
    j = j0;
  }
  beads.reverse();
  return { beads, touchesEdge, scores };
}

const range = (start: number, count: number): number[] => Array.from({ length: count }, (_, k) => start + k);
const clamp01 = (x: number): number => (Number.isFinite(x) ? Math.min(1, Math.max(0, Number(x.toFixed(4)))) : 0);

/** A band of the given half-width around a path given as one target position per source row. */
function bandAround(center: Float64Array, m: number, halfWidth: number): Band {
  const n = center.length - 1;
  const lo = new Int32Array(n + 1), hi = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    lo[i] = Math.max(0, Math.floor(center[i]! - halfWidth));
    hi[i] = Math.min(m, Math.ceil(center[i]! + halfWidth));
  }
  // monotone, and the corners included
  lo[0] = 0;
  hi[n] = m;
  for (let i = 1; i <= n; i++) lo[i] = Math.max(lo[i]!, lo[i - 1]!);
  for (let i = n - 1; i >= 0; i--) hi[i] = Math.min(hi[i]!, hi[i + 1]!);
  for (let i = 0; i <= n; i++) if (hi[i]! < lo[i]!) hi[i] = lo[i]!;
  // rows must overlap, or a jump of the centre (a long run of one-sided beads) would leave no path
  for (let i = 0; i < n; i++) if (lo[i + 1]! > hi[i]!) hi[i] = lo[i + 1]!;
  return { lo, hi };
}

/** The first-pass path: where each source position falls in the target by cumulative length. */
function lengthDiagonal(p: Problem): Float64Array {
  const n = p.src.length, m = p.tgt.length;
  const cumT = new Float64Array(m + 1);
  for (let t = 0; t < m; t++) cumT[t + 1] = cumT[t]! + p.tgt[t]!.length + 1;
  const totalS = p.src.reduce((a, s) => a + s.length + 1, 0);
  const center = new Float64Array(n + 1);
  let acc = 0, t = 0;
  for (let i = 0; i <= n; i++) {
    const target = (acc / Math.max(1, totalS)) * cumT[m]!;
    while (t < m && cumT[t + 1]! <= target) t++;
    const within = t < m ? (target - cumT[t]!) / Math.max(1, cumT[t + 1]! - cumT[t]!) : 0;
    center[i] = t + within;
    if (i < n) acc += p.src[i]!.length + 1;
  }
  return center;
}

/** A path as one target position per source row (rows inside a merged bead spread over its target span). */
function pathCenter(beads: Bead[], n: number): Float64Array {
  const center = new Float64Array(n + 1);
  let i = 0, j = 0;
  center[0] = 0;
  for (const b of beads) {
    const di = b.src.length, dj = b.tgt.length;
    for (let k = 1; k <= di; k++) center[i + k] = j + (dj * k) / di;
    i += di;
    j += dj;
  }
  return center;
}

/**
 * Full search for small documents; for large ones a band re-centred on its own (Viterbi) path until the path
 * stays inside, then the posteriors on that band.
 */
function bandedSearch(p: Problem, stamper: Stamper, posteriors: boolean, start?: Bead[]): Search {
  const n = p.src.length, m = p.tgt.length;
  if ((n + 1) * (m + 1) <= FULL_SEARCH_CELLS) {
    const band = { lo: new Int32Array(n + 1).fill(0), hi: new Int32Array(n + 1).fill(m) };
    return search(p, band, computeCells(p, band, stamper), posteriors);
  }
  const center = start ? pathCenter(start, n) : coarsePath(p, stamper);
  return searchAround(p, stamper, center, start ? REFINED_HALF_WIDTH : BAND_HALF_WIDTH, posteriors);
}

/** A band around `center`, re-centred on the Viterbi path until the path stays inside (Vecalign's refinement). */
function searchAround(p: Problem, stamper: Stamper, center: Float64Array, halfWidth: number, posteriors: boolean): Search {
  const n = p.src.length, m = p.tgt.length;
  for (let round = 0; ; round++) {
    const band = bandAround(center, m, halfWidth);
    const cells = computeCells(p, band, stamper);
    const path = search(p, band, cells, false);
    if (!path.touchesEdge || round === MAX_ROUNDS) return posteriors ? search(p, band, cells, true, path.scores) : path;
    center = pathCenter(path.beads, n);
  }
}

/**
 * The first path for a long document: blocks of about BLOCK_SIZE consecutive sentences aligned as if they were
 * sentences (their evidence merged), in a band around the length diagonal, then read back as a path of sentences.
 * Cumulative length alone drifts by hundreds of sentences over thousands; blocks keep their content.
 */
function coarsePath(p: Problem, stamper: Stamper): Float64Array {
  const n = p.src.length, m = p.tgt.length;
  const blocks = Math.max(2, Math.round(n / BLOCK_SIZE));
  const srcBounds = Array.from({ length: blocks + 1 }, (_, k) => Math.round((k * n) / blocks));
  const tgtBounds = Array.from({ length: blocks + 1 }, (_, k) => Math.round((k * m) / blocks));
  const merge = (side: SentenceEvidence[], bounds: number[]) => bounds.slice(1).map((end, k) => mergeEvidence(side.slice(bounds[k], end)));
  const coarse: Problem = { ...p, src: merge(p.src, srcBounds), tgt: merge(p.tgt, tgtBounds) };
  const meanOf = (side: SentenceEvidence[]) => side.reduce((a, x) => a + x.concepts.length, 0) / Math.max(1, side.length);
  coarse.srcMeanConcepts = meanOf(coarse.src);
  coarse.tgtMeanConcepts = meanOf(coarse.tgt);
  const path = searchAround(coarse, stamper, lengthDiagonal(coarse), COARSE_HALF_WIDTH, false);
  // block beads → sentence path: within a bead, source rows map linearly onto its target span
  const center = new Float64Array(n + 1);
  for (const b of path.beads) {
    const s0 = b.src.length ? srcBounds[b.src[0]!]! : -1, s1 = b.src.length ? srcBounds[b.src[b.src.length - 1]! + 1]! : -1;
    const t0 = b.tgt.length ? tgtBounds[b.tgt[0]!]! : null, t1 = b.tgt.length ? tgtBounds[b.tgt[b.tgt.length - 1]! + 1]! : null;
    if (s0 < 0) continue;
    for (let i = s0; i <= s1; i++) {
      if (t0 === null || t1 === null) center[i] = i === s0 ? center[i]! : center[s0]!;
      else center[i] = t0 + ((t1 - t0) * (i - s0)) / Math.max(1, s1 - s0);
    }
  }
  center[n] = m;
  for (let i = 1; i <= n; i++) center[i] = Math.max(center[i]!, center[i - 1]!);
  return center;
}

/** One block's evidence: the units, concepts and length of its sentences together (no skeletons: too costly). */
function mergeEvidence(sents: SentenceEvidence[]): SentenceEvidence {
  const unitStart: number[] = [0], flat: number[] = [], classes: number[] = [], gains: number[] = [], chances: number[] = [];
  const concepts = new Set<number>();
  const classCount = new Uint16Array(NUM_CLASSES);
  let length = 0, missTotal = 0;
  for (const x of sents) {
    length += x.length;
    missTotal += x.missTotal;
    for (let k = 0; k < x.concepts.length; k++) concepts.add(x.concepts[k]!);
    for (let u = 0; u < x.unitClass.length; u++) {
      for (let q = x.unitStart[u]!; q < x.unitStart[u + 1]!; q++) flat.push(x.unitConcepts[q]!);
      unitStart.push(flat.length);
      classes.push(x.unitClass[u]!);
      gains.push(x.unitGain[u]!);
      chances.push(x.unitChance[u]!);
    }
    for (let c = 0; c < NUM_CLASSES; c++) classCount[c] = Math.min(65535, classCount[c]! + x.classCount[c]!);
  }
  return {
    length,
    latinLength: 0,
    unitConcepts: Int32Array.from(flat),
    unitStart: Int32Array.from(unitStart),
    unitClass: Uint8Array.from(classes),
    unitSkeletons: classes.map(() => NO_SKELETONS),
    unitSpecific: new Uint8Array(classes.length),
    classCount,
    concepts: Int32Array.from(concepts),
    skeleton: '',
    tokens: '',
    unitChance: Float32Array.from(chances),
    unitGain: Float32Array.from(gains),
    missTotal,
  };
}

/** Deterministic pseudo-random pairs away from the diagonal: how unrelated sentences look in this document. */
function randomPairs(n: number, m: number, count: number): Array<[number, number]> {
  let seed = 12345;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const out: Array<[number, number]> = [];
  for (let tries = 0; out.length < count && tries < count * 4; tries++) {
    const s = Math.floor(rand() * n), t = Math.floor(rand() * m);
    if (n > 4 && m > 4 && Math.abs(s / n - t / m) < 0.1) continue;
    out.push([s, t]);
  }
  return out;
}

/** Match rates of unrelated pairs per class (p0), the units' own chance rates, and the spread of length differences. */
function estimateChance(p: Problem, stamper: Stamper): void {
  const n = p.src.length, m = p.tgt.length;
  const { model } = p;
  const pairs = randomPairs(n, m, Math.min(3000, n * m));
  const units = new Float64Array(NUM_CLASSES), hits = new Float64Array(NUM_CLASSES);
  let d2 = 0;
  for (const [s, t] of pairs) {
    const a = p.src[s]!, b = p.tgt[t]!;
    stamper.pair(a, b);
    tally(a, stamper.flagsA, units, hits);
    tally(b, stamper.flagsB, units, hits);
    const d = lengthDelta(model, a.length, b.length);
    d2 += d * d;
  }
  // a weak prior keeps a class that never occurs from dividing by zero
  for (let c = 0; c < NUM_CLASSES; c++) model.p0[c] = (hits[c]! + 0.5) / (units[c]! + 10);
  model.randomSpread = Math.max(1.5, Math.sqrt(d2 / Math.max(1, pairs.length)));
  setUnitChances(p.src, p.tgt, p.table.size, model.p0);
  setUnitChances(p.tgt, p.src, p.table.size, model.p0);
  setUnitWeights(p.src, model.p1);
  setUnitWeights(p.tgt, model.p1);
}

function tally(x: SentenceEvidence, flags: Uint8Array, units: Float64Array, hits: Float64Array): void {
  for (let u = 0; u < x.unitClass.length; u++) {
    units[x.unitClass[u]!]!++;
    if (flags[u]) hits[x.unitClass[u]!]!++;
  }
}

/** Re-estimates the length ratio, its variance and the aligned match rates from confident beads. */
function estimateAligned(p: Problem, beads: Bead[], stamper: Stamper): void {
  const { model } = p;
  const ones = beads.filter((b) => b.score >= CONFIDENT && b.src.length === 1 && b.tgt.length === 1);
  if (ones.length >= 5) {
    let ls = 0, lt = 0;
    for (const b of ones) { ls += p.src[b.src[0]!]!.length; lt += p.tgt[b.tgt[0]!]!.length; }
    model.ratio = lt / Math.max(1, ls);
    let v = 0;
    for (const b of ones) {
      const x = model.ratio * p.src[b.src[0]!]!.length, y = p.tgt[b.tgt[0]!]!.length;
      v += ((y - x) * (y - x)) / ((x + y) / 2 + 1);
    }
    // shrink toward Gale and Church's value so a handful of beads cannot make the model brittle
    model.variance = (v + 6.8 * 5) / (ones.length + 5);
  }
  const units = new Float64Array(NUM_CLASSES), hits = new Float64Array(NUM_CLASSES);
  for (const b of ones) {
    const a = p.src[b.src[0]!]!, y = p.tgt[b.tgt[0]!]!;
    stamper.pair(a, y);
    tally(a, stamper.flagsA, units, hits);
    tally(y, stamper.flagsB, units, hits);
  }
  EVIDENCE.forEach((name, c) => {
    model.p1[c] = (hits[c]! + PRIOR_WEIGHT * DEFAULT_P1[name]) / (units[c]! + PRIOR_WEIGHT);
  });
  setUnitWeights(p.src, model.p1);
  setUnitWeights(p.tgt, model.p1);
}

/**
 * In-document bootstrapping: foreign tokens and English stems that keep co-occurring in confident beads
 * (Dice ≥ 0.5 over at least two beads) become dictionary pairs for the second pass.
 */
function learnPairs(foreign: SentenceEvidence[], english: SentenceEvidence[], beads: Bead[], foreignIsSrc: boolean): Map<string, string[]> {
  const confident = beads.filter((b) => b.score >= CONFIDENT && b.src.length && b.tgt.length);
  const fIds = new Map<string, number>(), eIds = new Map<string, number>();
  const fBags: number[][] = [], eBags: number[][] = [];
  const bag = (sents: SentenceEvidence[], idx: number[], ids: Map<string, number>) => {
    const out = new Set<number>();
    for (const i of idx) for (const tok of sents[i]!.tokens.split(' ')) {
      if (!tok) continue;
      let id = ids.get(tok);
      if (id === undefined) ids.set(tok, (id = ids.size));
      out.add(id);
    }
    return [...out];
  };
  for (const b of confident) {
    fBags.push(bag(foreign, foreignIsSrc ? b.src : b.tgt, fIds));
    eBags.push(bag(english, foreignIsSrc ? b.tgt : b.src, eIds));
  }
  const fCountById = new Int32Array(fIds.size), eCountById = new Int32Array(eIds.size);
  for (const xs of fBags) for (const f of xs) fCountById[f]!++;
  for (const xs of eBags) for (const e of xs) eCountById[e]!++;
  // Only pairs that can reach the Dice threshold are counted (both seen twice, counts within a factor that Dice
  // allows: c ≤ min(cf, ce) and 2c ≥ LEARN_DICE·(cf + ce)); counting the rest would only cost memory.
  const joint = new Map<number, number>();
  const E = eIds.size;
  const span = (2 - LEARN_DICE) / LEARN_DICE;
  fBags.forEach((fs, k) => {
    const es = eBags[k]!.filter((e) => eCountById[e]! >= 2);
    for (const f of fs) {
      const cf = fCountById[f]!;
      if (cf < 2) continue;
      for (const e of es) {
        const ce = eCountById[e]!;
        if (ce > cf * span || cf > ce * span) continue;
        const key = f * E + e;
        joint.set(key, (joint.get(key) ?? 0) + 1);
      }
    }
  });
  const fNames = [...fIds.keys()], eNames = [...eIds.keys()];
  const fCount = new Map<string, number>(), eCount = new Map<string, number>();
  const pairs = new Map<string, number>();
  for (const [key, c] of joint) {
    if (c < 2) continue;
    const f = fNames[Math.floor(key / E)]!, e = eNames[key % E]!;
    fCount.set(f, fCountById[Math.floor(key / E)]!);
    eCount.set(e, eCountById[key % E]!);
    pairs.set(`${f}\t${e}`, c);
  }
  const joint2 = pairs;
  // mutual best pairs only: a frequent token that co-occurs with everything is nobody's best partner
  const bestE = new Map<string, { other: string; dice: number }>(), bestF = new Map<string, { other: string; dice: number }>();
  for (const [key, c] of joint2) {
    const tab = key.indexOf('\t');
    const f = key.slice(0, tab), e = key.slice(tab + 1);
    const dice = (2 * c) / (fCount.get(f)! + eCount.get(e)!);
    if (dice < LEARN_DICE) continue;
    const bf = bestE.get(f);
    if (!bf || dice > bf.dice) bestE.set(f, { other: e, dice });
    else if (dice === bf.dice) bf.other = '';
    const be = bestF.get(e);
    if (!be || dice > be.dice) bestF.set(e, { other: f, dice });
    else if (dice === be.dice) be.other = '';
  }
  const learned = new Map<string, string[]>();
  for (const [f, { other: e }] of bestE) if (e && bestF.get(e)?.other === f) learned.set(f, [e]);
  return learned;
}

function prepare(src: string[], tgt: string[], options: AlignOptions): Problem {
  const table = new ConceptTable();
  const glossary = options.glossary ?? [];
  const srcVocab = buildVocabulary(options.srcLang, options.tgtLang, glossary);
  const tgtVocab = buildVocabulary(options.tgtLang, options.srcLang, glossary);
  const srcEv = analyzeSide(src, options.srcLang, srcVocab, table);
  const tgtEv = analyzeSide(tgt, options.tgtLang, tgtVocab, table);
  reweighLatin(srcEv, tgtEv, options.srcLang, options.tgtLang);
  const model = newModel();
  const ls = srcEv.reduce((a, s) => a + s.length, 0), lt = tgtEv.reduce((a, s) => a + s.length, 0);
  model.ratio = ls > 0 && lt > 0 ? lt / ls : 1;
  const mean = (side: SentenceEvidence[]) => Math.max(1, side.reduce((a, x) => a + x.concepts.length, 0) / Math.max(1, side.length));
  return { src: srcEv, tgt: tgtEv, srcMeanConcepts: mean(srcEv), tgtMeanConcepts: mean(tgtEv), table, model, work: new Workspace(), logPrior: [...LOG_PRIOR] };
}

const LATIN_SCRIPT: ReadonlySet<LangCode> = new Set<LangCode>(['en', 'vi']);

/**
 * Names and numbers are copied letter for letter into a translation, while the rest of a Chinese (or Thai, Hindi)
 * sentence has its own characters-per-letter ratio. On the non-Latin side of a pair with a Latin-script side, a
 * Latin character is counted as 1/r native characters, r being the document's native-to-Latin ratio, so that one
 * length ratio fits sentences with and without names.
 */
function reweighLatin(src: SentenceEvidence[], tgt: SentenceEvidence[], srcLang: LangCode, tgtLang: LangCode): void {
  if (LATIN_SCRIPT.has(srcLang) === LATIN_SCRIPT.has(tgtLang)) return;
  const [native, latin] = LATIN_SCRIPT.has(srcLang) ? [tgt, src] : [src, tgt];
  const latinTotal = latin.reduce((a, x) => a + x.length, 0);
  const copied = native.reduce((a, x) => a + x.latinLength, 0);
  const own = native.reduce((a, x) => a + x.length - x.latinLength, 0);
  if (own <= 0 || latinTotal <= copied) return;
  const r = (latinTotal - copied) / own; // Latin characters per native character
  for (const x of native) x.length = x.length - x.latinLength + x.latinLength / r;
}

/** Aligns two documents sentence by sentence. Translation mode: beads cover every sentence once, in order. */
export function align(src: string[], tgt: string[], options: AlignOptions): Bead[] {
  if (options.mode === 'comparable') return alignComparable(src, tgt, options);
  if (src.length === 0 || tgt.length === 0) {
    return [...src.map((_, i) => ({ src: [i], tgt: [], score: 1 })), ...tgt.map((_, j) => ({ src: [], tgt: [j], score: 1 }))];
  }
  return alignTranslation(src, tgt, options).beads;
}

function alignTranslation(src: string[], tgt: string[], options: AlignOptions): { beads: Bead[]; p: Problem; stamper: Stamper } {
  // pass 1: chance rates from random pairs, aligned rates by default
  const p = prepare(src, tgt, options);
  let stamper = new Stamper(p.table.size);
  estimateChance(p, stamper);
  // the first pass needs a path and which beads are sure; posteriors say that best, but on a long document the
  // evidence of each bead (and the many beads there are) is enough and saves a forward–backward pass
  const first = { beads: bandedSearch(p, stamper, (src.length + 1) * (tgt.length + 1) <= FULL_SEARCH_CELLS).beads };
  estimateAligned(p, first.beads, stamper);
  // pass 2: with the pairs learned from pass 1's confident beads and the re-estimated model
  const oneEnglish = (options.srcLang === 'en') !== (options.tgtLang === 'en');
  if (oneEnglish) {
    const foreignIsSrc = options.tgtLang === 'en';
    const learnedForeign = learnPairs(foreignIsSrc ? p.src : p.tgt, foreignIsSrc ? p.tgt : p.src, first.beads, foreignIsSrc);
    if (learnedForeign.size) {
      const learnedEnglish = new Map<string, string[]>();
      for (const keys of learnedForeign.values()) for (const k of keys) learnedEnglish.set(k, [k]);
      addLearnedUnits(foreignIsSrc ? p.src : p.tgt, learnedForeign, p.table);
      addLearnedUnits(foreignIsSrc ? p.tgt : p.src, learnedEnglish, p.table);
      // the tokens were kept for learning only
      for (const x of p.src) x.tokens = '';
      for (const x of p.tgt) x.tokens = '';
      stamper = new Stamper(p.table.size);
      estimateChance(p, stamper);
      estimateAligned(p, first.beads, stamper);
    }
  }
  return { beads: bandedSearch(p, stamper, true, first.beads).beads, p, stamper };
}

/**
 * Facts that two sentences both state, each as `value: "source text" = "target text"`, e.g.
 * `1500000000 ton: "1,5 tỷ tấn" = "15 One hundred million tons"`.
 */
export function sharedFacts(srcSentence: string, tgtSentence: string, srcLang: LangCode, tgtLang: LangCode): string[] {
  const tgtFacts = extractFacts(tgtSentence, tgtLang).map((f) => ({ f, keys: new Set(factKeys([f])) }));
  const out: string[] = [];
  const seen = new Set<string>();
  for (const f of extractFacts(srcSentence, srcLang)) {
    const keys = factKeys([f]);
    const match = tgtFacts.find((t) => keys.some((k) => t.keys.has(k)));
    if (!match) continue;
    const value = keys.find((k) => match.keys.has(k))!;
    const unit = f.unit ?? match.f.unit;
    const line = `${value}${unit ? ` ${unit}` : ''}: "${f.text}" = "${match.f.text}"`;
    if (!seen.has(line)) { seen.add(line); out.push(line); }
  }
  return out;
}

/** Share of a comparable article's sentences expected to have a counterpart in the other article. */
const COMPARABLE_PAIRED_SHARE = 0.3;
/** Most sentences of one side in one comparable bead. */
const COMPARABLE_MAX_GROUP = 3;

/**
 * Comparable mode: two articles on the same news, not translations. A sentence is linked to the counterpart in
 * the other article (in any order) with which it shares a specific fact (a year, an amount, a percentage) and the
 * most evidence; sentences joined by links form one bead (usually one to one; up to three sentences a side when
 * one long sentence states what the other article says in several). Each bead lists its shared facts. The bead
 * list: linked and source-only beads in order of their first source sentence, then target-only beads in target
 * order. Every sentence appears exactly once; target indices are not in order.
 */
function alignComparable(src: string[], tgt: string[], options: AlignOptions): Bead[] {
  const p = prepare(src, tgt, options);
  const stamper = new Stamper(p.table.size);
  const n = src.length, m = tgt.length;
  if (n && m) estimateChance(p, stamper);
  const links: Array<{ s: number; t: number; llr: number; facts: number[] }> = [];
  // only pairs that share a concept of a specific fact are candidates: an index of the target's facts finds them
  const byFact = new Map<number, number[]>();
  p.tgt.forEach((b, t) => {
    for (let u = 0; u < b.unitClass.length; u++) {
      if (!b.unitSpecific[u]) continue;
      const c = b.unitConcepts[b.unitStart[u]!]!;
      const list = byFact.get(c);
      if (!list) byFact.set(c, [t]);
      else if (list[list.length - 1] !== t) list.push(t);
    }
  });
  for (let s = 0; s < n; s++) {
    const a = p.src[s]!;
    const candidates = new Set<number>();
    for (let u = 0; u < a.unitClass.length; u++) {
      if (a.unitSpecific[u]) for (const t of byFact.get(a.unitConcepts[a.unitStart[u]!]!) ?? []) candidates.add(t);
    }
    for (const t of [...candidates].sort((x, y) => x - y)) {
      const b = p.tgt[t]!;
      stamper.pair(a, b);
      const facts: number[] = [];
      for (let u = 0; u < a.unitClass.length; u++) if (stamper.flagsA[u] && a.unitSpecific[u]) facts.push(a.unitConcepts[a.unitStart[u]!]!);
      if (!facts.length) continue;
      // comparable sentences restate part of each other: rank by the evidence found, not by what is missing
      links.push({ s, t, llr: gainOf(a, stamper.flagsA) + gainOf(b, stamper.flagsB), facts });
    }
  }
  links.sort((x, y) => y.llr - x.llr);
  const priorLogOdds = Math.log(COMPARABLE_PAIRED_SHARE / Math.max(1, Math.min(n, m)));
  // Greedy, strongest first: a link pairs two free sentences, or adds a sentence to a group when it brings a
  // shared fact the group does not state yet (one long sentence covering two of the other article's).
  interface Group { src: number[]; tgt: number[]; facts: Set<number>; score: number }
  const groupOf = new Array<Group | null>(n + m).fill(null);
  const groups: Group[] = [];
  for (const { s, t, llr, facts } of links) {
    const q = 1 / (1 + Math.exp(-(llr + priorLogOdds)));
    if (q < 0.5) break;
    const gs = groupOf[s], gt = groupOf[n + t];
    if (!gs && !gt) {
      const g: Group = { src: [s], tgt: [t], facts: new Set(facts), score: q };
      groups.push(g);
      groupOf[s] = groupOf[n + t] = g;
    } else if (gs && !gt) {
      if (gs.tgt.length >= COMPARABLE_MAX_GROUP || facts.every((f) => gs.facts.has(f))) continue;
      gs.tgt.push(t);
      groupOf[n + t] = gs;
      for (const f of facts) gs.facts.add(f);
      gs.score = Math.min(gs.score, q);
    } else if (gt && !gs) {
      if (gt.src.length >= COMPARABLE_MAX_GROUP || facts.every((f) => gt.facts.has(f))) continue;
      gt.src.push(s);
      groupOf[s] = gt;
      for (const f of facts) gt.facts.add(f);
      gt.score = Math.min(gt.score, q);
    }
  }
  const beads: Bead[] = [];
  for (const g of groups) {
    g.src.sort((x, y) => x - y);
    g.tgt.sort((x, y) => x - y);
    const srcText = g.src.map((i) => src[i]!).join(' '), tgtText = g.tgt.map((j) => tgt[j]!).join(' ');
    beads.push({ src: g.src, tgt: g.tgt, score: clamp01(g.score), shared: sharedFacts(srcText, tgtText, options.srcLang, options.tgtLang) });
  }
  for (let s = 0; s < n; s++) if (!groupOf[s]) beads.push({ src: [s], tgt: [], score: 1 });
  for (let t = 0; t < m; t++) if (!groupOf[n + t]) beads.push({ src: [], tgt: [t], score: 1 });
  const first = (b: Bead) => (b.src.length ? b.src[0]! : n + b.tgt[0]!);
  return beads.sort((x, y) => first(x) - first(y));
}

let explaining: string[] | null = null;

/**
 * For reviewing the model: log score (prior + log-likelihood ratio) of the given beads under the final model, with
 * the terms it is made of.
 */
export function explainBeads(src: string[], tgt: string[], options: AlignOptions, beads: Array<{ src: number[]; tgt: number[] }>): Array<{ score: number; terms: string[] }> {
  const { p, stamper } = alignTranslation(src, tgt, options);
  const n = src.length, m = tgt.length;
  const band = { lo: new Int32Array(n + 1).fill(0), hi: new Int32Array(n + 1).fill(m) };
  const cells = computeCells(p, band, stamper);
  return beads.map((b) => {
    const k = BEAD_SHAPES.findIndex(([di, dj]) => di === b.src.length && dj === b.tgt.length);
    const { ratio, variance, randomSpread, p1, p0 } = p.model;
    explaining = [`model ratio ${ratio.toFixed(3)} variance ${variance.toFixed(2)} spread ${randomSpread.toFixed(2)} p1 ${[...p1].map((x) => x.toFixed(2))} p0 ${[...p0].map((x) => x.toFixed(3))}`, `prior ${p.logPrior[k]!.toFixed(2)}`];
    const score = p.logPrior[k]! + beadLLR(p, cells, b.src[0] ?? 0, b.src.length, b.tgt[0] ?? 0, b.tgt.length);
    const terms = explaining;
    explaining = null;
    return { score, terms };
  });
}
