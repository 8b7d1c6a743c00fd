// Thai writes no sentence punctuation: sentences (and clauses) are separated by spaces, and so are names,
// numbers and list items. Each space gets a score from the words on either side (the language pack's cues);
// a dynamic programme then picks the splits that maximise the scores while penalising short fragments.
// Every look-around is bounded (a window of characters, a band of candidates), so the cost stays linear.
import type { SentenceRules } from '../lang/pack.js';

/** Splits shorter than this are never made: names, numbers and short phrases stay attached. */
const MIN_SENTENCE = 30;
/** Fragments shorter than this are penalised in proportion to how short they are. */
const SOFT_SENTENCE = 90;
const SHORT_PENALTY = 2;
const BIAS = 0.5;
const WIDE_SPACE = 2;
const CONTINUES_AFTER = 2;
const CONTINUES_BEFORE = 5;
const OPENS = 2;
const CLOSES = 0.5;
const NUMBER_NEXT_TO = 1;
/** A Latin name right before a space is more often the subject of what follows than the end of a sentence. */
const LATIN_BEFORE = 1;
/** How many earlier candidates a fragment may span in the search (keeps it linear on huge lines). */
const BAND = 80;
const WINDOW = 32;
const NEVER = -1e9;

const wordSegmenter = new Intl.Segmenter('th', { granularity: 'word' });
const isLatinOrDigit = (ch: string | undefined): boolean => ch !== undefined && /[\p{Script=Latin}\p{Nd}]/u.test(ch);
const isDigit = (ch: string | undefined): boolean => ch !== undefined && /\p{Nd}/u.test(ch);
const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/u.test(ch);

interface Cues {
  continuesAfter: Set<string>;
  continuesBefore: Set<string>;
  opensSentence: Set<string>;
  closesSentence: Set<string>;
  /** Every cue word after / before a space, and the longest, to skip word segmentation where none can match. */
  after: Set<string>;
  before: Set<string>;
  longest: number;
}
const cueCache = new WeakMap<SentenceRules, Cues>();
function cuesOf(rules: SentenceRules): Cues {
  let c = cueCache.get(rules);
  if (!c) {
    const s = rules.spaceCues;
    const after = new Set([...(s?.continuesAfter ?? []), ...(s?.opensSentence ?? [])]);
    const before = new Set([...(s?.continuesBefore ?? []), ...(s?.closesSentence ?? [])]);
    c = {
      continuesAfter: new Set(s?.continuesAfter),
      continuesBefore: new Set(s?.continuesBefore),
      opensSentence: new Set(s?.opensSentence),
      closesSentence: new Set(s?.closesSentence),
      after,
      before,
      longest: Math.max(1, ...[...after, ...before].map((w) => w.length)),
    };
    cueCache.set(rules, c);
  }
  return c;
}

/** Word boundaries (offsets from `from`) in a short window of text. */
function boundaries(text: string, from: number, to: number): Set<number> {
  const out = new Set<number>();
  for (const s of wordSegmenter.segment(text.slice(from, to))) out.add(s.index + s.segment.length);
  return out;
}

/** The longest cue word that opens the text at `at` and ends on a word boundary. */
function cueAfter(text: string, at: number, end: number, cues: Cues): string {
  const limit = Math.min(end, at + WINDOW);
  const edges = boundaries(text, at, limit);
  for (let n = Math.min(cues.longest, limit - at); n >= 1; n--) {
    const w = text.slice(at, at + n);
    if (cues.after.has(w) && (edges.has(n) || at + n === limit)) return w;
  }
  return '';
}

/** The longest cue word that closes the text at `at` and begins on a word boundary. */
function cueBefore(text: string, start: number, at: number, cues: Cues): string {
  const from = Math.max(start, at - WINDOW);
  const edges = boundaries(text, from, at);
  edges.add(0);
  for (let n = Math.min(cues.longest, at - from); n >= 1; n--) {
    const w = text.slice(at - n, at);
    if (cues.before.has(w) && edges.has(at - n - from)) return w;
  }
  return '';
}

// Word segmentation is the costly part: run it only where a cue word could be the word at the space.
function startsWithCue(text: string, at: number, end: number, cues: Cues): boolean {
  for (let n = 1; n <= cues.longest && at + n <= end; n++) if (cues.after.has(text.slice(at, at + n))) return true;
  return false;
}

function endsWithCue(text: string, start: number, at: number, cues: Cues): boolean {
  for (let n = 1; n <= cues.longest && at - n >= start; n++) if (cues.before.has(text.slice(at - n, at))) return true;
  return false;
}

interface Candidate {
  /** End of the text before the space, start of the text after it. */
  before: number;
  after: number;
  score: number;
}

function scoreSpace(text: string, start: number, end: number, before: number, after: number, cues: Cues): number {
  const left = text[before - 1];
  const right = text[after];
  // Never inside a number or a Latin name ("Net Zero Action", "5 000"), never before the repetition mark ๆ.
  if (isLatinOrDigit(left) && isLatinOrDigit(right)) return NEVER;
  if (right === 'ๆ') return NEVER;
  const next = startsWithCue(text, after, end, cues) ? cueAfter(text, after, end, cues) : '';
  const prev = endsWithCue(text, start, before, cues) ? cueBefore(text, start, before, cues) : '';
  let score = BIAS;
  if (after - before >= 2) score += WIDE_SPACE;
  if (cues.continuesAfter.has(next)) score -= CONTINUES_AFTER;
  if (cues.continuesBefore.has(prev)) score -= CONTINUES_BEFORE;
  if (cues.opensSentence.has(next)) score += OPENS;
  if (cues.closesSentence.has(prev)) score += CLOSES;
  if (isDigit(left) || isDigit(right)) score -= NUMBER_NEXT_TO;
  else if (isLatinOrDigit(left)) score -= LATIN_BEFORE;
  return score;
}

const lengthScore = (length: number): number =>
  length < MIN_SENTENCE ? NEVER : -SHORT_PENALTY * Math.max(0, SOFT_SENTENCE - length) / SOFT_SENTENCE;

/** Splits text[start..end) (one sentence as punctuation sees it) at clause-separating spaces. */
export function splitAtClauseSpaces(text: string, start: number, end: number, rules: SentenceRules): Array<[number, number]> {
  if (end - start < 2 * MIN_SENTENCE) return [[start, end]];
  const cues = cuesOf(rules);
  const candidates: Candidate[] = [];
  for (let i = start + 1; i < end; i++) {
    if (!isSpace(text[i]) || isSpace(text[i - 1])) continue;
    let j = i;
    while (j < end && isSpace(text[j])) j++;
    if (i - start < MIN_SENTENCE || end - j < MIN_SENTENCE) {
      i = j;
      continue;
    }
    const score = scoreSpace(text, start, end, i, j, cues);
    if (score > NEVER) candidates.push({ before: i, after: j, score });
    i = j;
  }
  if (candidates.length === 0) return [[start, end]];

  // best[k]: best total for a prefix that ends with a split at candidate k-1 (best[0]: nothing split yet).
  const n = candidates.length;
  const fragmentStart = (k: number): number => (k === 0 ? start : candidates[k - 1]!.after);
  const best = new Float64Array(n + 1).fill(-Infinity);
  const back = new Int32Array(n + 1).fill(-1);
  best[0] = 0;
  for (let j = 1; j <= n; j++) {
    const c = candidates[j - 1]!;
    for (let k = j - 1; k >= 0 && k >= j - BAND; k--) {
      if (best[k] === -Infinity) continue;
      const value = best[k]! + lengthScore(c.before - fragmentStart(k)) + c.score;
      if (value > best[j]!) {
        best[j] = value;
        back[j] = k;
      }
    }
  }
  let last = 0;
  let total = lengthScore(end - start);
  for (let k = Math.max(1, n + 1 - BAND); k <= n; k++) {
    if (best[k] === -Infinity) continue;
    const value = best[k]! + lengthScore(end - fragmentStart(k));
    if (value > total) {
      total = value;
      last = k;
    }
  }
  const splits: number[] = [];
  for (let k = last; k > 0; k = back[k]!) splits.push(k - 1);
  splits.reverse();
  const out: Array<[number, number]> = [];
  let from = start;
  for (const k of splits) {
    out.push([from, candidates[k]!.before]);
    from = candidates[k]!.after;
  }
  out.push([from, end]);
  return out;
}
