// Anchors: evidence that two sentences say the same thing whatever their languages — the same numbers,
// the same Latin-script tokens, the same names written in another script, the same punctuation.
import anyAscii from 'any-ascii';
import type { Fact, LangCode } from './types.js';
import { factsByPiece } from './facts.js';

/** Round to 6 significant digits so 1.5e9 read from "1,5 tỷ" and from "1.5 billion" meet. */
function numberKey(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  return Number(n.toPrecision(6)).toString();
}

/** Normalized values of the facts of a sentence, as keys that are equal when the values are. */
export function factKeys(facts: readonly Fact[]): string[] {
  const keys = new Set<string>();
  for (const f of facts) {
    const v = f.value;
    if (typeof v === 'number') keys.add(numberKey(v));
    else if ('from' in v) {
      keys.add(numberKey(v.from));
      keys.add(numberKey(v.to));
    } else {
      // parts of a date separately, so a date read in part on one side still meets the other
      if (v.year !== undefined) keys.add(numberKey(v.year));
      if (v.month !== undefined) keys.add(`month ${v.month}`);
      if (v.day !== undefined) keys.add(`day ${v.day}`);
    }
  }
  return [...keys];
}

/**
 * Whether a fact anchors an alignment: small numbers and ordinals written as words ("first", "one of", "two
 * sides") are often translated idiomatically or not at all, so only digits, larger values and dated or measured
 * facts count.
 */
function isAnchor(f: Fact): boolean {
  if (/\p{Nd}/u.test(f.text)) return true;
  if (f.kind === 'ordinal') return false;
  if (f.kind === 'number') return typeof f.value === 'number' && Math.abs(f.value) >= 10;
  return true;
}

/** Keys of the numbers, years and dates a sentence states, read by the facts engine (a long one piece by piece). */
export function numberKeys(sentence: string, lang: LangCode): string[] {
  const keys = new Set<string>();
  for (const facts of factsByPiece(sentence, lang)) for (const key of factKeys(facts.filter(isAnchor))) keys.add(key);
  return [...keys];
}

const LATIN_TOKEN = /[\p{Script=Latin}\p{N}][\p{Script=Latin}\p{N}'’.&-]*/gu;
const LATIN_LETTER = /\p{Script=Latin}/u;

/** Latin-script tokens (letters or letters with digits) of any text, trailing punctuation removed. */
export function latinTokens(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(LATIN_TOKEN)) {
    const token = m[0].replace(/[.'’&-]+$/, '');
    if (token && LATIN_LETTER.test(token)) out.push(token);
  }
  return out;
}

// English letter names as other scripts spell them out (SPIC → एसपीआईसी → "espiaisi").
const LETTER_NAMES: Record<string, string> = {
  a: 'e', b: 'bi', c: 'si', d: 'di', e: 'i', f: 'ef', g: 'ji', h: 'ech', i: 'ai', j: 'je', k: 'ke', l: 'el', m: 'em',
  n: 'en', o: 'o', p: 'pi', q: 'kyu', r: 'ar', s: 'es', t: 'ti', u: 'yu', v: 'vi', w: 'dablyu', x: 'eks', y: 'vai', z: 'zed',
};

/** An acronym spelled out letter by letter, as transliterated acronyms are written. */
export function spelledAcronym(acronym: string): string {
  return [...acronym.toLowerCase()].map((ch) => LETTER_NAMES[ch] ?? ch).join('');
}

/**
 * A consonant skeleton for comparing names across scripts: ASCII-fold, drop vowels and h, and merge sounds
 * that transliteration confuses (k/c/q/g, ph/f/p/b/v/w, t/d, z/j/jh/ch, s/sh/x, l/r), repeats collapsed.
 */
export function skeleton(text: string): string {
  const ascii = lowerAscii(text);
  // collected and joined: `out += cls` would keep a rope of one node per letter alive with every sentence's
  // evidence (a few kilobytes a sentence, hundreds of megabytes on a long document)
  const out: string[] = [];
  let last = '';
  for (let i = 0; i < ascii.length; i++) {
    const ch = ascii[i]!;
    let cls: string;
    switch (ch) {
      case 'k': case 'c': case 'q': case 'g': cls = 'k'; break;
      case 'p': case 'f': case 'b': case 'v': case 'w': cls = 'p'; break;
      case 't': case 'd': cls = 't'; break;
      case 'z': case 'j': cls = 'j'; break;
      case 's': case 'x': cls = 's'; break;
      case 'l': case 'r': cls = 'l'; break;
      case 'm': case 'n': cls = ch; break;
      default: continue; // vowels, h, y, digits, spaces and punctuation
    }
    // "ch"/"sh" before a vowel: the affricate and sibilant classes absorb them
    if (cls === 'k' && ascii[i + 1] === 'h' && ch === 'c') cls = 'j';
    if (last !== cls) out.push(cls);
    last = cls;
  }
  return out.join('');
}

/** Characters transliterated at a time. */
const ASCII_SLICE = 4096;

/**
 * anyAscii(text).toLowerCase(), a slice at a time: anyAscii appends one character at a time, a rope of a node per
 * character that a long text (a line of a million characters) would build whole; each slice's rope is flattened
 * by toLowerCase at once. anyAscii reads code points one by one, so slices (never splitting a surrogate pair) give
 * the same text.
 */
function lowerAscii(text: string): string {
  if (text.length <= ASCII_SLICE) return anyAscii(text).toLowerCase();
  const parts: string[] = [];
  for (let from = 0; from < text.length; ) {
    let to = Math.min(text.length, from + ASCII_SLICE);
    const c = text.charCodeAt(to);
    if (to < text.length && c >= 0xdc00 && c <= 0xdfff) to--;
    parts.push(anyAscii(text.slice(from, to)).toLowerCase());
    from = to;
  }
  return parts.join('');
}

const PUNCTUATION: Array<[RegExp, string]> = [
  [/[?？]/u, '?'],
  [/[(（]/u, '('],
  [/[:：](?!\d)/u, ':'],
  [/["“”„«»「」『』]/u, '"'],
  [/[!！]/u, '!'],
];

/** The marked punctuation a sentence uses (questions, parentheses, colons, quotations, exclamations). */
export function punctuationMarks(text: string): string[] {
  const out: string[] = [];
  for (const [re, mark] of PUNCTUATION) if (re.test(text)) out.push(mark);
  return out;
}
