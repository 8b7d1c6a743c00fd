// Sentence segmentation: text → sentences with offsets into the original text, so later stages can
// highlight. One left-to-right pass; every look-around is bounded, so a 50 MB line costs linear time.
import type { LangCode, Sentence } from './types.js';
import type { SentenceRules } from '../lang/pack.js';
import { languagePack } from '../lang/index.js';
import { splitAtClauseSpaces } from './segment-spaces.js';

/** Terminators of scripts that write no space after them: a boundary whatever follows. */
const STANDALONE_TERMINATORS = new Set([...'।॥|。！？｡']);
/** Closing quotes and brackets that stay with the sentence they close. */
const CLOSERS = new Set([...'"\'”’»›」』）)]］》〉】〕']);
/** Opening quotes and brackets that may precede the first word of a sentence. */
const OPENERS = new Set([...'"\'“‘«‹「『（([［《〈【〔']);
/** Punctuation after which a dot run is an ellipsis inside a clause (",..." ) rather than a sentence end. */
const CLAUSE_PUNCTUATION = new Set([...',;:，；：、']);
/** Longest token looked at behind a dot; abbreviations are shorter, and the bound keeps the pass linear. */
const MAX_TOKEN = 24;

const isSpace = (ch: string | undefined): boolean => ch === ' ' || ch === '\t' || ch === '\r' || ch === '\f' || ch === '\v' || ch === '\u00a0' || ch === '\u3000' || ch === '\u200b';
const isUpper = (ch: string): boolean => /\p{Lu}/u.test(ch);
const isLower = (ch: string): boolean => /\p{Ll}/u.test(ch);
const isHanOrKana = (ch: string | undefined): boolean => ch !== undefined && /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(ch);
const isLatin = (ch: string): boolean => /\p{Script=Latin}/u.test(ch);

interface CompiledRules {
  terminators: Set<string>;
  abbreviations: Set<string>;
  prefixAbbreviations: Set<string>;
  rules: SentenceRules;
}

const compiled = new Map<LangCode, CompiledRules>();

function rulesFor(lang: LangCode): CompiledRules {
  let c = compiled.get(lang);
  if (!c) {
    const rules = languagePack(lang).sentence;
    // Latin abbreviations (Dr., Inc., U.S.) turn up in text of every language.
    const en = languagePack('en').sentence;
    c = {
      terminators: new Set([...rules.terminators]),
      abbreviations: new Set([...rules.abbreviations, ...en.abbreviations]),
      prefixAbbreviations: new Set([...(rules.prefixAbbreviations ?? []), ...(en.prefixAbbreviations ?? [])]),
      rules,
    };
    compiled.set(lang, c);
  }
  return c;
}

/** Splits text into sentences. Line breaks always end a sentence; blank text yields none. */
export function segment(text: string, lang: LangCode): Sentence[] {
  const rules = rulesFor(lang);
  const out: Sentence[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    segmentLine(text, lineStart, lineEnd, rules, out);
    lineStart = lineEnd + 1;
  }
  return out;
}

function segmentLine(text: string, from: number, to: number, c: CompiledRules, out: Sentence[]): void {
  let start = skipSpace(text, from, to);
  let i = start;
  while (i < to) {
    if (!c.terminators.has(text[i]!)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < to && (c.terminators.has(text[end]!) || text[end] === '.')) end++;
    while (end < to && CLOSERS.has(text[end]!)) end++;
    if (isBoundary(text, i, end, to, start, c)) {
      emit(text, start, end, c, out);
      start = skipSpace(text, end, to);
    }
    i = end;
  }
  if (start < to) emit(text, start, to, c, out);
}

/** Whether the terminator run text[i..end) (closers included) ends the sentence begun at `start`. */
function isBoundary(text: string, i: number, end: number, to: number, start: number, c: CompiledRules): boolean {
  const next = skipSpace(text, end, to);
  if (next >= to) return true;
  const spaced = next > end;
  let strong = false;
  let dots = 0;
  for (let k = i; k < end; k++) {
    const ch = text[k]!;
    if (STANDALONE_TERMINATORS.has(ch)) strong = true;
    if (ch === '.' || ch === '．') dots++;
    if (ch === '…') dots += 3;
  }
  if (strong) return true;
  const first = firstLetter(text, next, to);
  const only = text[i]!;
  if (!spaced) {
    // "1.5", "U.S.", "example.com" carry no space; "好!他" in unspaced Chinese is still an end.
    return (only === '!' || only === '?') && isHanOrKana(text[next]);
  }
  // A following lower-case word continues the sentence ("Yahoo! is", "e.g. the", "read,... the").
  if (first !== undefined && isLower(first)) return false;
  if (dots >= 2) return !CLAUSE_PUNCTUATION.has(text[i - 1] ?? '');
  if (dots === 0) return true;
  const token = tokenBefore(text, i, start);
  if (token === null) return false; // an over-long run with no space: not prose
  if (token === '') return true;
  const key = token.toLowerCase();
  if (c.prefixAbbreviations.has(key)) return false;
  // A single capital letter is an initial (J. K. Rowling); a short number at the start is a list marker.
  if (token.length === 1 && isUpper(token) && isLatin(token)) return false;
  if (start === i - token.length && /^\p{Nd}{1,2}$/u.test(token)) return false;
  if (c.abbreviations.has(key) || (key.includes('.') && /^(?:\p{L}{1,3}\.)+\p{L}{1,3}$/u.test(key))) {
    return first !== undefined && isUpper(first);
  }
  return true;
}

/** The word right before position i (without leading openers), or null when it is longer than any abbreviation. */
function tokenBefore(text: string, i: number, start: number): string | null {
  let p = i;
  while (p > start && !isSpace(text[p - 1]) && !OPENERS.has(text[p - 1]!)) {
    if (i - p >= MAX_TOKEN) return null;
    p--;
  }
  return text.slice(p, i);
}

/** The first letter or digit of the word at `at`, past opening quotes and brackets. */
function firstLetter(text: string, at: number, to: number): string | undefined {
  for (let k = at; k < to && k < at + 4; k++) {
    const ch = text[k]!;
    if (!OPENERS.has(ch)) return ch;
  }
  return undefined;
}

function skipSpace(text: string, at: number, to: number): number {
  while (at < to && isSpace(text[at])) at++;
  return at;
}

function emit(text: string, start: number, end: number, c: CompiledRules, out: Sentence[]): void {
  while (end > start && isSpace(text[end - 1])) end--;
  if (end <= start) return;
  if (c.rules.splitAtSpaces) {
    for (const [s, e] of splitAtClauseSpaces(text, start, end, c.rules)) out.push({ text: text.slice(s, e), start: s, end: e });
  } else {
    out.push({ text: text.slice(start, end), start, end });
  }
}
