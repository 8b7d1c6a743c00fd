// Digits in every script and the separators each language uses. Pure functions, no language data of
// its own: the separators come from the language pack's NumberRules.
import type { NumberRules } from '../lang/pack.js';

/** Zero of each digit block read in every language: Devanagari, Thai, full-width. */
const DIGIT_ZEROS = [0x0966, 0x0e50, 0xff10];
const FULLWIDTH_PUNCT: Record<string, string> = { '，': ',', '．': '.', '％': '%', '＄': '$', '－': '-', '／': '/', '：': ':' };

export interface Normalizer {
  /** Lower-cases and turns every digit into ASCII (and full-width punctuation into ASCII), keeping the length. */
  (text: string): string;
}

/** Builds the normalizer for a pack's extra digits (zero first). The output always has the input's length. */
export function makeNormalizer(extraDigits = ''): Normalizer {
  const map = new Map<string, string>();
  for (const zero of DIGIT_ZEROS) for (let d = 0; d < 10; d++) map.set(String.fromCharCode(zero + d), String(d));
  [...extraDigits].forEach((ch, d) => {
    if (d < 10 && ch.length === 1) map.set(ch, String(d));
  });
  for (const [k, v] of Object.entries(FULLWIDTH_PUNCT)) map.set(k, v);
  const cls = [...map.keys()].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
  const re = new RegExp(`[${cls}]`, 'g');
  const test = new RegExp(`[${cls}]`);
  return (text: string) => {
    let lower = text.toLowerCase();
    // A few letters (İ) lower-case to two code units; fall back to per-character lowering to keep offsets.
    if (lower.length !== text.length) lower = [...text].map((c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join('');
    return test.test(lower) ? lower.replace(re, (c) => map.get(c) ?? c) : lower;
  };
}

export const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

/** What a run of digits and separators says. */
export interface DigitReading {
  /** 'number' a plain number; 'date' day.month(.year) written with dots; 'skip' not a number (a version string). */
  kind: 'number' | 'date' | 'skip';
  value: number;
  end: number;
  /** A group separator was used (1,200): not a year, whatever its value. */
  grouped: boolean;
  /** Digits after the decimal separator (0 for an integer). */
  decimals: number;
  /** Digits before the decimal separator. */
  intDigits: number;
  ambiguous?: boolean;
  date?: { day: number; month: number; year?: number };
}

const validGroups = (parts: string[], indian: boolean): boolean => {
  const [first, ...rest] = parts;
  if (first === undefined || first.length === 0 || rest.length === 0) return false;
  if (first.length <= 3 && rest.every((p) => p.length === 3)) return true;
  // Indian grouping: 12,34,567 — two-digit groups, then a final three-digit group.
  if (!indian || first.length > 2) return false;
  const last = rest[rest.length - 1]!;
  return last.length === 3 && rest.slice(0, -1).every((p) => p.length === 2);
};

const SPACE_GROUP_START = /^[ \u00a0\u202f\u2009]\d/;
/** Space-separated groups of exactly three digits, not followed by another digit or separator+digit. */
const SPACE_GROUPS = /^(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d]|[.,]\d)/;

const dayMonth = (a: string, b: string, c?: string): DigitReading['date'] | null => {
  const day = Number(a);
  const month = Number(b);
  if (a.length > 2 || b.length > 2 || day < 1 || day > 31 || month < 1 || month > 12) return null;
  if (c !== undefined && c.length !== 4 && c.length !== 2) return null;
  return c === undefined ? { day, month } : { day, month, year: c.length === 2 ? 2000 + Number(c) : Number(c) };
};

/**
 * Reads the digit run starting at `start` of normalized text (ASCII digits). Separators count only when a
 * digit follows them. A group separator must be followed by exactly three digits (or Indian groups).
 */
export function readDigitRun(s: string, start: number, rules: NumberRules): DigitReading {
  let j = start;
  const parts: string[] = [];
  const seps: string[] = [];
  let cur = '';
  // A leading decimal point: .77
  if (s[j] === '.' || s[j] === ',') {
    seps.push(s[j]!);
    parts.push('');
    j++;
  }
  for (; j < s.length; j++) {
    const c = s.charCodeAt(j);
    if (isDigitCode(c)) cur += s[j];
    else if ((s[j] === ',' || s[j] === '.') && j + 1 < s.length && isDigitCode(s.charCodeAt(j + 1)) && cur !== '') {
      parts.push(cur);
      seps.push(s[j]!);
      cur = '';
    } else break;
  }
  parts.push(cur);
  const end = j;
  const dec = rules.decimalSeparator;
  const groups = rules.groupSeparators;
  const indian = rules.indianGrouping ?? false;
  const int = (p: string[]) => Number(p.join(''));
  const plain = (value: number, e: number, grouped: boolean, decimals: number, intDigits: number, ambiguous?: boolean): DigitReading => ({
    kind: 'number', value, end: e, grouped, decimals, intDigits, ...(ambiguous ? { ambiguous } : {}),
  });

  if (seps.length === 0) {
    // 1 234 567, 12 500 (with a no-break or thin space): groups of three separated by spaces. Ordinary spaces
    // need two such groups, since "3 100-metre races" are two numbers.
    if (parts[0]!.length <= 3 && SPACE_GROUP_START.test(s.slice(end, end + 2))) {
      const m = SPACE_GROUPS.exec(s.slice(end, end + 64));
      if (m && (m[0].length >= 8 || /[\u00a0\u202f\u2009]/.test(m[0]))) {
        const digits = parts[0] + m[0].replace(/\D/g, '');
        return plain(Number(digits), end + m[0].length, true, 0, digits.length);
      }
    }
    return plain(Number(parts[0]), end, false, 0, parts[0]!.length);
  }
  if (parts[0] === '') {
    // .77 in a language whose decimal mark is the dot (or ,5 where it is the comma).
    if (seps[0] === dec && parts.length === 2) return plain(Number(`0.${parts[1]}`), end, false, parts[1]!.length, 0);
    return { ...plain(Number(parts[1]), end, false, 0, parts[1]!.length), kind: 'skip' };
  }
  const kinds = new Set(seps);
  if (kinds.size === 1) {
    const sep = seps[0]!;
    if (groups.includes(sep) && validGroups(parts, indian)) return plain(int(parts), end, true, 0, parts.join('').length);
    if (sep === dec && parts.length === 2) {
      // 1,200 in a decimal-comma language (or 1.200 in a decimal-dot one) could be a grouped thousand.
      const couldGroup = parts[1]!.length === 3 && parts[0]!.length <= 3 && parts[0] !== '0';
      return plain(Number(`${parts[0]}.${parts[1]}`), end, false, parts[1]!.length, parts[0]!.length, couldGroup);
    }
    // Not a valid number in this language's notation: a dotted date (20.10.2022, 11.11), or the other notation.
    const date = parts.length <= 3 && sep === '.' ? dayMonth(parts[0]!, parts[1]!, parts[2]) : null;
    if (date && (parts.length === 3 || rules.dayFirst)) {
      return { kind: 'date', value: 0, end, grouped: false, decimals: 0, intDigits: 0, ambiguous: parts.length === 2, date };
    }
    if (parts.length === 2 && sep !== dec && !groups.includes(sep)) {
      return plain(Number(`${parts[0]}.${parts[1]}`), end, false, parts[1]!.length, parts[0]!.length, true);
    }
    if (parts.length === 2 && groups.includes(sep) && sep === '.') {
      // 11.11 where the dot groups thousands but no group follows: read the other notation, and say so.
      return plain(Number(`${parts[0]}.${parts[1]}`), end, false, parts[1]!.length, parts[0]!.length, true);
    }
    // A list ("1,5 and 7" in English) or a version number: read only the first part here.
    if (sep === ',') return plain(Number(parts[0]), start + parts[0]!.length, false, 0, parts[0]!.length);
    return { ...plain(Number(parts[0]), end, false, 0, parts[0]!.length), kind: 'skip' };
  }
  // Both separators: the language's own order (1,200.5 / 1.200,5) first.
  const lastSep = seps[seps.length - 1]!;
  const head = parts.slice(0, -1);
  if (lastSep === dec && seps.slice(0, -1).every((x) => groups.includes(x)) && validGroups(head, indian)) {
    return plain(Number(`${head.join('')}.${parts[parts.length - 1]}`), end, true, parts[parts.length - 1]!.length, head.join('').length);
  }
  // The other notation (an English number in Vietnamese text)…
  if (seps.slice(0, -1).every((x) => x === seps[0]) && lastSep !== seps[0] && validGroups(head, true)) {
    const tail = parts[parts.length - 1]!;
    if (tail.length !== 3) return plain(Number(`${head.join('')}.${tail}`), end, true, tail.length, head.join('').length, true);
  }
  // …or garbled grouping (5.111,000): every group has three digits, so it is one integer.
  if (validGroups(parts, false)) return plain(int(parts), end, true, 0, parts.join('').length, true);
  return { ...plain(Number(parts[0]), end, false, 0, parts[0]!.length), kind: 'skip' };
}
