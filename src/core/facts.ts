// Facts: every number, scale, year, date, percent, amount and unit of one sentence, read the way a bilingual
// reader does. Language-independent machinery; every word comes from the language pack (src/lang/<code>.ts).
// Two passes: a tokenizer (digit runs and lexicon words, one trie per language) and a small grammar over tokens.
import type { DateValue, Fact, FactKind, LangCode } from './types.js';
import { compiledLanguage, type CompiledLanguage, type DatePart, type Entry } from './number-lexicon.js';
import { cutLongSentence, MAX_SENTENCE_CHARS } from './long-sentences.js';
import { isDigitCode, readDigitRun } from './numbers.js';

interface Tok {
  kind: 'num' | 'word' | 'words' | 'date' | 'slash';
  start: number;
  end: number;
  value: number;
  entry?: Entry;
  grouped?: boolean;
  decimals?: number;
  intDigits?: number;
  ambiguous?: boolean;
  ordinal?: boolean;
  decade?: boolean;
  scale?: number;
  date?: DateValue;
  approximate?: boolean;
  /** slash: a/b (a fraction or a day-first date). */
  den?: number;
  third?: number;
}

const isLatin = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const LETTER_RE = /[\p{L}\p{M}]/u;
const isLetterAt = (s: string, i: number): boolean => {
  if (i < 0 || i >= s.length) return false;
  const c = s.charCodeAt(i);
  if (c < 128) return isLatin(c);
  return LETTER_RE.test(s[i]!);
};

// ---------------------------------------------------------------- tokenizer

function wordEndOk(L: CompiledLanguage, s: string, e: number): boolean {
  if (L.boundaries) return !isLetterAt(s, e) || !isLetterAt(s, e - 1);
  // Scripts without spaces: only Latin words need a boundary.
  return !(isLatin(s.charCodeAt(e)) && isLatin(s.charCodeAt(e - 1)));
}

/** Reads digits at i (or a leading .5) into tokens; returns where scanning continues. */
function scanDigits(L: CompiledLanguage, s: string, i: number, out: Tok[]): number {
  const prev = i > 0 ? s.charCodeAt(i - 1) : 32;
  // CO2, A380, COVID-19, G20: digits glued to Latin letters are part of a name.
  if (isLatin(prev) || (prev === 45 && i > 1 && isLatin(s.charCodeAt(i - 2)))) return skipAlnum(s, i);
  const r = readDigitRun(s, i, L.rules);
  let e = r.end;
  if (r.kind === 'skip') return skipAlnum(s, e);
  if (r.kind === 'date') {
    out.push({ kind: 'date', start: i, end: e, value: 0, date: r.date!, ambiguous: r.ambiguous });
    return e;
  }
  const tok: Tok = { kind: 'num', start: i, end: e, value: r.value, grouped: r.grouped, decimals: r.decimals, intDigits: r.intDigits, ambiguous: r.ambiguous };
  const c = s.charCodeAt(e);
  const digitAt = (k: number) => isDigitCode(s.charCodeAt(k));
  // 14:57 — a clock time, not a fact.
  if (c === 58 && digitAt(e + 1) && r.decimals === 0) {
    let k = e;
    while (k < s.length && (digitAt(k) || (s[k] === ':' && digitAt(k + 1)))) k++;
    return k;
  }
  // 2022-02-04: an ISO date.
  const iso = r.intDigits === 4 && r.decimals === 0 && !r.grouped ? /^-(\d{1,2})-(\d{1,2})(?!\d)/.exec(s.slice(e, e + 7)) : null;
  if (iso && Number(iso[1]) >= 1 && Number(iso[1]) <= 12 && Number(iso[2]) >= 1 && Number(iso[2]) <= 31) {
    out.push({ kind: 'date', start: i, end: e + iso[0].length, value: 0, date: { year: r.value, month: Number(iso[1]), day: Number(iso[2]) } });
    return e + iso[0].length;
  }
  // a/b and a/b/c: a fraction or a numeric date.
  if (c === 47 && digitAt(e + 1) && r.decimals === 0 && !r.grouped) {
    const m = /^\/(\d+)(?:\/(\d+))?(?![\d/])/.exec(s.slice(e, e + 12));
    if (m) {
      out.push({ kind: 'slash', start: i, end: e + m[0].length, value: r.value, den: Number(m[1]), third: m[2] === undefined ? undefined : Number(m[2]) });
      return e + m[0].length;
    }
  }
  // 1.1^23, 1.3x10^6
  const pow = c === 94 || c === 120 || c === 215 ? /^(?:\^([+-]*)(\d+(?:\.\d+)?)|\s?[x×]\s?10\^([+-]?)(\d+))(?![\d.])/.exec(s.slice(e, e + 12)) : null;
  if (pow) {
    if (pow[2] !== undefined) tok.value = tok.value ** (((pow[1]!.match(/-/g)?.length ?? 0) % 2 ? -1 : 1) * Number(pow[2]));
    else tok.value *= 10 ** Number(`${pow[3]}${pow[4]}`);
    tok.end = e = e + pow[0].length;
    tok.decimals = 1;
    out.push(tok);
    return e;
  }
  // 12.32e+14
  if (c === 101 && !isLetterAt(s, e + 1)) {
    const m = /^e([+-]?\d{1,3})(?![\p{L}\d])/u.exec(s.slice(e, e + 6));
    if (m) {
      tok.value *= 10 ** Number(m[1]);
      tok.end = e = e + m[0].length;
      out.push(tok);
      return e;
    }
  }
  if (isLetterAt(s, e)) {
    // 25th, 5वी
    for (const suf of L.ordinalSuffixes) {
      if (s.startsWith(suf, e) && wordEndOk(L, s, e + suf.length)) {
        tok.ordinal = true;
        tok.end = e + suf.length;
        out.push(tok);
        return tok.end;
      }
    }
    // the 1960s
    if (s[e] === 's' && !isLetterAt(s, e + 1) && r.intDigits === 4 && r.decimals === 0 && r.value % 10 === 0) {
      tok.decade = true;
      tok.end = e + 1;
      out.push(tok);
      return e + 1;
    }
    // 4G, 5G: one digit and G is a telecom generation, a name (10G, 2.5G are giga).
    if (s[e] === 'g' && r.intDigits === 1 && r.decimals === 0 && !isLetterAt(s, e + 1)) return skipAlnum(s, e);
    // 100K, 29km, 15亿: a lexicon word glued to the digits.
    const m = longestWord(L, s, e);
    if (m) {
      out.push(tok, { kind: 'word', start: e, end: m.end, value: 0, entry: m.entry });
      return m.end;
    }
    // 5G, 3D, 4x4: a name.
    if (isLatin(s.charCodeAt(e))) return skipAlnum(s, e);
  }
  out.push(tok);
  return e;
}

/** Skips a name written in Latin letters and digits (CO2, A380, SU7): other scripts after it (SU7上市27分钟) go on. */
function skipAlnum(s: string, i: number): number {
  const nameChar = (c: number) => isLatin(c) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || isDigitCode(c);
  let k = i;
  while (k < s.length && (nameChar(s.charCodeAt(k)) || (s[k] === '-' && isDigitCode(s.charCodeAt(k + 1))))) k++;
  return Math.max(k, i + 1);
}

function longestWord(L: CompiledLanguage, s: string, at: number): { entry: Entry; end: number } | null {
  const ms = L.matchAll(s, at);
  for (let k = ms.length - 1; k >= 0; k--) if (wordEndOk(L, s, ms[k]!.end)) return ms[k]!;
  return null;
}

/** A word of a spaced script that is not in the lexicon as a whole: 25वीं-style suffixes and thirtyfirst. */
function splitWord(L: CompiledLanguage, s: string, at: number, wEnd: number, out: Tok[]): boolean {
  const ms = L.matchAll(s, at).filter((m) => m.end < wEnd && m.entry.num !== undefined);
  for (let k = ms.length - 1; k >= 0; k--) {
    const m = ms[k]!;
    const rest = s.slice(m.end, wEnd);
    if (L.ordinalSuffixes.includes(rest)) {
      out.push({ kind: 'word', start: at, end: wEnd, value: 0, entry: { ord: m.entry.num } });
      return true;
    }
    const tail = L.matchAll(s, m.end).find((t) => t.end === wEnd && (t.entry.num !== undefined || t.entry.ord !== undefined));
    if (tail && m.entry.num! >= 20 && m.entry.num! % 10 === 0) {
      out.push({ kind: 'word', start: at, end: m.end, value: 0, entry: m.entry }, { kind: 'word', start: m.end, end: wEnd, value: 0, entry: tail.entry });
      return true;
    }
  }
  return false;
}

const SCAN_RE = /[0-9]|[\p{L}\p{M}]+|\S/gu;

function tokenize(L: CompiledLanguage, s: string): Tok[] {
  const out: Tok[] = [];
  const read = L.rules.readNumberWords;
  const re = new RegExp(SCAN_RE.source, 'gu');
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    const i = m.index;
    const c = s.charCodeAt(i);
    if (isDigitCode(c) || ((c === 46 || c === 44) && isDigitCode(s.charCodeAt(i + 1)) && !isDigitCode(s.charCodeAt(i - 1)) && s[i] === L.rules.decimalSeparator)) {
      re.lastIndex = scanDigits(L, s, i, out);
      continue;
    }
    const w = m[0];
    if (w.length === 1 && !isLetterAt(s, i)) {
      if (L.symbolStarts.has(c)) {
        const hit = longestWord(L, s, i);
        if (hit) {
          out.push({ kind: 'word', start: i, end: hit.end, value: 0, entry: hit.entry });
          re.lastIndex = hit.end;
        }
      }
      continue;
    }
    const wEnd = i + w.length;
    if (L.boundaries) {
      if (!wordAt(L, s, i, wEnd, read, out, re)) re.lastIndex = wEnd;
      continue;
    }
    // No spaces between words: try every position of the run.
    let p = i;
    while (p < wEnd) {
      if (isLatin(s.charCodeAt(p)) && isLatin(s.charCodeAt(p - 1))) {
        p++;
        continue;
      }
      const end = L.hasStart(s.charCodeAt(p)) ? wordToken(L, s, p, read, out) : 0;
      p = end > p ? end : p + 1;
    }
    re.lastIndex = Math.max(p, wEnd);
  }
  return out;
}

function wordAt(
  L: CompiledLanguage,
  s: string,
  i: number,
  wEnd: number,
  read: CompiledLanguage['rules']['readNumberWords'],
  out: Tok[],
  re: RegExp,
): boolean {
  const end = wordToken(L, s, i, read, out);
  if (end > i) {
    re.lastIndex = end;
    return true;
  }
  return L.hasStart(s.charCodeAt(i)) && splitWord(L, s, i, wEnd, out);
}

const NUMBER_READINGS = ['num', 'scale', 'ord', 'frac', 'fracPrefix'] as const;
const isPrefixOnly = (e: Entry) => (e.pctPrefix || e.ordPrefix || e.markBefore || e.era || e.approxPre) && NUMBER_READINGS.every((k) => e[k] === undefined);

/**
 * The word at i: a prefix or marker of the lexicon first (ร้อยละ, 百分之, năm), then the pack's own number-word
 * grammar, then the lexicon. A veto (false) from the grammar drops only the number readings of the word.
 * Returns the end of what was read, or i when nothing was.
 */
function wordToken(L: CompiledLanguage, s: string, i: number, read: CompiledLanguage['rules']['readNumberWords'], out: Tok[]): number {
  // The pack's grammar is asked only where one of its lexicon words starts (see facts-interface.md).
  if (!L.hasStart(s.charCodeAt(i))) return i;
  const hit = longestWord(L, s, i);
  if (hit && isPrefixOnly(hit.entry)) {
    out.push({ kind: 'word', start: i, end: hit.end, value: 0, entry: hit.entry });
    return hit.end;
  }
  const r = read?.(s, i);
  if (r && r.end > i) {
    out.push({ kind: 'words', start: i, end: r.end, value: r.value, scale: r.scale, ordinal: r.ordinal, approximate: r.approximate });
    return r.end;
  }
  if (!hit) return i;
  let entry = hit.entry;
  if (r === false) {
    entry = { ...entry };
    for (const k of NUMBER_READINGS) delete entry[k];
    if (Object.keys(entry).length === 0) return i;
  }
  out.push({ kind: 'word', start: i, end: hit.end, value: 0, entry });
  return hit.end;
}

// ---------------------------------------------------------------- grammar

type Gap = 'none' | 'space' | 'dash' | 'comma' | 'other';

interface Core {
  value: number;
  /** Token index after the phrase. */
  next: number;
  start: number;
  end: number;
  scale?: number;
  ordinal?: boolean;
  ambiguous?: boolean;
  /** Written in digits only, without separators or decimals: a candidate year. */
  plainInt?: boolean;
  digits?: boolean;
  /** One number word meaning one (one, एक, một): often an article. */
  loneOne?: boolean;
  decade?: boolean;
  /** One number word that is also a common word (hi वन): not a number on its own. */
  weak?: boolean;
  /** two million and three: the value before "and" and the scale it ended with (for "and three fifths"). */
  andBefore?: number;
  andScale?: number;
  /** 300多万: an "-odd" word between the number and its scale. */
  approximate?: boolean;
}

class Reader {
  constructor(
    readonly L: CompiledLanguage,
    readonly s: string,
    readonly t: Tok[],
    /** The sentence as written (case matters for 10G vs 10g). */
    readonly o: string = s,
  ) {}

  /** Nothing but spaces and clause punctuation after `end`: the expression stands alone ("2000 over 3."). */
  clauseEnds(end: number): boolean {
    return /^\s*(?:[.,;:!?)\]]|$)/.test(this.s.slice(end, end + 4));
  }

  gap(a: number, b: number): Gap {
    const x = this.t[a];
    const y = this.t[b];
    if (!x || !y) return 'other';
    if (x.end === y.start) return 'none';
    const g = this.s.slice(x.end, y.start);
    if (g.length > 6) return 'other';
    if (/^\s+$/.test(g)) return 'space';
    if (/^\s*[-–—−]\s*$/.test(g)) return 'dash';
    if (/^,\s*$/.test(g)) return 'comma';
    return 'other';
  }

  near(a: number, b: number): boolean {
    const g = this.gap(a, b);
    return g === 'none' || g === 'space';
  }

  entry(i: number): Entry | undefined {
    const x = this.t[i];
    return x?.kind === 'word' ? x.entry : undefined;
  }

  /** A number from digits, a readNumberWords phrase or composed number words, with its scale words. */
  compose(i: number, stop = this.t.length): Core | null {
    const t = this.t;
    const first = t[i];
    if (!first) return null;
    const segs: { v: number; s: number }[] = [];
    let current: number | null = null;
    let tens = false;
    let pending = 0;
    let scaleRun = 1;
    let scale = 1;
    let ordinal = false;
    let words = 0;
    let j = i;
    let good = -1;
    let digits = false;
    let weakOnly = true;
    let zeroFill = false;
    let andBefore: number | undefined;
    let andScale = 0;
    let approximate = false;
    if (first.kind === 'num') {
      current = first.value;
      digits = true;
      ordinal = !!first.ordinal;
      good = j = i + 1;
      if (ordinal) return this.finish(i, good, first.value, 1, true, false);
    } else if (first.kind === 'words') {
      current = first.value;
      ordinal = !!first.ordinal;
      if (first.scale) scale = first.scale;
      words = 2;
      good = j = i + 1;
    }
    let lastScale = Infinity;
    for (; j < stop; j++) {
      const x = t[j]!;
      if (j > i) {
        const g = this.gap(j - 1, j);
        const hyphenBetweenWords = g === 'dash' && t[j - 1]!.kind === 'word' && x.kind === 'word' && this.s.slice(t[j - 1]!.end, x.start).trim().length === 1;
        if (g !== 'none' && g !== 'space' && !hyphenBetweenWords) break;
      }
      if (ordinal) break;
      if (x.kind === 'num') {
        // 4 हजार 3 सौ: digits after a scale, when a smaller scale follows them.
        // 2千零30万: after a zero place filler a larger scale may follow (2030万).
        const after = j + 1 < stop ? t[j + 1]?.entry?.scale : undefined;
        if (j > i && current === null && segs.length > 0 && after !== undefined && (after < lastScale || zeroFill) && this.near(j, j + 1) && !x.ordinal) {
          current = x.value;
          continue;
        }
        // 4 thousand 3 hundred and 21, 1千零1
        const wordScale = !t[j - 2]?.entry?.letter && !(first.decimals ?? 0);
        if (j > i && current === null && segs.length > 0 && ((t[j - 1]!.entry?.join && wordScale) || zeroFill) && x.value < lastScale && x.decimals === 0 && !x.ordinal) {
          current = x.value;
          good = j + 1;
        }
        break;
      }
      // 零 / zero after a scale word fills a place before a smaller number (1千零1 = 1001, 2千零30万).
      const zero = x.kind === 'words' ? x.value === 0 && !x.ordinal : x.kind === 'word' && x.entry!.num === 0 && x.entry!.scale === undefined;
      if (zero && j > i && current === null && segs.length > 0 && !zeroFill && j + 1 < stop && this.near(j, j + 1)) {
        const n = t[j + 1]!;
        if (n.kind === 'num' || n.kind === 'words' || (n.kind === 'word' && n.entry!.num !== undefined && n.entry!.scale === undefined)) {
          zeroFill = true;
          continue;
        }
      }
      if (x.kind !== 'word') break;
      const e = x.entry!;
      // 300多万: an "-odd" word right before a scale word (3 million-odd).
      if (e.approx && e.num === undefined && e.scale === undefined && j > i && (current !== null || segs.length > 0) && j + 1 < stop) {
        const ns = t[j + 1]!.kind === 'word' ? t[j + 1]!.entry! : undefined;
        if (ns?.scale !== undefined && !ns.letter && this.near(j, j + 1)) {
          approximate = true;
          continue;
        }
      }
      // quarter million, half a billion: a bare fraction word before a large scale word.
      if (e.frac !== undefined && e.num === undefined && e.ord === undefined && current === null && segs.length === 0 && pending === 0) {
        const ns = j + 1 < stop ? t[j + 1]!.entry : undefined;
        if (ns?.scale !== undefined && ns.scale >= 1000 && !ns.letter && this.near(j, j + 1)) {
          current = 1 / e.frac;
          weakOnly = false;
          words++;
          continue;
        }
      }
      if (e.fracPrefix !== undefined && current === null && pending === 0) {
        pending = e.fracPrefix;
        continue;
      }
      // सवा किलो: a fraction prefix straight before a unit means one and a quarter of it.
      if (pending !== 0 && current === null && segs.length === 0 && (e.unit !== undefined || e.cur !== undefined) && e.num === undefined && e.scale === undefined) {
        current = 1 + pending;
        good = j;
        break;
      }
      if (e.scale !== undefined) {
        // 100K, $5M, 10G: a one-letter scale only right after digits; after a space only k ("2.33 k") and the
        // SI letters written in upper case ("1,674,200.5 M"). A letter the pack gives in upper case (G) must be
        // upper case in the text: 10g is ten grams.
        if (e.letter) {
          const g = j > i ? this.gap(j - 1, j) : 'other';
          const upper = this.o[x.start] !== this.s[x.start];
          const spacedOk = g === 'space' && (this.s[x.start] === 'k' || (upper && 'kmg'.includes(this.s[x.start]!) && !/^[-\p{L}\d]/u.test(this.s.slice(x.end, x.end + 1))));
          if (j === i || t[j - 1]!.kind !== 'num' || !(g === 'none' || spacedOk) || (e.upper && !upper)) break;
        }
        const S = e.scale;
        if (current === null && segs.length === 0) {
          if (e.num === undefined && pending === 0) break;
          current = pending ? 1 + pending : 1;
          pending = 0;
        }
        let base = current ?? 0;
        let popped = false;
        while (segs.length && segs[segs.length - 1]!.s < S) {
          base += segs.pop()!.v;
          popped = true;
        }
        if (current === null && !popped) break;
        weakOnly = false;
        scaleRun = current === null ? scaleRun * S : S;
        if (S >= 100) scale = Math.max(scale, scaleRun);
        segs.push({ v: base * S, s: S });
        lastScale = S;
        current = null;
        tens = false;
        words++;
        good = j + 1;
        continue;
      }
      if (e.num !== undefined) {
        const a = e.num;
        if (current === null) {
          current = a + pending;
          pending = 0;
          // 3 million and a half = 3.5 million; one billion and a half million = 1,000,500,000; hundred and a half = 100.5
          if (a > 0 && a < 1 && segs.length > 0 && t[j - 1]!.entry?.join) {
            const ns = j + 1 < stop && this.near(j, j + 1) ? t[j + 1]!.entry?.scale : undefined;
            current = ns !== undefined && ns < lastScale ? a : lastScale >= 1000 ? a * lastScale : a;
          }
          tens = Number.isInteger(a) && a >= 20 && a < 100 && a % 10 === 0;
        } else if (tens && Number.isInteger(a) && a >= 1 && a <= 9) {
          current += a;
          tens = false;
        } else break;
        if (!e.weak) weakOnly = false;
        words++;
        good = j + 1;
        continue;
      }
      if (e.ord !== undefined) {
        // two hundredth, one hundred thousandth, दस खरबवां: an ordinal scale word multiplies what precedes it
        // ("one thousandth" stays the fraction 1/1000).
        const S = e.ord;
        const oneFraction = e.frac !== undefined && segs.length === 0 && current === 1;
        if (S >= 100 && Number.isInteger(Math.log10(S)) && (current !== null || segs.length > 0) && !oneFraction) {
          let base = current ?? 0;
          while (segs.length && segs[segs.length - 1]!.s < S) base += segs.pop()!.v;
          if (base > 0) {
            segs.push({ v: base * S, s: S });
            current = null;
            ordinal = true;
            weakOnly = false;
            words++;
            good = j + 1;
            break;
          }
        }
        if (current === null) current = e.ord;
        else if (tens && e.ord >= 1 && e.ord <= 9) current += e.ord;
        else break;
        ordinal = true;
        weakOnly = false;
        words++;
        good = j + 1;
        break;
      }
      // one hundred and six: "and" only after a scale word.
      if (e.join && segs.length > 0 && current === null) {
        andBefore = segs.reduce((a, sg) => a + sg.v, 0);
        andScale = lastScale;
        continue;
      }
      break;
    }
    if (good < 0) return null;
    let value = current ?? 0;
    for (const sg of segs) value += sg.v;
    const loneOne = !digits && words === 1 && value === 1 && !ordinal;
    const c = this.finish(i, good, value, scale, ordinal, digits, loneOne);
    if (!digits && first.kind === 'word' && weakOnly && words === 1) c.weak = true;
    if (andBefore !== undefined && good > i) {
      c.andBefore = andBefore;
      c.andScale = andScale;
    }
    if (approximate && c.scale) c.approximate = true;
    return c;
  }

  finish(i: number, next: number, value: number, scale: number, ordinal: boolean, digits: boolean, loneOne = false): Core {
    const t = this.t;
    const first = t[i]!;
    const onlyDigits = digits && next === i + 1;
    return {
      value,
      next,
      start: first.start,
      end: t[next - 1]!.end,
      scale: scale > 1 ? scale : undefined,
      ordinal,
      ambiguous: first.ambiguous || loneOne || undefined,
      plainInt: onlyDigits && !first.grouped && first.decimals === 0 && !first.ordinal,
      digits,
      loneOne,
      decade: first.decade,
    };
  }

  /** compose() plus decimals in words, fractions, divisions and the MT "15 One hundred million" leftovers. */
  number(i: number): Core | null {
    const t = this.t;
    let c = this.compose(i);
    const e0 = this.entry(i);
    if (!c && e0?.dec) {
      // point 77
      const d = this.decimalDigits(i + 1);
      if (d) return { value: Number(`0.${d.digits}`), next: d.next, start: t[i]!.start, end: t[d.next - 1]!.end };
      return null;
    }
    if (!c) return null;
    const fr = this.fraction(i);
    if (fr) return fr;
    const k = c.next;
    const e = this.entry(k);
    // Years are never divided: "grew 3 over 2021" is not a fraction; "2000 over 3" standing alone is.
    const yearish = (x: Core) => x.plainInt && x.value >= 1000;
    if (e?.dec && Number.isInteger(c.value) && !c.ordinal && this.near(k - 1, k)) {
      const d = this.decimalDigits(k + 1);
      if (d) c = { ...c, value: c.value + Number(`0.${d.digits}`), next: d.next, end: t[d.next - 1]!.end, plainInt: false, loneOne: false, ambiguous: undefined };
    } else if (e?.div && this.near(k - 1, k)) {
      const d = this.compose(k + 1);
      if (d && d.value !== 0 && !yearish(d) && (!yearish(c) || this.clauseEnds(d.end)))
        return { ...c, value: c.value / d.value, next: d.next, end: d.end, plainInt: false, loneOne: false, ambiguous: undefined, scale: undefined };
    } else if (e?.rdiv && this.near(k - 1, k) && c.value !== 0 && !yearish(c)) {
      // 三分之一, １６分之5, 负３分之负一百五十七: the denominator first, then the numerator (with its own sign).
      let m = k + 1;
      const neg = this.entry(m)?.neg && this.near(m, m + 1);
      if (neg) m++;
      const q = this.near(m - 1, m) ? this.compose(m) : null;
      if (q && !q.ordinal && !yearish(q)) return { ...c, value: (neg ? -q.value : q.value) / c.value, next: q.next, end: q.end, plainInt: false, loneOne: false, ambiguous: undefined, scale: undefined, digits: false };
    } else if (e?.join && this.near(k - 1, k) && !(c.plainInt && c.value >= 1000)) {
      // one and a half, 3又一千分之23; twenty and three (and three fifths): a tens word and units
      const f = this.number(k + 1);
      const tensWord = !c.digits && t[i]!.kind === 'word' && c.value >= 20 && c.value < 100 && c.value % 10 === 0 && !c.ordinal && !c.scale;
      const fits = f && f.value > 0 && this.near(k, k + 1) && (f.value < 1 || (tensWord && f.value < 10 && !f.digits && !f.ordinal));
      if (f && fits) c = { ...c, value: c.value + f.value, next: f.next, end: f.end, plainInt: false, loneOne: false, ambiguous: undefined };
    } else if (!c.digits && !c.ordinal && !c.scale && t[i]!.kind === 'word' && c.next === i + 1 && this.gap(i, k) === 'space' && this.entry(k)?.num !== undefined) {
      // one twenty two = 122, two fifty = 250: a units word then a tens number says hundreds (colloquial).
      const u = c.value;
      const h = Number.isInteger(u) && u >= 1 && u <= 9 ? this.compose(k) : null;
      // Only a tens-and-units compound (one twenty two), not "seven thirty" (a clock time) or "two fifty".
      if (h && !h.ordinal && !h.scale && Number.isInteger(h.value) && h.value > 20 && h.value <= 99 && h.value % 10 !== 0 && h.next > k + 1)
        c = { ...c, value: u * 100 + h.value, next: h.next, end: h.end, loneOne: false, ambiguous: true };
    } else if (t[k]?.kind === 'slash' && c.digits && this.gap(k - 1, k) === 'space' && t[k]!.third === undefined && t[k]!.value < t[k]!.den!) {
      // 1 4/5
      const sl = t[k]!;
      c = { ...c, value: c.value + Math.sign(c.value || 1) * (sl.value / sl.den!), next: k + 1, end: sl.end, plainInt: false };
    } else if (c.digits && !c.scale && !c.ordinal && this.gap(k - 1, k) === 'space' && !(c.plainInt && c.value >= 1900 && c.value <= 2100)) {
      // Machine translation from Chinese leaves 亿 and 万 as "One hundred million" / "ten thousand" after the digits.
      const m = this.compose(k);
      if (m && m.scale && !m.ordinal && (m.value === 1e4 || m.value === 1e8 || m.value === 1e12)) {
        c = { ...c, value: c.value * m.value, scale: m.value, next: m.next, end: m.end, plainInt: false };
      }
    }
    return c;
  }

  /** Adjacent number-word tokens: a space between them, or one hyphen (ninety-five, twenty-firsts). */
  bound(a: number, b: number): boolean {
    const g = this.gap(a, b);
    if (g === 'none' || g === 'space') return true;
    return g === 'dash' && this.t[a]!.kind === 'word' && this.t[b]!.kind === 'word' && this.s.slice(this.t[a]!.end, this.t[b]!.start).trim().length === 1;
  }

  /** A number word that is a number by itself (one, thirty, "one hundred"), not a bare scale word (hundred). */
  numberWordAt(p: number): boolean {
    const x = this.t[p];
    if (x?.kind !== 'word' || x.entry!.num === undefined) return false;
    return x.entry!.scale === undefined || /\s/.test(this.s.slice(x.start, x.end));
  }

  /**
   * A fraction whose denominator is an ordinal: three fifths, two million and three fifths (2.6 million), one
   * hundred thirty fifths (100/35: the longest ordinal that leaves a numerator), three twenty-firsts, one one
   * hundred fifth (1/105), a twenty-first. A singular denominator needs the numerator one ("twenty fifth" is 25th),
   * and a compound one must end the clause ("a twenty-first birthday" is an ordinal).
   */
  fraction(i: number): Core | null {
    const t = this.t;
    let d = -1;
    for (let j = i; j < t.length && j < i + 12; j++) {
      if (j > i && !this.bound(j - 1, j)) break;
      const x = t[j]!;
      if (x.kind !== 'word') {
        if (j === i && x.kind === 'num') continue;
        break;
      }
      const e = x.entry!;
      if (e.frac !== undefined || e.cfrac !== undefined || e.ord !== undefined) {
        d = j;
        break;
      }
      if (e.num === undefined && e.scale === undefined && !e.join) break;
    }
    if (d < 0) return null;
    const de = t[d]!.entry!;
    // "the first three quarters", "two quarters": periods, a count; "three quarters of", "three-quarters": a fraction.
    if (de.period && d > i && this.gap(d - 1, d) !== 'dash') {
      const of = this.entry(d + 1)?.fracOf && this.near(d, d + 1);
      const b = i > 0 && this.near(i - 1, i) ? t[i - 1]! : undefined;
      const counted = !!b && (b.ordinal || (b.kind === 'word' && (b.entry!.ord !== undefined || !!b.entry!.periodCount)));
      // After "and" or before a scale word it is a fraction again: five billion and three quarters (million).
      const scaleNext = this.entry(d + 1)?.scale !== undefined && this.near(d, d + 1);
      const n = !of || counted ? this.compose(i, d) : null;
      if (n && n.next === d && !n.ordinal && !n.scale && n.andBefore === undefined && !scaleNext && Number.isInteger(n.value) && n.value >= 1) {
        return { ...n, next: d + 1, end: t[d]!.end, plainInt: false, loneOne: false, ambiguous: undefined };
      }
    }
    const singular = de.ord !== undefined;
    const unit = de.ord ?? de.frac ?? de.cfrac!;
    const article = d > i ? this.articleBefore(i) : undefined;
    for (let p = article !== undefined ? i : i + 1; p <= d; p++) {
      let den: number | undefined;
      if (p === d) den = de.frac;
      else {
        if (p > i && this.gap(p - 1, p) === 'dash') continue;
        if (!this.numberWordAt(p)) continue;
        const pre = this.compose(p, d);
        const last = t[d - 1]!.entry;
        if (!pre || pre.next !== d || pre.ordinal || !last || !Number.isInteger(unit)) continue;
        const tens = last.num !== undefined && last.scale === undefined && last.num >= 20 && last.num < 100 && last.num % 10 === 0;
        if ((tens && unit >= 1 && unit <= 9) || (last.scale !== undefined && last.scale >= 100 && unit < last.scale)) den = pre.value + unit;
      }
      if (!den) continue;
      let value: number;
      if (p === i) value = 1 / den;
      else {
        const n = this.compose(i, p);
        if (!n || n.next !== p || n.ordinal) continue;
        if (singular && n.value !== 1) continue;
        value = n.andBefore !== undefined ? n.andBefore + ((n.value - n.andBefore) / den) * (n.andScale! >= 1000 ? n.andScale! : 1) : n.value / den;
        // one billion and three quarters million: the fraction counts in the smaller scale word after it.
        const ns = this.entry(d + 1);
        if (n.andBefore !== undefined && ns?.scale !== undefined && !ns.letter && ns.scale < n.andScale! && this.near(d, d + 1)) {
          const v = n.andBefore + ((n.value - n.andBefore) / den) * ns.scale;
          return { value: v, next: d + 2, start: t[i]!.start, end: t[d + 1]!.end, plainInt: false, digits: false };
        }
      }
      const compound = p < d || p === i;
      if (singular && compound && !this.clauseEnds(t[d]!.end)) return null;
      return {
        value,
        next: d + 1,
        start: p === i ? article! : t[i]!.start,
        end: t[d]!.end,
        ambiguous: p === i || undefined,
        plainInt: false,
        digits: false,
      };
    }
    return null;
  }

  /** Where "a"/"an" (pack oneArticles) stands right before token i, or undefined. */
  articleBefore(i: number): number | undefined {
    const start = this.t[i]!.start;
    for (const w of this.L.rules.oneArticles ?? []) {
      const a = start - w.length - 1;
      if (a >= 0 && this.s.startsWith(w, a) && /\s/.test(this.s[a + w.length]!) && !isLetterAt(this.s, a - 1)) return a;
    }
    return undefined;
  }

  /** Decimal digits after "point": 77, five one, seventy-one. */
  decimalDigits(i: number): { digits: string; next: number } | null {
    const t = this.t;
    const x = t[i];
    if (!x || !this.near(i - 1, i)) return null;
    if (x.kind === 'num' && x.decimals === 0 && !x.grouped) return { digits: this.s.slice(x.start, x.end), next: i + 1 };
    let digits = '';
    let j = i;
    while (t[j]?.kind === 'word' && t[j]!.entry!.num !== undefined && t[j]!.entry!.num! < 10 && Number.isInteger(t[j]!.entry!.num) && (j === i || this.near(j - 1, j))) {
      digits += String(t[j]!.entry!.num);
      j++;
    }
    if (digits.length > 1) return { digits, next: j };
    const c = this.compose(i);
    if (c && Number.isInteger(c.value) && c.value >= 0) return { digits: String(c.value), next: c.next };
    return digits ? { digits, next: j } : null;
  }
}

interface Phrase {
  fact: Fact;
  next: number;
  /** The phrase is a date part marked by a word (tháng 10, 2030年); value is its number. */
  datePart?: DatePart;
  value?: number;
}

function isYear(L: CompiledLanguage, v: number): boolean {
  return (v >= 1000 && v <= 2100) || (!!L.calendar.buddhistEraByDefault && v >= 2400 && v <= 2700);
}

function yearFact(L: CompiledLanguage, v: number, era: 'BE' | 'CE' | undefined): Pick<Fact, 'value' | 'calendar' | 'original'> {
  const be = era === 'BE' || (era !== 'CE' && !!L.calendar.buddhistEraByDefault && v >= 2400 && v <= 2700);
  return be ? { value: v - 543, calendar: 'BE', original: v } : { value: v };
}

function extract(L: CompiledLanguage, sentence: string, s: string): Fact[] {
  const t = tokenize(L, s);
  if (t.length === 0) return [];
  const R = new Reader(L, s, t, sentence);
  const facts: Fact[] = [];
  const make = (kind: FactKind, value: Fact['value'], start: number, end: number, extra: Partial<Fact> = {}): Fact => {
    const f: Fact = { kind, value, text: sentence.slice(start, end), start, end };
    for (const [k, v] of Object.entries(extra)) if (v !== undefined && v !== false) (f as unknown as Record<string, unknown>)[k] = v;
    return f;
  };

  const slashFacts = (x: Tok): Fact[] => {
    const a = x.value;
    const b = x.den!;
    const out: Fact[] = [];
    const dayFirst = L.rules.dayFirst;
    const [d, m] = dayFirst ? [a, b] : [b, a];
    const fits = (dd: number, mm: number) => dd >= 1 && dd <= 31 && mm >= 1 && mm <= 12;
    const yr = x.third;
    const yearOf = (n: number) => yearFact(L, n, undefined).value as number;
    if (yr !== undefined) {
      if (a >= 1000 && fits(x.third!, b)) return [make('date', { year: yearOf(a), month: b, day: x.third! }, x.start, x.end)];
      const year = yr < 100 ? 2000 + yr : yearOf(yr);
      if (fits(d, m)) return [make('date', { year, month: m, day: d }, x.start, x.end, { ambiguous: fits(m, d) && d !== m })];
      if (fits(m, d)) return [make('date', { year, month: d, day: m }, x.start, x.end, { ambiguous: true })];
      return [];
    }
    // tháng 10/2022, 10/2022: a month and a four-digit year.
    if (a >= 1 && a <= 12 && b >= 1000 && String(b).length === 4 && isYear(L, b)) return [make('date', { month: a, year: yearOf(b) }, x.start, x.end)];
    if (fits(d, m)) out.push(make('date', { month: m, day: d }, x.start, x.end, { ambiguous: true }));
    else if (fits(m, d)) out.push(make('date', { month: d, day: m }, x.start, x.end, { ambiguous: true }));
    if (b !== 0) out.push(make('number', a / b, x.start, x.end, { ambiguous: out.length > 0 }));
    return out;
  };

  /** One phrase at token i: prefixes, the number, what follows it. */
  const phrase = (i: number, allowPrefix = true): Phrase | null => {
    let j = i;
    let neg = false;
    let cur: string | undefined;
    let ordPrefix = false;
    let pctPrefix = false;
    let era: 'BE' | 'CE' | undefined;
    let markBefore: DatePart | undefined;
    let pos = false;
    let approxPre = false;
    // The fact's text leaves out an approximate word before the number (more than, ประมาณ): "3 million".
    let start = t[i]!.start;
    while (allowPrefix && t[j]?.kind === 'word' && j + 1 < t.length && R.near(j, j + 1)) {
      const e = t[j]!.entry!;
      if (e.num !== undefined || e.scale !== undefined || e.fracPrefix !== undefined || e.dec) break;
      if (e.neg) neg = true;
      else if (e.cur) cur = e.cur;
      else if (e.ordPrefix) ordPrefix = true;
      else if (e.pctPrefix) pctPrefix = true;
      else if (e.era) era = e.era;
      else if (e.markBefore) markBefore = e.markBefore;
      else if (e.pos) pos = true;
      else if (e.approxPre) {
        approxPre = true;
        if (start === t[j]!.start) start = t[j + 1]!.start;
      } else break;
      j++;
    }
    const c = R.number(j);
    if (!c) return null;
    // वन (forest) alone is not "one"; माइनस वन is.
    if (c.weak && !neg && !pos) return null;
    let value = c.value;
    // -504, - 1,200,000
    if (!neg && t[j]!.kind === 'num' && j === i) {
      const before = s.slice(Math.max(0, c.start - 3), c.start);
      if (/(^|[\s(])[-−]$/.test(before) || (c.start <= 2 && /^\s*[-−]\s?$/.test(before))) {
        neg = true;
      }
    }
    if (neg) value = -value;
    let k = c.next;
    let end = c.end;
    let kind: FactKind = c.ordinal || ordPrefix ? 'ordinal' : 'number';
    let unit: string | undefined;
    // ปีที่สอง (the second year) stays an ordinal.
    let datePart: DatePart | undefined = kind === 'ordinal' ? undefined : markBefore;
    let ambiguous = c.ambiguous;
    // 三千多人, สามพันกว่า: an "-odd" word between the number and its unit.
    let approx = false;
    if (R.entry(k)?.approx && R.near(k - 1, k) && kind === 'number') {
      approx = true;
      end = t[k]!.end;
      k++;
    }
    // A year written digit by digit in words (二〇三〇年) is a year like 2030年, not 2030 years.
    const wordYear = t[j]!.kind === 'words' && c.next === j + 1 && t[j]!.end - t[j]!.start === 4 && Number.isInteger(c.value) && isYear(L, c.value);
    const e = R.entry(k);
    const close = e && R.near(k - 1, k);
    if (close && e.pct && kind === 'number') {
      kind = 'percent';
      end = t[k]!.end;
      k++;
    } else if (pctPrefix && kind === 'number') kind = 'percent';
    else if (close && e.cur && kind === 'number' && !markBefore) {
      kind = 'money';
      unit = e.cur;
      end = t[k]!.end;
      k++;
    } else if (cur && kind === 'number') {
      kind = 'money';
      unit = cur;
    } else if (close && e.unit && kind === 'number' && !markBefore && !((c.plainInt || wordYear) && isYear(L, c.value) && e.unit === 'year')) {
      kind = 'quantity';
      unit = e.unit;
      end = t[k]!.end;
      k++;
    } else if (close && e.markAfter && kind === 'number' && Number.isInteger(value)) {
      datePart = e.markAfter;
      end = t[k]!.end;
      k++;
    }
    if (kind === 'number' && c.decade && !neg) return { fact: make('year', value, c.start, end, { ambiguous: true }), next: k };
    const fstart = neg || pos || cur || ordPrefix || pctPrefix || era || markBefore ? start : c.start;
    if (datePart) return { fact: make('date', {}, fstart, end), next: k, datePart, value };
    const yearish = c.plainInt && t[j]!.intDigits === 4 && isYear(L, c.value);
    if (kind === 'number' && !neg && (era ? c.plainInt : yearish)) {
      return { fact: make('year', 0, fstart, end, yearFact(L, c.value, era)), next: k };
    }
    if (kind === 'number' && cur === undefined && c.digits && t[c.next - 1]?.entry?.letter && !['k'].includes(s.slice(t[c.next - 1]!.start, t[c.next - 1]!.end))) ambiguous = true;
    const approximate = (t[j]!.kind === 'words' && t[j]!.approximate) || approx || c.approximate || (approxPre && kind !== 'ordinal');
    return { fact: make(kind, value, fstart, end, { unit, scale: c.scale, ambiguous, approximate }), next: k };
  };

  // Date parts marked by words (ngày 20 tháng 10 năm 2023, 12月19日) and month names (July 5, 5 जुलाई 2022).
  const monthDate = (i: number): { fact: Fact; next: number } | null => {
    const x = t[i]!;
    const month = x.entry!.month!;
    const n = t[i + 1];
    const date: DateValue = { month };
    let next = i + 1;
    let end = x.end;
    if (n && R.near(i, i + 1) && (n.kind === 'num' || n.kind === 'words') && Number.isInteger(n.value)) {
      const after = R.entry(i + 2);
      const glued = after && R.near(i + 1, i + 2) && (after.scale !== undefined || after.unit !== undefined || after.cur !== undefined || after.pct);
      if (!glued && n.value >= 1 && n.value <= 31 && (n.intDigits ?? 1) <= 2) {
        date.day = n.value;
        next = i + 2;
        end = n.end;
        const y = t[i + 2];
        const g = R.gap(i + 1, i + 2);
        if (y?.kind === 'num' && (g === 'space' || g === 'comma') && y.intDigits === 4 && !y.grouped && y.decimals === 0 && isYear(L, y.value)) {
          date.year = yearFact(L, y.value, undefined).value as number;
          next = i + 3;
          end = y.end;
        }
      } else if (!glued && n.kind === 'num' && n.intDigits === 4 && !n.grouped && n.decimals === 0 && isYear(L, n.value)) {
        date.year = yearFact(L, n.value, undefined).value as number;
        next = i + 2;
        end = n.end;
      }
    }
    if (next === i + 1) return bareMonth(i) ? { fact: make('date', date, x.start, end), next } : null;
    return { fact: make('date', date, x.start, end), next };
  };

  /**
   * A month name with no day or year ("in July", जुलाई में, กรกฎาคม) is a date {month}, so it pairs with 7月 and
   * tháng 7. Not an abbreviation (Jan, Sept); in a cased script it is capitalized (may, march are words) and does
   * not follow a capitalized word that may be a name (Theresa May; In May is fine: the pack's nonNames).
   */
  const bareMonth = (i: number): boolean => {
    const x = t[i]!;
    if (x.entry!.monthAbbr) return false;
    const surface = sentence.slice(x.start, x.end);
    if (surface === surface.toLowerCase() && surface === surface.toUpperCase()) return true;
    // tháng bảy: a month named with its marker word is a month whatever the case.
    if (!/^\p{Lu}|\s\p{Lu}/u.test(surface)) return /\s/.test(surface);
    const prev = /(\p{L}[\p{L}\p{M}'’.-]*)\s+$/u.exec(sentence.slice(Math.max(0, x.start - 40), x.start));
    if (prev && /^\p{Lu}/u.test(prev[1]!) && !L.nonNames.has(prev[1]!.toLowerCase())) return false;
    return true;
  };

  /** 11 点 20 分, 11 giờ 20 phút, 11.20 น.: a clock time gives no fact. Returns the token after it, or i. */
  const clockEnd = (i: number): number => {
    const x = t[i]!;
    const whole = (k: number, max: number): boolean => {
      const y = t[k];
      if (!y || !(y.kind === 'num' ? y.decimals === 0 && !y.grouped && (y.intDigits ?? 0) <= 2 : y.kind === 'words')) return false;
      return Number.isInteger(y.value) && y.value >= 0 && y.value <= max;
    };
    if (x.kind === 'num' && x.decimals === 2 && !x.grouped && R.entry(i + 1)?.clockAfter && R.near(i, i + 1)) {
      const h = Math.floor(x.value);
      if (h <= 24 && Math.round((x.value - h) * 100) <= 59) return i + 2;
    }
    if (whole(i, 24) && R.entry(i + 1)?.clockHour && R.near(i, i + 1) && whole(i + 2, 59) && R.near(i + 1, i + 2) && R.entry(i + 3)?.clockMinute && R.near(i + 2, i + 3)) {
      return i + 4;
    }
    return i;
  };

  /** A year right after a date (19 เมษายน 2564, ngày 5 tháng Năm năm 2022): its fact, value and next token. */
  const yearAfter = (n: number): { fact: Fact; year: number; next: number } | null => {
    const g = R.gap(n - 1, n);
    if (!t[n] || !(g === 'space' || g === 'comma' || g === 'none') || !(t[n]!.kind === 'num' || t[n]!.kind === 'word')) return null;
    const yp = phrase(n);
    if (yp?.fact.kind === 'year') return { fact: yp.fact, year: yp.fact.value as number, next: yp.next };
    if (yp?.datePart === 'year' && Number.isInteger(yp.value)) {
      const y = yearFact(L, yp.value!, undefined);
      const fact = make('year', y.value, yp.fact.start, yp.fact.end, { calendar: y.calendar, original: y.original });
      return { fact, year: y.value as number, next: yp.next };
    }
    return null;
  };

  for (let i = 0; i < t.length; ) {
    const x = t[i]!;
    const clock = x.kind === 'num' || x.kind === 'words' ? clockEnd(i) : i;
    if (clock > i) {
      i = clock;
      continue;
    }
    if (x.kind === 'date') {
      facts.push(make('date', x.date!, x.start, x.end, { ambiguous: x.ambiguous }));
      i++;
      continue;
    }
    if (x.kind === 'slash') {
      // Ngày 20/10: after a day marker a/b is the day and the month, not a fraction.
      const dayMarked = i > 0 && R.entry(i - 1)?.markBefore === 'day' && R.near(i - 1, i);
      if (dayMarked && x.third === undefined && x.value >= 1 && x.value <= 31 && x.den! >= 1 && x.den! <= 12) {
        facts.push(make('date', { month: x.den!, day: x.value }, x.start, x.end));
        i++;
        continue;
      }
      facts.push(...slashFacts(x));
      i++;
      continue;
    }
    if (x.kind === 'word' && x.entry!.month !== undefined && x.entry!.num === undefined) {
      const d = monthDate(i);
      if (d) {
        facts.push(d.fact);
        i = d.next;
        continue;
      }
    }
    const p = phrase(i);
    if (!p) {
      i++;
      continue;
    }
    let { fact, next } = p;
    // A day before a month name: 5 July 2022, 5 जुलाई, 19 เมษายน 2564.
    const mEntry = R.entry(next);
    if ((fact.kind === 'number' || fact.kind === 'ordinal') && typeof fact.value === 'number' && mEntry?.month !== undefined && R.near(next - 1, next)) {
      const day = fact.value;
      if (Number.isInteger(day) && day >= 1 && day <= 31) {
        const date: DateValue = { day, month: mEntry.month };
        let end = t[next]!.end;
        let n = next + 1;
        const y = yearAfter(n);
        if (y) {
          date.year = y.year;
          end = y.fact.end;
          n = y.next;
          facts.push(y.fact);
        }
        facts.push(make('date', date, fact.start, end));
        i = n;
        continue;
      }
    }
    // Date parts marked by words merge with their neighbours.
    if (p.datePart) {
      const date: DateValue = {};
      let cur: Phrase | null = p;
      const start = fact.start;
      let end = fact.end;
      let n = next;
      while (cur && cur.datePart && date[cur.datePart] === undefined) {
        const v = cur.value!;
        if (cur.datePart === 'year') {
          const y = yearFact(L, v, undefined);
          date.year = y.value as number;
          facts.push(make('year', y.value, cur.fact.start, cur.fact.end, { calendar: y.calendar, original: y.original }));
        } else date[cur.datePart] = v;
        end = cur.fact.end;
        n = cur.next;
        const g = R.gap(n - 1, n);
        cur = t[n] && (g === 'space' || g === 'none' || g === 'comma') ? phrase(n) : null;
      }
      // วันที่ 19 เมษายน 2564, ngày 5 tháng Năm: a marked day and a month name are one date.
      const mn = R.entry(n);
      if (date.day !== undefined && date.month === undefined && mn?.month !== undefined && mn.num === undefined && R.near(n - 1, n)) {
        date.month = mn.month;
        end = t[n]!.end;
        n++;
        const y = date.year === undefined ? yearAfter(n) : null;
        if (y) {
          date.year = y.year;
          end = y.fact.end;
          n = y.next;
          facts.push(y.fact);
        }
      }
      if (date.month !== undefined || date.day !== undefined) facts.push(make('date', date, start, end));
      i = n;
      continue;
    }
    facts.push(fact);
    // तीन का पाँचवाँ (भाग): a number in words "of" an ordinal is also a fraction.
    if (fact.kind === 'number' && typeof fact.value === 'number' && t[i]!.kind !== 'num' && R.entry(next)?.ofOrd && R.near(next, next + 1)) {
      const q = R.compose(next + 1);
      if (q && q.ordinal && q.value !== 0) facts.push(make('number', fact.value / q.value, fact.start, q.end, { ambiguous: true }));
    }
    // Ranges: 30%-40%, 2020-2025, 5–10 million tons.
    if (typeof fact.value === 'number' && t[next] && R.gap(next - 1, next) === 'dash' && fact.kind !== 'date') {
      const q = phrase(next, false);
      if (q && typeof q.fact.value === 'number' && q.fact.value > fact.value) {
        let from = fact.value;
        if (!fact.scale && q.fact.scale && from * q.fact.scale <= q.fact.value) {
          from *= q.fact.scale;
          fact.value = from;
          fact.scale = q.fact.scale;
        }
        if (q.fact.kind === 'percent' && fact.kind === 'number') fact.kind = 'percent';
        if (q.fact.unit && !fact.unit && fact.kind === 'number') {
          fact.kind = q.fact.kind;
          fact.unit = q.fact.unit;
        }
        const unit = q.fact.kind === 'percent' ? '%' : q.fact.unit;
        facts.push(q.fact, make('range', { from, to: q.fact.value }, fact.start, q.fact.end, { unit }));
        next = q.next;
      }
    }
    i = next;
  }
  return facts.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Every fact of one sentence, in order of position. Offsets are UTF-16 code units into `sentence`. */
export function extractFacts(sentence: string, lang: LangCode): Fact[] {
  if (sentence.length <= MAX_SENTENCE_CHARS) {
    const L = compiledLanguage(lang);
    return extract(L, sentence, L.normalize(sentence));
  }
  const facts: Fact[] = [];
  for (const piece of factsByPiece(sentence, lang)) for (const f of piece) facts.push(f);
  return facts;
}

/**
 * The facts of a sentence, one bounded piece at a time (the whole sentence when it is not over-long), with
 * offsets into the sentence. A line without sentence punctuation (facts --lines, pre-aligned rows) is read in the
 * pieces segment() would cut it into, so that its tokens are never all in memory together.
 */
export function* factsByPiece(sentence: string, lang: LangCode): Generator<Fact[]> {
  const L = compiledLanguage(lang);
  for (const [from, to] of sentencePieces(sentence, 0, sentence.length, lang)) {
    const piece = sentence.slice(from, to);
    const facts = extract(L, piece, L.normalize(piece));
    for (const f of facts) {
      f.start += from;
      f.end += from;
    }
    yield facts;
  }
}

/**
 * text[start..end) in the bounded pieces of core/long-sentences (the whole span when it is not over-long), cut
 * where no fact lies: segmentation, fact extraction and the aligner all cut a long line the same way.
 */
export function sentencePieces(text: string, start: number, end: number, lang: LangCode): Array<[number, number]> {
  return cutLongSentence(text, start, end, lang, (a, b) => factSpansIn(text, a, b, lang));
}

/** Where the facts of text[from..to) lie, as offsets into the text: the cuts of an over-long sentence avoid them. */
function factSpansIn(text: string, from: number, to: number, lang: LangCode): Array<{ start: number; end: number }> {
  return extractFacts(text.slice(from, to), lang).map((f) => ({ start: from + f.start, end: from + f.end }));
}
