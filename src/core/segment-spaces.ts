// Thai writes no sentence punctuation: sentences, clauses, names, numbers and list items are all separated by
// spaces. Each space gets a score, a sum of interpretable cues read from the language pack's word classes (what
// ends the text before it, what begins the text after it, whether it sits inside a quotation, a name or a short
// phrase); a dynamic programme then picks the splits that maximise the scores under a sentence-length prior.
// Every look-around is bounded (a window of characters, a band of candidates), so the cost stays linear.
import type { SentenceRules } from '../lang/pack.js';
import { wordSegmenter } from './word-segmenter.js';

/** How strongly each cue says "this space ends a sentence" (log-odds-like), and the sentence-length prior. A
 *  language pack may override any of them (`spaceCues.weights`): they are estimated per language. */
export const DEFAULT_SPACE_WEIGHTS = {
  /** Prior for a bare space: in Thai prose roughly one space in three or four ends a sentence, so lean against. */
  bias: -0.5,
  /** A double or wide space is how careful Thai typists mark a sentence end (เว้นวรรคใหญ่). */
  wideSpace: 2,
  /** The right chunk opens with a word that cannot begin a sentence (และ, ซึ่ง, ที่, ของ, ได้): the clause goes on. */
  continuesAfter: 3,
  /** The right chunk opens with a subordinator that usually follows its main clause (เนื่องจาก, ขณะที่, แต่). */
  leansAfter: 1,
  /** The left chunk ends with a preposition, complementiser, title or connective: a phrase is left open. */
  continuesBefore: 3,
  /** The right chunk opens with a discourse connective (นอกจากนี้, อย่างไรก็ตาม, ดังนั้น): a new sentence. */
  connective: 2.5,
  /** The right chunk opens with a subject or a scene-setting frame (เขา, พวกเขา, ผู้…, มีการ, ในปี): often new. */
  opens: 1.5,
  /** The left chunk ends with a final particle or completive verb (แล้ว, ด้วย, กัน, เลย, ครับ): often complete. */
  closes: 1,
  /** A closing quotation mark or bracket before the space ends a quoted utterance (not a short quoted term). */
  closingMark: 1,
  /** Inside an open quotation or bracket the enclosing sentence is not finished (…กล่าวว่า "… …"). */
  insideQuote: 1.5,
  /** A short chunk followed by และ/หรือ is an item of a list (ผู้พิพากษา นักกฎหมาย และ…): the list goes on. */
  listItem: 1.5,
  /** The space follows "title + one name word" (นาย Reid, เซอร์ริชาร์ด แบรนสัน): the name's parts stay together. */
  namePart: 2.5,
  /** A chunk of a few letters is a name part, list item or unit, not a clause: no sentence ends next to it. */
  shortChunk: 1,
  /** A long chunk on both sides: a clause (subject and verb) stands on either side, as a sentence boundary needs. */
  clausesBothSides: 1,
  /** A short chunk opened by a frame word (ในเดือนเมษายนปีนี้ …) is a fronted adverbial, one opened by an auxiliary
   *  (กำลังส่งเสริม …) a barely begun predicate: neither is a complete clause, so the sentence goes on after it. */
  frameBefore: 1.5,
  /** A number+unit closing the left chunk is a typical sentence end in news prose (… 5 คน, … 90 องศา). */
  measureEnd: 0.5,
  /** A bare number (not a year) before the space still waits for its classifier or unit (ทำได้ 60 ประตู). */
  bareNumber: 1.5,
  /** A number right after the space is more often an amount in the clause than the start of a sentence. */
  numberAfter: 1,
  /** An amount right after an amount is its conversion or apposition (50 พันล้านหยวน 7.9 พันล้านดอลลาร์). */
  amountApposition: 1.5,
  /** A short chunk (a name or noun) whose next chunk opens with a predicate word is a subject: Tencent กำลัง…,
   *  บริษัท ได้…, สหรัฐฯ แถลง… — the space before it opens a clause, as a Latin name followed by a Thai verb does. */
  subjectThenPredicate: 1.5,
  /** A Latin name right before a space is more often the subject of what follows than the end of a sentence. */
  latinBefore: 0.5,

  // The length prior.
  /** Splits shorter than this are never made: names, numbers and short phrases stay attached. */
  minSentence: 30,
  /** Fragments shorter than this are penalised in proportion to how short they are. */
  softSentence: 90,
  shortPenalty: 2,
  /** Sentences longer than this grow rarer: each further longScale characters cost one point. */
  longSentence: 200,
  longScale: 100,
};
export type SpaceWeights = typeof DEFAULT_SPACE_WEIGHTS;

/** A chunk (text between two spaces) shorter than this counts as short. */
const SHORT_CHUNK_CHARS = 9;
/** A chunk at least this long holds a clause of its own. */
const CLAUSE_CHUNK_CHARS = 25;
/** A frame chunk longer than this holds a clause of its own. */
const FRAME_CHUNK_CHARS = 30;
/** A title this far back still governs the name word before the space. */
const NAME_REACH = 14;
/** How far back an opening quote still counts as open (a stray quote must not silence a whole paragraph). */
const QUOTE_REACH = 300;
/** A quotation or bracket shorter than this is a term or an aside, not an utterance. */
const UTTERANCE_CHARS = 30;
/** A subject chunk (a name or noun phrase before its predicate) is at most this long. */
const SUBJECT_CHARS = 20;
/** A list item is at most this long. */
const LIST_ITEM_CHARS = 15;

/** How many earlier candidates a fragment may span in the search (keeps it linear on huge lines). */
const BAND = 80;
const WINDOW = 32;
const NEVER = -1e9;

const isLatinOrDigit = (ch: string | undefined): boolean => ch !== undefined && /[\p{Script=Latin}\p{Nd}]/u.test(ch);
const isLatin = (ch: string | undefined): boolean => ch !== undefined && /\p{Script=Latin}/u.test(ch);
const isDigit = (ch: string | undefined): boolean =>
  ch !== undefined && ((ch >= '0' && ch <= '9') || (ch >= '๐' && ch <= '๙') || (ch > '\u007f' && /\p{Nd}/u.test(ch)));
const isThai = (ch: string | undefined): boolean => ch !== undefined && ch >= '\u0e01' && ch <= '\u0e5b';
const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/u.test(ch);
const OPEN_QUOTES = new Set([...'“«(（[']);
const CLOSE_QUOTES = new Set([...'”»)）]']);
const LIST_CONJUNCTIONS = ['และ', 'หรือ'];
const CLOSING_MARKS = new Set([...'"”’»)]）']);

interface Cues {
  continuesAfter: Set<string>;
  leansAfter: Set<string>;
  continuesBefore: Set<string>;
  connectives: Set<string>;
  opensSentence: Set<string>;
  closesSentence: Set<string>;
  titles: string[];
  frames: string[];
  predicates: Set<string>;
  /** Every cue word after / before a space, by first / last character, longest first. */
  afterByFirst: Map<string, string[]>;
  beforeByLast: Map<string, string[]>;
  titlePattern: RegExp | null;
}

function indexBy(words: Set<string>, key: (w: string) => string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const w of [...words].sort((a, b) => b.length - a.length)) {
    const list = out.get(key(w)) ?? [];
    list.push(w);
    out.set(key(w), list);
  }
  return out;
}
const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const cueCache = new WeakMap<SentenceRules, Cues>();
function cuesOf(rules: SentenceRules): Cues {
  let c = cueCache.get(rules);
  if (!c) {
    const s = rules.spaceCues;
    const after = new Set([
      ...(s?.continuesAfter ?? []), ...(s?.leansAfter ?? []), ...(s?.connectives ?? []), ...(s?.opensSentence ?? []), ...(s?.predicates ?? []),
    ]);
    const before = new Set([...(s?.continuesBefore ?? []), ...(s?.connectives ?? []), ...(s?.closesSentence ?? [])]);
    c = {
      continuesAfter: new Set(s?.continuesAfter),
      leansAfter: new Set(s?.leansAfter),
      continuesBefore: new Set(s?.continuesBefore),
      connectives: new Set(s?.connectives),
      opensSentence: new Set(s?.opensSentence),
      closesSentence: new Set(s?.closesSentence),
      titles: s?.titles ?? [],
      frames: s?.frames ?? [],
      predicates: new Set(s?.predicates),
      afterByFirst: indexBy(after, (w) => w[0]!),
      beforeByLast: indexBy(before, (w) => w[w.length - 1]!),
      titlePattern: s?.titles?.length ? new RegExp(`(?:${s.titles.map(escape).join('|')})\\S{1,${NAME_REACH}}$`) : null,
    };
    cueCache.set(rules, c);
  }
  return c;
}

/** Word boundaries (offsets from `from`) in a short window of text. */
function boundaries(text: string, from: number, to: number): Set<number> {
  const out = new Set<number>();
  for (const s of wordSegmenter('th').segment(text.slice(from, to))) out.add(s.index + s.segment.length);
  return out;
}

/** Word boundaries of recent windows, by position: a chunk's head is read by up to three spaces (its own, the
 *  subject test of the space before, the frame test of the space after), and segmentation is the costly part. */
const recentEdges = new Map<number, Set<number>>();

function edgesAfter(text: string, at: number, limit: number): Set<number> {
  if (recentEdges.size > 64) recentEdges.clear();
  const key = at * 64 + (limit - at);
  let edges = recentEdges.get(key);
  if (!edges) {
    edges = boundaries(text, at, limit);
    recentEdges.set(key, edges);
  }
  return edges;
}

/** The longest cue word that opens the text at `at` and ends on a word boundary. */
function cueAfter(text: string, at: number, end: number, cues: Cues): string {
  const limit = Math.min(end, at + WINDOW);
  for (const w of cues.afterByFirst.get(text[at]!) ?? []) {
    if (at + w.length > limit || !text.startsWith(w, at)) continue;
    if (at + w.length === limit || !isThai(text[at + w.length]) || edgesAfter(text, at, limit).has(w.length)) return w;
  }
  return '';
}

/** The longest cue word that closes the text at `at` and begins on a word boundary. */
function cueBefore(text: string, start: number, at: number, cues: Cues): string {
  const from = Math.max(start, at - WINDOW);
  let edges: Set<number> | null = null;
  for (const w of cues.beforeByLast.get(text[at - 1]!) ?? []) {
    if (at - w.length < from || !text.startsWith(w, at - w.length)) continue;
    if (at - w.length === from || !isThai(text[at - w.length - 1])) return w;
    edges ??= boundaries(text, from, at);
    if (edges.has(at - w.length - from)) return w;
  }
  return '';
}

/** Whether the text at `at` opens with a word that cannot begin a sentence (และ, ซึ่ง, ที่): for punctuation
 *  in Thai text (Yahoo! และ…, ค.ศ. 2008), which must not end a sentence before such a word. */
export function opensWithContinuation(text: string, at: number, end: number, rules: SentenceRules): boolean {
  const cues = cuesOf(rules);
  return cues.continuesAfter.has(cueAfter(text, at, end, cues));
}

interface Candidate {
  /** End of the text before the space, start of the text after it. */
  before: number;
  after: number;
  score: number;
}

/** Where the chunk around a space begins and ends (the neighbouring spaces, or the fragment's edges). */
interface Chunks {
  leftStart: number;
  rightEnd: number;
  /** Where the chunk after the right one starts and ends (both the right chunk's end when there is none). */
  nextStart: number;
  nextEnd: number;
  /** Where the quotation or bracket that closes right before the space opened, or -1. */
  openedAt: number;
}

/** Whether a title (นาย, เซอร์, ประธานาธิบดี) stands a name word or two before `at`, inside the left chunk. */
function followsTitle(text: string, chunkStart: number, at: number, cues: Cues): boolean {
  return cues.titlePattern !== null && cues.titlePattern.test(text.slice(Math.max(chunkStart, at - NAME_REACH - 14), at));
}

function scoreSpace(text: string, start: number, end: number, before: number, after: number, chunks: Chunks, quoteOpen: boolean, cues: Cues, w: SpaceWeights, fired?: string[]): number {
  const left = text[before - 1];
  const right = text[after];
  // Never inside a number or a Latin name ("Net Zero Action", "5 000"), never before the repetition mark ๆ.
  if (isLatinOrDigit(left) && isLatinOrDigit(right)) return NEVER;
  if (right === 'ๆ' || right === 'ฯ') return NEVER;
  const next = cueAfter(text, after, end, cues);
  const prev = cueBefore(text, start, before, cues);
  let score = w.bias;
  const cue = (weight: number, name: string): number => {
    fired?.push(name);
    return weight;
  };
  if (after - before >= 2) score += cue(w.wideSpace, 'WIDE_SPACE');

  // What begins the right chunk.
  if (cues.continuesAfter.has(next)) score -= cue(w.continuesAfter, 'CONTINUES_AFTER');
  else if (cues.leansAfter.has(next)) score -= cue(w.leansAfter, 'LEANS_AFTER');
  else if (cues.connectives.has(next)) score += cue(w.connective, 'CONNECTIVE');
  else if (cues.opensSentence.has(next)) score += cue(w.opens, 'OPENS');
  if (isDigit(right)) {
    score -= cue(w.numberAfter, 'NUMBER_AFTER');
    if (endsWithMeasure(text, chunks.leftStart, before)) score -= cue(w.amountApposition, 'AMOUNT_APPOSITION');
  }
  const subject = chunks.rightEnd - after < SUBJECT_CHARS && chunks.nextStart > chunks.rightEnd && !isDigit(right) &&
    cues.predicates.has(cueAfter(text, chunks.nextStart, end, cues));
  if (subject) score += cue(w.subjectThenPredicate, 'SUBJECT_THEN_PREDICATE');

  // What ends the left chunk.
  if (cues.continuesBefore.has(prev) || cues.connectives.has(prev)) score -= cue(w.continuesBefore, 'CONTINUES_BEFORE');
  else if (cues.closesSentence.has(prev)) score += cue(w.closes, 'CLOSES');
  if (CLOSING_MARKS.has(left!)) {
    if (chunks.openedAt >= 0 && before - chunks.openedAt >= UTTERANCE_CHARS) score += cue(w.closingMark, 'CLOSING_MARK');
  }
  else if (isLatin(left)) score -= cue(w.latinBefore, 'LATIN_BEFORE');
  else if (endsWithMeasure(text, chunks.leftStart, before)) score += cue(w.measureEnd, 'MEASURE_END');
  else if (numberEndsAt(text, before) && isThai(right) && !endsWithYear(text, before)) score -= cue(w.bareNumber, 'BARE_NUMBER');

  // The shape of the chunks on either side.
  if (quoteOpen) score -= cue(w.insideQuote, 'INSIDE_QUOTE');
  if (followsTitle(text, chunks.leftStart, before, cues)) score -= cue(w.namePart, 'NAME_PART');
  const leftChunk = before - chunks.leftStart;
  const rightChunk = chunks.rightEnd - after;
  if (leftChunk < SHORT_CHUNK_CHARS || (rightChunk < SHORT_CHUNK_CHARS && !subject)) score -= cue(w.shortChunk, leftChunk < SHORT_CHUNK_CHARS ? (rightChunk < SHORT_CHUNK_CHARS ? 'SHORT_BOTH' : 'SHORT_LEFT') : 'SHORT_RIGHT');
  else if (leftChunk >= CLAUSE_CHUNK_CHARS && rightChunk >= CLAUSE_CHUNK_CHARS) score += cue(w.clausesBothSides, 'CLAUSES_BOTH_SIDES');
  if (rightChunk < LIST_ITEM_CHARS && chunks.nextEnd > chunks.rightEnd && LIST_CONJUNCTIONS.some((w) => text.startsWith(w, chunks.nextStart))) {
    score -= cue(w.listItem, 'LIST_ITEM');
  }
  if (leftChunk < FRAME_CHUNK_CHARS && (cues.frames.some((f) => text.startsWith(f, chunks.leftStart)) || (leftChunk < SUBJECT_CHARS && cues.predicates.has(cueAfter(text, chunks.leftStart, before, cues))))) {
    score -= cue(w.frameBefore, 'FRAME_BEFORE');
  }
  return score;
}

/** Whether a number written in digits ("50", "7.9", "5,000") ends at `at` (not a code like CO2 or A1GP). */
function numberEndsAt(text: string, at: number): boolean {
  if (!isDigit(text[at - 1])) return false;
  let k = at - 1;
  while (k > 0 && at - k < 24 && /[\p{Nd}.,]/u.test(text[k - 1]!)) k--;
  return k === 0 || !/[\p{L}]/u.test(text[k - 1]!);
}

/** A four-digit year (Western or Buddhist Era) ends the text at `at`: years close sentences ("… ในปี 2000"). */
function endsWithYear(text: string, at: number): boolean {
  const year = text.slice(Math.max(0, at - 5), at);
  return /(?:^|[^\p{Nd},.])(?:1[0-9]|2[0-6])\d\d$/u.test(year);
}

/** "… 5 คน", "… 90 องศา": digits followed by one short Thai word (a unit or classifier) end the chunk. */
function endsWithMeasure(text: string, chunkStart: number, at: number): boolean {
  let k = at;
  while (k > chunkStart && at - k < 12 && isThai(text[k - 1])) k--;
  if (k === at || k === chunkStart) return false;
  if (text[k - 1] === ' ') k--;
  return isDigit(text[k - 1]);
}

const lengthScore = (length: number, w: SpaceWeights): number =>
  length < w.minSentence
    ? NEVER
    : -w.shortPenalty * Math.max(0, w.softSentence - length) / w.softSentence - Math.max(0, length - w.longSentence) / w.longScale;

/** Spaces in text[start..end): [before, after) for each run of spaces. */
function spaceRuns(text: string, start: number, end: number): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (let i = start + 1; i < end; i++) {
    if (!isSpace(text[i]) || isSpace(text[i - 1])) continue;
    let j = i;
    while (j < end && isSpace(text[j])) j++;
    runs.push([i, j]);
    i = j;
  }
  return runs;
}

/** A space that only separates a number from its unit, the words of a Latin name, or a word from ๆ: chunks
 *  are measured across it, so "6 คะแนน" or "Northern Rock" is not taken for a short chunk. */
function isGlue(text: string, run: [number, number]): boolean {
  const left = text[run[0] - 1];
  const right = text[run[1]];
  return right === 'ๆ' || numberEndsAt(text, run[0]) || isDigit(right) || (isLatinOrDigit(left) && isLatinOrDigit(right));
}

/** How many glue spaces a chunk is measured across (bounded, so the look-around stays constant). */
const GLUE_REACH = 3;

function chunksAround(text: string, runs: Array<[number, number]>, r: number, start: number, end: number, openedAt: number): Chunks {
  let p = r - 1;
  while (p >= 0 && r - p <= GLUE_REACH && isGlue(text, runs[p]!)) p--;
  let q = r + 1;
  while (q < runs.length && q - r <= GLUE_REACH && isGlue(text, runs[q]!)) q++;
  const rightEnd = q < runs.length ? runs[q]![0] : end;
  return {
    leftStart: p >= 0 ? runs[p]![1] : start,
    rightEnd,
    nextStart: q < runs.length ? runs[q]![1] : rightEnd,
    nextEnd: q + 1 < runs.length ? runs[q + 1]![0] : q < runs.length ? end : rightEnd,
    openedAt,
  };
}

/** The pack's weights over the defaults, merged once per weights object (a tuning run swaps in new objects). */
const mergedWeights = new WeakMap<object, SpaceWeights>();
function weightsOf(rules: SentenceRules): SpaceWeights {
  const own = rules.spaceCues?.weights;
  if (!own) return DEFAULT_SPACE_WEIGHTS;
  let w = mergedWeights.get(own);
  if (!w) {
    w = { ...DEFAULT_SPACE_WEIGHTS, ...own };
    mergedWeights.set(own, w);
  }
  return w;
}

/** Splits text[start..end) (one sentence as punctuation sees it) at clause-separating spaces. */
export function splitAtClauseSpaces(text: string, start: number, end: number, rules: SentenceRules): Array<[number, number]> {
  const w = weightsOf(rules);
  if (end - start < 2 * w.minSentence) return [[start, end]];
  const cues = cuesOf(rules);
  recentEdges.clear();
  const runs = spaceRuns(text, start, end);
  const candidates: Candidate[] = [];
  // Quotation state, carried left to right: straight quotes toggle, curly ones open and close.
  let quoteAt = -1;
  let closedFrom = -1;
  let scanned = start;
  const advanceQuotes = (to: number): void => {
    for (; scanned < to; scanned++) {
      const ch = text[scanned]!;
      if (ch === '"' ? quoteAt < 0 : OPEN_QUOTES.has(ch)) {
        quoteAt = scanned;
      } else if (ch === '"' || CLOSE_QUOTES.has(ch)) {
        closedFrom = quoteAt;
        quoteAt = -1;
      }
    }
  };
  for (let r = 0; r < runs.length; r++) {
    const [i, j] = runs[r]!;
    advanceQuotes(i);
    if (i - start < w.minSentence || end - j < w.minSentence) continue;
    const chunks = chunksAround(text, runs, r, start, end, CLOSING_MARKS.has(text[i - 1]!) ? closedFrom : -1);
    const quoteOpen = quoteAt >= 0 && i - quoteAt <= QUOTE_REACH;
    const score = scoreSpace(text, start, end, i, j, chunks, quoteOpen, cues, w);
    if (score > NEVER) candidates.push({ before: i, after: j, score });
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
      const value = best[k]! + lengthScore(c.before - fragmentStart(k), w) + c.score;
      if (value > best[j]!) {
        best[j] = value;
        back[j] = k;
      }
    }
  }
  let last = 0;
  let total = lengthScore(end - start, w);
  for (let k = Math.max(1, n + 1 - BAND); k <= n; k++) {
    if (best[k] === -Infinity) continue;
    const value = best[k]! + lengthScore(end - fragmentStart(k), w);
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

/** Every scored space of text[start..end) with the cues that fired (for the bench's --explain and for tests). */
export function explainSpaces(text: string, start: number, end: number, rules: SentenceRules): Array<{ at: number; score: number; cues: string[] }> {
  const cues = cuesOf(rules);
  recentEdges.clear();
  const runs = spaceRuns(text, start, end);
  const out: Array<{ at: number; score: number; cues: string[] }> = [];
  for (let r = 0; r < runs.length; r++) {
    const [i, j] = runs[r]!;
    const chunks = chunksAround(text, runs, r, start, end, -1);
    const fired: string[] = [];
    const score = scoreSpace(text, start, end, i, j, chunks, false, cues, weightsOf(rules), fired);
    out.push({ at: j, score, cues: fired });
  }
  return out;
}
