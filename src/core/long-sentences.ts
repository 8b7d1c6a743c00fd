// Bounded sentences: a line without sentence punctuation (a 50 MB file on one line, Hindi or Thai with its
// punctuation stripped) would otherwise reach anchors, facts, alignment and the report as one "sentence" of
// millions of characters, and every per-sentence structure grows with it. Past a length no real sentence has,
// the text is cut into pieces at word boundaries that no fact spans; offsets stay those of the original text.
import type { LangCode } from './types.js';
import { wordSegmenter } from './word-segmenter.js';

/**
 * Longest span (UTF-16 code units) handled as one sentence. Far above real sentences (the longest in the corpus
 * and the evaluation data is under 1,000 characters; long legal sentences reach a few thousand), so normal text
 * is never cut, while the pieces of an unpunctuated line stay small enough for every later stage.
 */
export const MAX_SENTENCE_CHARS = 5000;

/** How far back from the length limit a cut point is looked for. */
const CUT_WINDOW = 256;
/** Text read on either side of a cut candidate or window, so that a fact or word running across it is seen whole. */
const READ_MARGIN = 64;

/** Start and end of each fact found in text[from..to), as offsets into the text. */
export type FactSpans = (from: number, to: number) => ReadonlyArray<{ start: number; end: number }>;

const isSpaceCode = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 0xa0 || c === 0x3000 || c === 0x200b;
const MARK = /\p{M}/u;

/**
 * Splits text[start..end) into pieces of at most MAX_SENTENCE_CHARS, as [start, end) offsets without spaces at
 * the cuts; a span within the limit comes back whole. `factSpans` tells where numbers, amounts and dates lie, so
 * that "आठ लाख टन" is not read as two facts on either side of a cut.
 */
export function cutLongSentence(text: string, start: number, end: number, lang: LangCode, factSpans: FactSpans): Array<[number, number]> {
  if (end - start <= MAX_SENTENCE_CHARS) return [[start, end]];
  const pieces: Array<[number, number]> = [];
  let from = start;
  while (end - from > MAX_SENTENCE_CHARS) {
    const cut = cutPoint(text, from, from + MAX_SENTENCE_CHARS, lang, factSpans);
    let pieceEnd = cut;
    while (pieceEnd > from && isSpaceCode(text.charCodeAt(pieceEnd - 1))) pieceEnd--;
    if (pieceEnd > from) pieces.push([from, pieceEnd]);
    from = cut;
    while (from < end && isSpaceCode(text.charCodeAt(from))) from++;
  }
  if (from < end) pieces.push([from, end]);
  return pieces;
}

/**
 * Where to end a piece that starts at `from` and may not pass `limit`: the last space in the window before the limit
 * that no fact spans, else the last word boundary that no fact spans (scripts written without spaces), else the
 * limit itself, moved back so that no surrogate pair or combining mark is split.
 */
function cutPoint(text: string, from: number, limit: number, lang: LangCode, factSpans: FactSpans): number {
  const windowStart = Math.max(from + 1, limit - CUT_WINDOW);
  // Facts are read around each candidate only (a fact inside it sends the search before the fact), a little past
  // it on both sides: a slice that starts or ends inside a number would show a fact the whole text does not have.
  const factAt = (at: number) =>
    factSpans(Math.max(from, at - READ_MARGIN), Math.min(text.length, at + READ_MARGIN)).find((f) => f.start < at && at < f.end);
  let at = lastSpaceBefore(text, limit + 1, windowStart);
  while (at >= 0) {
    const fact = factAt(at);
    if (!fact) return at;
    at = lastSpaceBefore(text, fact.start, windowStart);
  }
  const readFrom = Math.max(from, windowStart - READ_MARGIN), readTo = Math.min(text.length, limit + READ_MARGIN);
  const facts = factSpans(readFrom, readTo);
  let word = -1;
  for (const s of wordSegmenter(lang).segment(text.slice(readFrom, readTo))) {
    const boundary = readFrom + s.index;
    if (boundary > limit) break;
    if (boundary >= windowStart && !facts.some((f) => f.start < boundary && boundary < f.end)) word = boundary;
  }
  if (word > 0) return word;
  at = limit;
  while (at > windowStart && (isLowSurrogate(text.charCodeAt(at)) || MARK.test(text[at]!))) at--;
  return at;
}

/** The first space of the last run of spaces that starts in [min, before), or -1. */
function lastSpaceBefore(text: string, before: number, min: number): number {
  for (let at = Math.min(before, text.length) - 1; at >= min; at--) {
    if (isSpaceCode(text.charCodeAt(at)) && !isSpaceCode(text.charCodeAt(at - 1))) return at;
  }
  return -1;
}

const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
