// The facts engine's view of one language pack: every number-related word in one character trie, compiled once
// per language at first use. Words are matched on normalized text (lower-cased, ASCII digits).
import type { LangCode } from './types.js';
import type { CalendarRules, NumberRules } from '../lang/pack.js';
import { languagePack } from '../lang/index.js';
import { makeNormalizer, type Normalizer } from './numbers.js';

export type DatePart = 'year' | 'month' | 'day';

/** Everything one surface form can be; the grammar picks the reading from context. */
export interface Entry {
  num?: number;
  scale?: number;
  ord?: number;
  frac?: number;
  pct?: boolean;
  pctPrefix?: boolean;
  cur?: string;
  unit?: string;
  month?: number;
  dec?: boolean;
  neg?: boolean;
  join?: boolean;
  div?: boolean;
  ofOrd?: boolean;
  ordPrefix?: boolean;
  fracPrefix?: number;
  markBefore?: DatePart;
  markAfter?: DatePart;
  era?: 'BE' | 'CE';
  /** Surface was a single Latin letter (k, m, b): a scale only when written right after digits. */
  letter?: boolean;
  /** The pack wrote the letter in upper case (G): only an upper-case letter in the text is the scale (10g is grams). */
  upper?: boolean;
  /** Between a denominator and its numerator (分之). */
  rdiv?: boolean;
  /** A plural ordinal that is a denominator only after a tens word (twenty-firsts). */
  cfrac?: number;
  pos?: boolean;
  /** A number word that is also a common word (hi वन): read only with other number words or a sign. */
  weak?: boolean;
  approx?: boolean;
  /** Before a number: more than, about, hơn, กว่า. */
  approxPre?: boolean;
  /** A plural fraction word that also names a period (quarters). */
  period?: boolean;
  /** "of" after a fraction (three quarters of). */
  fracOf?: boolean;
  /** last, past, next: a count of periods follows. */
  periodCount?: boolean;
  clockHour?: boolean;
  clockMinute?: boolean;
  clockAfter?: boolean;
  /** A month abbreviation (jan, sept: a prefix of a longer name of the same month): never a date on its own. */
  monthAbbr?: boolean;
}

interface TrieNode {
  next: Map<number, TrieNode>;
  entry?: Entry;
}

export interface Match {
  entry: Entry;
  end: number;
}

export interface CompiledLanguage {
  rules: NumberRules;
  calendar: CalendarRules;
  normalize: Normalizer;
  boundaries: boolean;
  ordinalSuffixes: string[];
  /** All matches of the trie at `at`, shortest first. */
  matchAll(s: string, at: number): Match[];
  /** First characters of entries that are not letters ($ ₹ % °): matched wherever they occur. */
  symbolStarts: Set<number>;
  hasStart(code: number): boolean;
  /** The pack's capitalised words that are not names (In, During): lower-cased. */
  nonNames: Set<string>;
}

const VULGAR: Record<string, number> = { '½': 0.5, '¼': 0.25, '¾': 0.75, '⅓': 1 / 3, '⅔': 2 / 3, '⅕': 0.2, '⅛': 0.125 };
const SPACE = 32;
const isSpaceCode = (c: number) => c === 32 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 10 || c === 13;
const LETTER = /[\p{L}\p{M}]/u;

/**
 * The spellings of one key that text may use: canonically equivalent forms (precomposed ड़ = ड + ़) and, for
 * Devanagari, the common orthographic variants (nukta dropped: हज़ार/हजार; chandrabindu as anusvara: पाँच/पांच).
 */
const PRECOMPOSED: Record<string, string> = {
  क: '\u0958', ख: '\u0959', ग: '\u095a', ज: '\u095b', ड: '\u095c', ढ: '\u095d', फ: '\u095e', य: '\u095f',
};

export function spellings(key: string): string[] {
  const base = key.toLowerCase().trim().replace(/\s+/g, ' ');
  const out = new Set([base, base.normalize('NFC'), base.normalize('NFD')]);
  if (/[\u0900-\u097f]/.test(base)) {
    const nfd = base.normalize('NFD');
    const noNukta = nfd.replace(/\u093c/g, '');
    for (const v of [nfd, noNukta]) {
      out.add(v);
      out.add(v.replace(/\u0901/g, '\u0902'));
      out.add(v.normalize('NFC'));
      out.add(v.replace(/\u0901/g, '\u0902').normalize('NFC'));
    }
    // Precomposed nukta letters (U+0958–U+095F) are excluded from NFC, so text may hold either form.
    for (const v of [...out]) out.add(v.replace(/([\u0915\u0916\u0917\u091c\u0921\u0922\u092b\u092f])\u093c/g, (_, c: string) => PRECOMPOSED[c] ?? c));
  }
  return [...out];
}

function addKey(root: TrieNode, key: string, fill: (e: Entry) => void): void {
  for (const k of spellings(key)) addOne(root, k, fill);
}

function addOne(root: TrieNode, k: string, fill: (e: Entry) => void): void {
  if (!k) return;
  let node = root;
  for (let i = 0; i < k.length; i++) {
    const c = k.charCodeAt(i);
    let n = node.next.get(c);
    if (!n) {
      n = { next: new Map() };
      node.next.set(c, n);
    }
    node = n;
  }
  node.entry ??= {};
  fill(node.entry);
}

function compile(lang: LangCode): CompiledLanguage {
  const pack = languagePack(lang);
  const r = pack.numbers;
  const cal = pack.calendar;
  const root: TrieNode = { next: new Map() };
  const add = (keys: Iterable<string> | undefined, fill: (e: Entry, key: string) => void) => {
    for (const key of keys ?? []) addKey(root, key, (e) => fill(e, key));
  };
  const rec = <T>(o: Record<string, T> | undefined) => Object.keys(o ?? {});
  add(rec(r.numberWords), (e, k) => (e.num = r.numberWords[k]));
  add(rec(r.weakNumberWords), (e, k) => {
    e.num ??= r.weakNumberWords![k];
    e.weak = true;
  });
  add(rec(r.scaleWords), (e, k) => {
    e.scale = r.scaleWords[k];
    if (/^[a-z]$/i.test(k)) e.letter = true;
    if (/^[A-Z]$/.test(k)) e.upper = true;
  });
  add(rec(r.ordinalWords), (e, k) => (e.ord = r.ordinalWords[k]));
  add(rec(r.fractionWords), (e, k) => (e.frac = r.fractionWords![k]));
  add(rec(r.fractionPrefixes), (e, k) => (e.fracPrefix = r.fractionPrefixes![k]));
  add(r.percentWords, (e) => (e.pct = true));
  add(r.percentPrefixes, (e) => (e.pctPrefix = true));
  add(rec(r.currencies), (e, k) => (e.cur = r.currencies[k]));
  add(rec(r.units), (e, k) => (e.unit = r.units[k]));
  add(rec(r.months), (e, k) => (e.month = r.months[k]));
  add(r.decimalWords, (e) => (e.dec = true));
  add(r.negativeWords, (e) => (e.neg = true));
  add(r.joinWords, (e) => (e.join = true));
  add(r.divisionWords, (e) => (e.div = true));
  add(r.reverseDivisionWords, (e) => (e.rdiv = true));
  add(rec(r.compoundFractionWords), (e, k) => (e.cfrac = r.compoundFractionWords![k]));
  add(r.positiveWords, (e) => (e.pos = true));
  add(r.approximateWords, (e) => (e.approx = true));
  add(r.approximatePrefixes, (e) => (e.approxPre = true));
  add(r.periodFractionWords, (e) => (e.period = true));
  add(r.fractionOfWords, (e) => (e.fracOf = true));
  add(r.periodCountWords, (e) => (e.periodCount = true));
  add(r.clockWords?.hour, (e) => (e.clockHour = true));
  add(r.clockWords?.minute, (e) => (e.clockMinute = true));
  add(r.clockWords?.after, (e) => (e.clockAfter = true));
  const monthKeys = rec(r.months);
  add(
    monthKeys.filter((k) => monthKeys.some((o) => o !== k && o.toLowerCase().startsWith(k.toLowerCase()) && r.months[o] === r.months[k])),
    (e) => (e.monthAbbr = true),
  );
  add(r.ordinalFractionWords, (e) => (e.ofOrd = true));
  add(r.ordinalPrefixes, (e) => (e.ordPrefix = true));
  for (const part of ['year', 'month', 'day'] as const) {
    add(r.dateMarkers?.[part]?.before, (e) => (e.markBefore = part));
    add(r.dateMarkers?.[part]?.after, (e) => (e.markAfter = part));
  }
  add(cal.buddhistEraMarkers, (e) => (e.era = 'BE'));
  add(cal.commonEraMarkers, (e) => (e.era = 'CE'));
  // Universal symbols: every language reads these the same way.
  addKey(root, '%', (e) => (e.pct = true));
  addKey(root, '$', (e) => (e.cur ??= 'USD'));
  addKey(root, '₹', (e) => (e.cur ??= 'INR'));
  addKey(root, '€', (e) => (e.cur ??= 'EUR'));
  addKey(root, '£', (e) => (e.cur ??= 'GBP'));
  addKey(root, '¥', (e) => (e.cur ??= 'CNY'));
  addKey(root, '฿', (e) => (e.cur ??= 'THB'));
  addKey(root, '₫', (e) => (e.cur ??= 'VND'));
  addKey(root, '°c', (e) => (e.unit ??= '°C'));
  for (const [ch, v] of Object.entries(VULGAR)) addKey(root, ch, (e) => (e.num ??= v));
  addKey(root, '℃', (e) => (e.unit ??= '°C'));
  // SI magnitude letters after digits (100K, 1.2M, 10G), in every script; upper case for M and G (5m, 10g are units).
  for (const [k, v, upper] of [['k', 1e3, false], ['m', 1e6, true], ['g', 1e9, true]] as const) {
    addKey(root, k, (e) => {
      if (e.scale !== undefined) return;
      e.scale = v;
      e.letter = true;
      if (upper) e.upper = true;
    });
  }

  const symbolStarts = new Set<number>();
  for (const c of root.next.keys()) if (!LETTER.test(String.fromCharCode(c))) symbolStarts.add(c);

  const matchAll = (s: string, at: number): Match[] => {
    const out: Match[] = [];
    let node: TrieNode | undefined = root;
    let i = at;
    while (node && i <= s.length) {
      if (node.entry && i > at) out.push({ entry: node.entry, end: i });
      if (i === s.length) break;
      const c = s.charCodeAt(i);
      if (isSpaceCode(c)) {
        // One space in a key matches any run of whitespace in the text.
        node = node.next.get(SPACE);
        i++;
        while (i < s.length && isSpaceCode(s.charCodeAt(i))) i++;
      } else {
        node = node.next.get(c);
        i++;
      }
    }
    return out;
  };

  return {
    rules: r,
    calendar: cal,
    normalize: makeNormalizer(pack.digits),
    boundaries: !r.noWordBoundaries,
    ordinalSuffixes: [...new Set((r.ordinalSuffixes ?? []).flatMap(spellings))].sort((a, b) => b.length - a.length),
    matchAll,
    symbolStarts,
    hasStart: (code) => root.next.has(code),
    nonNames: new Set((pack.nonNames ?? []).map((w) => w.toLowerCase())),
  };
}

const cache = new Map<LangCode, CompiledLanguage>();

export function compiledLanguage(lang: LangCode): CompiledLanguage {
  let c = cache.get(lang);
  if (!c) {
    c = compile(lang);
    cache.set(lang, c);
  }
  return c;
}
