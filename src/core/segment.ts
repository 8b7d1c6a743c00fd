// Sentence segmentation: text → sentences with offsets into the original text, so later stages can
// highlight. One left-to-right pass; every look-around is bounded, so a 50 MB line costs linear time, and a
// "sentence" longer than any real one (a line without sentence punctuation) is cut into bounded pieces.
import type { LangCode, Sentence } from './types.js';
import type { SentenceRules } from '../lang/pack.js';
import { languagePack } from '../lang/index.js';
import { sentencePieces } from './facts.js';
import { opensWithContinuation, splitAtClauseSpaces } from './segment-spaces.js';

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

interface CompiledRules {
  lang: LangCode;
  terminators: Set<string>;
  timeAbbreviations: Set<string>;
  timeQualifiers: Set<string>;
  sentenceOpeners: Set<string>;
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
      lang,
      terminators: new Set([...rules.terminators]),
      timeAbbreviations: new Set([...(rules.timeAbbreviations ?? []), ...(en.timeAbbreviations ?? [])]),
      timeQualifiers: new Set([...(rules.timeQualifiers ?? []), ...(en.timeQualifiers ?? [])]),
      sentenceOpeners: new Set(rules.sentenceOpeners),
      abbreviations: new Set([...rules.abbreviations, ...en.abbreviations]),
      prefixAbbreviations: new Set([...(rules.prefixAbbreviations ?? []), ...(en.prefixAbbreviations ?? [])]),
      rules,
    };
    compiled.set(lang, c);
  }
  return c;
}

/**
 * Splits text into sentences. Line breaks always end a sentence; blank text yields none; a sentence longer than
 * MAX_SENTENCE_CHARS comes as several pieces cut at word boundaries.
 */
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
      if (c.sentenceOpeners.size > 0 && text[i] === ' ' && i > start && opensUnpunctuatedSentence(text, i, to, c)) {
        emit(text, start, i, c, out);
        start = i + 1;
      }
      i++;
      continue;
    }
    let end = i + 1;
    while (end < to && (c.terminators.has(text[end]!) || text[end] === '.')) end++;
    while (end < to && CLOSERS.has(text[end]!)) end++;
    // A citation or remark after the full stop belongs to the sentence; what follows it decides the boundary.
    const aside = attachedAside(text, end, to, c);
    if (isBoundary(text, i, end, to, start, c, aside)) {
      end = aside;
      emit(text, start, end, c, out);
      start = skipSpace(text, end, to);
    }
    i = end;
  }
  if (start < to) emit(text, start, to, c, out);
}

/** Whether the terminator run text[i..end) (closers included) ends the sentence begun at `start`. */
function isBoundary(text: string, i: number, end: number, to: number, start: number, c: CompiledRules, lookFrom = end): boolean {
  const spaced = skipSpace(text, end, to) > end;
  const next = skipSpace(text, lookFrom, to);
  if (next >= to) return true;
  let strong = false;
  let dots = 0;
  for (let k = i; k < end; k++) {
    const ch = text[k]!;
    if (STANDALONE_TERMINATORS.has(ch)) strong = true;
    if (ch === '.' || ch === '．') dots++;
    if (ch === '…') dots += 3;
  }
  if (strong) return true;
  // Thai has no capitals to tell a sentence start: a following conjunction or unit word continues (Yahoo! และ…).
  if (c.rules.splitAtSpaces && opensWithContinuation(text, next, to, c.rules)) return false;
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
  if (c.prefixAbbreviations.has(key) || (c.rules.splitAtSpaces && endsWithGluedAbbreviation(key, c))) return false;
  // A single capital letter is an initial (J. K. Rowling); a short number at the start is a list marker.
  // Only A–Z: a lone accented capital is a word (Vietnamese "Ý", Italy), not an initial.
  if (token.length === 1 && /^[A-Z]$/.test(token)) return false;
  if (start === i - token.length && /^\p{Nd}{1,2}$/u.test(token)) return false;
  if (c.timeAbbreviations.has(key) && first !== undefined && c.timeQualifiers.has(wordAt(text, next, to).toLowerCase())) return false;
  if (c.abbreviations.has(key) || (key.includes('.') && /^(?:\p{L}{1,3}\.)+\p{L}{1,3}$/u.test(key))) {
    return first !== undefined && isUpper(first);
  }
  return true;
}

/** Longest aside attached to the sentence before it: a citation or remark that follows its full stop. */
const MAX_ASIDE = 80;

/**
 * A bracketed aside right after a sentence end — a citation "(Bremer, 1998)", "（布雷默，1998年）" or a remark
 * "(see below)" — annotates the sentence it follows: returns the end extended over it (and any terminator after
 * it), or `end` when there is none. An aside with its own sentence punctuation inside, or a bare list marker
 * "(1)", stays apart.
 */
function attachedAside(text: string, end: number, to: number, c: CompiledRules): number {
  const open = skipSpace(text, end, to);
  const closer = text[open] === '(' ? ')' : text[open] === '（' ? '）' : '';
  if (!closer) return end;
  let k = open + 1;
  while (k < to && k - open <= MAX_ASIDE && text[k] !== closer) {
    if (c.terminators.has(text[k]!) && text[k] !== '.' || text[k] === '(' || text[k] === '（') return end;
    k++;
  }
  if (text[k] !== closer) return end;
  const inner = text.slice(open + 1, k);
  if (!/\p{L}/u.test(inner) || /^\p{L}$/u.test(inner.trim())) return end;
  // A citation carries a year; a remark starts lower-case or is unspaced Chinese; anything else may be a sentence.
  if (!/\d{4}/.test(inner) && !isLower(inner.trimStart()[0] ?? '') && !isHanOrKana(inner[0])) return end;
  let after = k + 1;
  while (after < to && (c.terminators.has(text[after]!) || CLOSERS.has(text[after]!))) after++;
  const next = skipSpace(text, after, to);
  if (next < to && next === after && !isHanOrKana(text[next])) return end;
  return after;
}

/** The word at `at` (letters only). */
function wordAt(text: string, at: number, to: number): string {
  let k = at;
  while (k < to && k - at < MAX_TOKEN && /\p{L}/u.test(text[k]!)) k++;
  return text.slice(at, k);
}

/** "…by acting selfishly Hopefully, most people…": a sentence adverb right after a lower-case word. */
function opensUnpunctuatedSentence(text: string, space: number, to: number, c: CompiledRules): boolean {
  const next = text[space + 1];
  if (next === undefined || !isUpper(next) || !isLower(text[space - 1]!)) return false;
  const word = wordAt(text, space + 1, to);
  return c.sentenceOpeners.has(word) && text[space + 1 + word.length] === ',';
}

/** Thai writes abbreviations glued to the word before them (ในปีค.ศ. 2008, 40 ไมล์/ชม.): match them as suffixes. */
function endsWithGluedAbbreviation(token: string, c: CompiledRules): boolean {
  for (let n = Math.min(token.length - 1, 8); n >= 1; n--) {
    const tail = token.slice(token.length - n);
    const before = token[token.length - n - 1]!;
    if (c.prefixAbbreviations.has(tail) && (/[\u0e01-\u0e5b]/.test(before) || !/[\p{L}\p{Nd}]/u.test(before))) return true;
  }
  return false;
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
  for (const [from, to] of sentencePieces(text, start, end, c.lang)) {
    if (c.rules.splitAtSpaces) {
      for (const [s, e] of splitAtClauseSpaces(text, from, to, c.rules)) out.push({ text: text.slice(s, e), start: s, end: e });
    } else {
      out.push({ text: text.slice(from, to), start: from, end: to });
    }
  }
}
