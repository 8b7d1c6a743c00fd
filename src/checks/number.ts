// number: the facts of the two sides must agree after normalization. Facts are matched by value first; what
// remains is paired into conflicts (a changed value, a lost scale word, an unconverted Buddhist-Era year, a
// changed unit) or reported as present on one side only.
import type { DateValue, Fact, RangeValue, Severity } from '../core/types.js';
import { languagePack } from '../lang/index.js';
import { ARTICLES_DIFFER, comparedPairs, factEvidence, pairFinding, q, type CheckContext, type PairView, type PlacedFact, type Rule, type SideView } from './rule.js';

type Group = 'amount' | 'percent' | 'year' | 'date' | 'ordinal';

/** One comparable reading of a fact; a date or range may be split into several readings. */
interface Reading {
  fact: PlacedFact;
  group: Group;
  value: number;
  date?: DateValue;
  unit?: string;
  /** The reading is part of a split fact (the year of a date, one end of a range). */
  part?: boolean;
}

const BE_OFFSET = 543;

function readings(fact: PlacedFact): Reading[] {
  const v = fact.value;
  switch (fact.kind) {
    case 'year':
      return [{ fact, group: 'year', value: v as number }];
    case 'date':
      return [{ fact, group: 'date', value: NaN, date: v as DateValue }];
    case 'percent':
      return [{ fact, group: 'percent', value: v as number }];
    case 'ordinal':
      return [{ fact, group: 'ordinal', value: v as number }];
    case 'range': {
      const r = v as RangeValue;
      return [
        { fact, group: fact.unit === '%' ? 'percent' : 'amount', value: r.from, unit: fact.unit === '%' ? undefined : fact.unit, part: true },
        { fact, group: fact.unit === '%' ? 'percent' : 'amount', value: r.to, unit: fact.unit === '%' ? undefined : fact.unit, part: true },
      ];
    }
    default:
      return [{ fact, group: 'amount', value: v as number, unit: fact.unit }];
  }
}

/** A date that found no date on the other side is compared by its parts: the year, and the day and month. */
function splitDate(r: Reading): Reading[] {
  if (r.group !== 'date' || !r.date) return [r];
  const { year, month, day } = r.date;
  const parts: Reading[] = [];
  if (year !== undefined) parts.push({ fact: r.fact, group: 'year', value: year, part: true });
  if (month !== undefined || day !== undefined)
    parts.push({ fact: r.fact, group: 'date', value: NaN, date: { month, day }, part: true });
  return parts.length ? parts : [r];
}

const close = (a: number, b: number): boolean => a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));

/** Dates agree when every part both give is the same ("ngày 20" read without its month = "March 20"). */
function sameDate(a: DateValue, b: DateValue): boolean {
  const parts = (['year', 'month', 'day'] as const).filter((k) => a[k] !== undefined && b[k] !== undefined);
  return parts.length > 0 && parts.every((k) => a[k] === b[k]);
}

const unitsAgree = (a?: string, b?: string): boolean => !a || !b || a === b;

/** A percentage and the same share as a fraction: "giảm 50%" = "halve", "một nửa" = "50 percent". */
function sameShare(a: Reading, b: Reading): boolean {
  const [p, f] = a.group === 'percent' ? [a, b] : [b, a];
  return p.group === 'percent' && f.group === 'amount' && !f.unit && f.value > 0 && f.value < 1 && close(p.value / 100, f.value);
}

/** Same value: exact kinds first (strict), then any kinds whose values are equal (lenient). */
function matches(a: Reading, b: Reading, strict: boolean): boolean {
  if (a.group === 'date' || b.group === 'date') return a.group === b.group && !!a.date && !!b.date && sameDate(a.date, b.date);
  if (!strict && sameShare(a, b)) return true;
  if (!close(a.value, b.value)) return false;
  if (strict) return a.group === b.group && unitsAgree(a.unit, b.unit);
  return unitsAgree(a.unit, b.unit);
}

/** Pairs equal readings and removes them from both lists; returns the pairs. */
function matchAway(src: Reading[], tgt: Reading[], strict: boolean): [Reading, Reading][] {
  const out: [Reading, Reading][] = [];
  for (let i = 0; i < src.length; i++) {
    const j = tgt.findIndex((t) => matches(src[i]!, t, strict));
    if (j >= 0) {
      out.push([src[i]!, tgt[j]!]);
      src.splice(i--, 1);
      tgt.splice(j, 1);
    }
  }
  return out;
}

/** A fact written as a small number word ("one of the", "एक") is often an article, not a quantity. */
function isSmallWord(r: Reading): boolean {
  return r.group === 'amount' && !r.unit && r.value < 10 && !/[0-9०-९๐-๙０-９]/.test(r.fact.text);
}

/** "one" / "एक" / "一" written as a word often means "a", not a count. */
const isArticleLike = (r: Reading): boolean => isSmallWord(r) && r.value === 1;

const fmt = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function showValue(r: Reading): string {
  if (r.group === 'date' && r.date) {
    const { year, month, day } = r.date;
    const m = month ? MONTHS[month - 1] : undefined;
    return [m && day ? `${m} ${day}` : (m ?? (day ? `day ${day}` : '')), year ?? ''].filter(Boolean).join(', ');
  }
  if (r.group === 'year') return String(r.value);
  if (r.group === 'percent') return `${fmt.format(r.value)}%`;
  const n = fmt.format(r.value);
  return r.unit ? `${n} ${r.unit}` : n;
}

/** "1.5 बिलियन = 1,500,000,000", or just the text when it already is the normalized value. */
function show(r: Reading): string {
  const value = showValue(r);
  const text = r.fact.text.trim();
  return text.replace(/[\s,]/g, '') === value.replace(/[\s,]/g, '') ? q(text) : `${q(text)} = ${value}`;
}

function powerOfTen(a: number, b: number): number | null {
  if (!a || !b || Math.sign(a) !== Math.sign(b)) return null;
  const k = Math.log10(b / a);
  const r = Math.round(k);
  return r !== 0 && Math.abs(k - r) < 1e-9 ? r : null;
}

const SCALE_NAMES: Record<number, string> = { 1e3: 'a thousand', 1e5: 'a hundred thousand', 1e6: 'a million', 1e7: 'ten million', 1e8: 'a hundred million', 1e9: 'a billion', 1e10: 'ten billion', 1e11: 'a hundred billion', 1e12: 'a trillion' };
const scaleName = (s: number): string => SCALE_NAMES[s] ?? fmt.format(s);

function times(k: number): string {
  const n = fmt.format(10 ** Math.abs(k));
  return k > 0 ? `${n} times the source's value` : `1/${n} of the source's value`;
}

function isBuddhistEraSlip(s: Reading, t: Reading): boolean {
  if (s.group !== 'year' && t.group !== 'year') return false;
  const beSide = s.fact.calendar === 'BE' ? s : t.fact.calendar === 'BE' ? t : null;
  if (beSide && (close(beSide === s ? t.value : s.value, beSide.fact.original ?? NaN))) return true;
  return Math.abs(s.value - t.value) === BE_OFFSET && Math.max(s.value, t.value) >= 2400 && Math.max(s.value, t.value) <= 2700;
}

const compatible = (s: Reading, t: Reading): boolean => {
  if (s.group === 'ordinal' || t.group === 'ordinal') return false;
  if (s.group === t.group && s.group !== 'amount') return true;
  if (s.group === 'date' || t.group === 'date') return false;
  // a year read on one side as a plain number (or the reverse) is still the same slot
  if (s.group === 'year' || t.group === 'year') return isBuddhistEraSlip(s, t) || (s.group === 'year' ? t.value >= 1000 && t.value < 3000 : s.value >= 1000 && s.value < 3000);
  // a percentage and a plain amount, or two different units, are different slots unless the value is the same
  if (s.group === 'percent' || t.group === 'percent') return false;
  return !(s.unit && t.unit && s.unit !== t.unit && !close(s.value, t.value));
};

/** How likely s and t are the same slot with a changed value: higher is likelier. */
function affinity(s: Reading, t: Reading, pair: PairView): number {
  let score = 0;
  if (s.group === t.group) score += 2;
  if (s.unit && s.unit === t.unit) score += 2;
  if (isBuddhistEraSlip(s, t) || powerOfTen(s.value, t.value) !== null) score += 3;
  const ps = (s.fact.at + s.fact.start) / Math.max(1, pair.src.text.length);
  const pt = (t.fact.at + t.fact.start) / Math.max(1, pair.tgt.text.length);
  return score - Math.abs(ps - pt);
}

function conflictMessage(s: Reading, t: Reading): { message: string; severity?: Severity } {
  const both = `${show(s)} in the source ≠ ${show(t)} in the translation`;
  if (isBuddhistEraSlip(s, t)) {
    const [be, ce] = s.fact.calendar === 'BE' || s.value > t.value ? [s, t] : [t, s];
    const western = be.fact.calendar === 'BE' ? be.value : be.value - BE_OFFSET;
    const written = be.fact.original ?? be.value;
    return { message: `Year ${both}: ${written} is a Buddhist-Era year (${western} in the Western calendar) left unconverted on one side; ${ce === t ? 'the translation' : 'the source'} should say ${ce === t ? western : written}.` };
  }
  if (s.unit && t.unit && s.unit !== t.unit && close(s.value, t.value))
    return { message: `The unit changed: ${both} (${s.unit} became ${t.unit}).` };
  const k = s.group === t.group || s.group === 'amount' || t.group === 'amount' ? powerOfTen(s.value, t.value) : null;
  if (k !== null) {
    const ss = s.fact.scale, ts = t.fact.scale;
    let why = '';
    if (ss && ts && ss !== ts) why = `: the source's scale word means ${scaleName(ss)}, the translation's means ${scaleName(ts)}`;
    else if (ss && !ts) why = `: the scale word in ${q(s.fact.text)} (${scaleName(ss)}) seems lost`;
    else if (ts && !ss) why = `: the scale word in ${q(t.fact.text)} (${scaleName(ts)}) has no counterpart in the source`;
    else if (ss && ss === ts) why = ': the digits before the scale word differ';
    return { message: `Number off by a power of ten: ${both}; the translation's is ${times(k)}${why}.` };
  }
  if (s.unit && t.unit && s.unit !== t.unit)
    return { message: `The value and the unit changed: ${both}.` };
  const what = s.group === 'year' ? 'Year' : s.group === 'date' ? 'Date' : s.group === 'percent' ? 'Percentage' : 'Number';
  return { message: `${what} differs: ${both}.` };
}

/** A fact inside a larger one (the year of a date, the ends of a range) is read as part of the larger one. */
function outermost(facts: PlacedFact[]): PlacedFact[] {
  return facts.filter(
    (f) => !facts.some((g) => g !== f && g.sentence === f.sentence && g.start <= f.start && g.end >= f.end && g.end - g.start > f.end - f.start),
  );
}

/** The sentence of `view` that holds `fact`. */
function sentenceOf(view: SideView, fact: PlacedFact): string {
  const k = view.offsets.indexOf(fact.at);
  const next = view.offsets[k + 1];
  return view.text.slice(fact.at, next === undefined ? view.text.length : next - 1);
}

const LATIN_WORD = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;
const CAPITALIZED = /^\p{Lu}/u;

/**
 * A number word that is one word of a capitalized name of several words ("Net Zero Action", "the Three Gorges
 * Dam") is part of the name, not a count (the entity rule checks names). Not at the start of a sentence
 * ("Two Chinese firms"), and not in a title where every word is capitalized.
 */
function insideName(view: SideView, fact: PlacedFact): boolean {
  if (/\p{N}/u.test(fact.text) || !/^\p{Script=Latin}/u.test(fact.text) || !CAPITALIZED.test(fact.text)) return false;
  const words = [...sentenceOf(view, fact).matchAll(LATIN_WORD)].map((m) => ({ text: m[0], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
  const lettered = words.filter((w) => /^\p{L}/u.test(w.text) && w.text.length > 3);
  if (lettered.length >= 4 && lettered.filter((w) => CAPITALIZED.test(w.text)).length / lettered.length >= 0.6) return false;
  const first = words.findIndex((w) => w.end > fact.start);
  let last = first;
  while (last + 1 < words.length && words[last + 1]!.start < fact.end) last++;
  if (first < 0 || !words.slice(first, last + 1).every((w) => CAPITALIZED.test(w.text))) return false;
  const before = words[first - 1], after = words[last + 1];
  const capBefore = !!before && CAPITALIZED.test(before.text) && first - 1 > 0;
  const capAfter = !!after && /^\p{Lu}/u.test(after.text) && /^\p{L}/u.test(after.text);
  return capBefore || (capAfter && first > 0);
}

/** A scale word right after a fact that the fact does not include: the reading may have stopped short. */
function scaleFollows(view: SideView, fact: PlacedFact): boolean {
  const after = view.text.slice(fact.at + fact.end).replace(/^\s+/, '').toLowerCase();
  // English scale words turn up in every language's news ("$ 2.3 billion" in Hindi)
  const words = [...Object.keys(view.pack.numbers.scaleWords), ...Object.keys(languagePack('en').numbers.scaleWords)];
  return words.some((w) => w && after.startsWith(w.toLowerCase()));
}

/**
 * A date that is only a month ("tháng 7", "7月") whose month the other side names in words: a bare month
 * name ("in July") is not always read as a fact, but it is the same time.
 */
function monthOnlyNamed(r: Reading, other: SideView): boolean {
  const d = r.date;
  if (r.group !== 'date' || !d || d.month === undefined || d.day !== undefined || d.year !== undefined) return false;
  const text = other.text;
  const latin = /\p{Script=Latin}/u.test(text);
  for (const [name, month] of Object.entries(other.pack.numbers.months)) {
    if (month !== d.month || name.length < 3) continue;
    // Latin month names are capitalized ("May", not the verb "may")
    const form = latin ? name[0]!.toUpperCase() + name.slice(1) : name;
    for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
      const bounded = !latin || ((i === 0 || !/\p{L}/u.test(text[i - 1]!)) && !/\p{L}/u.test(text[i + form.length] ?? ' '));
      if (bounded) return true;
    }
  }
  return false;
}

/** The digit runs of a text as numbers, whatever the script (२०२१, ๒๕๖๔, ２０２１ → 2021). */
function digitRuns(text: string, view: SideView): number[] {
  const native = view.pack.digits ?? '';
  const ascii = [...text].map((c) => {
    const k = native.indexOf(c);
    if (k >= 0) return String(k);
    const w = c.charCodeAt(0);
    return w >= 0xff10 && w <= 0xff19 ? String(w - 0xff10) : c;
  });
  return (ascii.join('').match(/[0-9]+/g) ?? []).map(Number);
}

/**
 * A number left without a counterpart whose digits are all written on the other side, where they were not
 * read as a fact: a time of day ("11 giờ 29 phút" / "11:29"), a name with a number (कोविड-19 / COVID-19).
 * Probably there, so only info.
 */
function digitsWritten(r: Reading, from: SideView, other: SideView): boolean {
  if (r.fact.scale || r.group === 'year') return false;
  const mine = digitRuns(r.fact.text, from);
  if (!mine.length) return false;
  const theirs = new Set(digitRuns(other.text, other));
  return mine.every((n) => theirs.has(n));
}

/** The facts of a side that are counts, dates and amounts: the outermost ones, without words of names. */
const factsOf = (view: SideView): PlacedFact[] => outermost(view.facts).filter((f) => !insideName(view, f));

function checkPair(rule: Rule, pair: PairView, context: CheckContext) {
  if (context.mode === 'comparable') return comparablePair(rule, pair);
  const src = factsOf(pair.src).flatMap(readings);
  const tgt = factsOf(pair.tgt).flatMap(readings);
  matchAway(src, tgt, true);
  matchAway(src, tgt, false);
  // dates without a date counterpart: compare their parts
  const split = (list: Reading[]) => list.flatMap((r) => (r.group === 'date' ? splitDate(r) : [r]));
  let s1 = split(src), t1 = split(tgt);
  matchAway(s1, t1, false);
  // a date one side writes in two pieces ("วันที่ 19" … "เมษายน 2564") is covered by the other side's one date
  const allS = factsOf(pair.src).flatMap(readings).flatMap(splitDate), allT = factsOf(pair.tgt).flatMap(readings).flatMap(splitDate);
  const covered = (r: Reading, other: Reading[]) => (r.group === 'date' || r.group === 'year') && other.some((o) => o.group === r.group && matches(r, o, true));
  s1 = s1.filter((r) => !covered(r, allT) && !monthOnlyNamed(r, pair.tgt));
  t1 = t1.filter((r) => !covered(r, allS) && !monthOnlyNamed(r, pair.src));

  const findings = [];
  const paired = new Set<Reading>();
  // conflicts: greedily pair the remaining readings that fill the same slot
  const candidates: { s: Reading; t: Reading; a: number }[] = [];
  for (const s of s1) for (const t of t1) if (compatible(s, t)) candidates.push({ s, t, a: affinity(s, t, pair) });
  candidates.sort((x, y) => y.a - x.a);
  for (const { s, t } of candidates) {
    if (paired.has(s) || paired.has(t)) continue;
    paired.add(s).add(t);
    const { message } = conflictMessage(s, t);
    // an error only when the slot is unambiguous: nothing else of its kind is left over on either side
    const rivals = s1.filter((x) => x !== s && compatible(x, t)).length + t1.filter((x) => x !== t && compatible(s, x)).length;
    const special = isBuddhistEraSlip(s, t) || powerOfTen(s.value, t.value) !== null;
    // a small number word against a value ten times as large is often a rephrasing ("two decades" = 二十年)
    const rephrased = powerOfTen(s.value, t.value) !== null && (isSmallWord(s) || isSmallWord(t));
    const clear =
      !s.fact.ambiguous && !t.fact.ambiguous && (rivals === 0 || special) && !rephrased && !isArticleLike(s) && !isArticleLike(t) && !scaleFollows(pair.src, s.fact) && !scaleFollows(pair.tgt, t.fact);
    findings.push(
      pairFinding(rule, pair, message, [factEvidence(pair.src, s.fact), factEvidence(pair.tgt, t.fact)], {
        severity: clear ? 'error' : 'warning',
        values: { src: showValue(s), tgt: showValue(t) },
      }),
    );
  }
  const seen = new Set<Fact>();
  for (const r of s1) {
    if (paired.has(r) || seen.has(r.fact)) continue;
    seen.add(r.fact);
    findings.push(
      pairFinding(rule, pair, `The source's ${show(r)} does not appear in the translation.`, [factEvidence(pair.src, r.fact)], {
        severity: isSmallWord(r) || r.group === 'ordinal' || r.fact.ambiguous || digitsWritten(r, pair.src, pair.tgt) ? 'info' : 'warning',
        values: { src: showValue(r) },
      }),
    );
  }
  for (const r of t1) {
    if (paired.has(r) || seen.has(r.fact)) continue;
    seen.add(r.fact);
    findings.push(
      pairFinding(rule, pair, `The translation's ${show(r)} is not in the source.`, [factEvidence(pair.tgt, r.fact)], {
        severity: isSmallWord(r) || r.group === 'ordinal' || r.fact.ambiguous || digitsWritten(r, pair.tgt, pair.src) ? 'info' : 'warning',
        values: { tgt: showValue(r) },
      }),
    );
  }
  return findings;
}

/** A clause ends at these marks (a comma too: "…vào năm 2030, và đặt mục tiêu…"). */
const CLAUSE_END = /[,;:!?，；：。！？]/u;

/**
 * The year an amount is stated for: the nearest year of its sentence in the same clause, else the nearest in
 * the sentence (machine translations break clauses at odd places: "To 2035 year 15 Year , Drive … 15 One hundred
 * million tons").
 */
function tiedYear(view: SideView, amount: Reading, years: Reading[]): Reading | undefined {
  const f = amount.fact;
  const mine = years.filter((y) => y.fact.sentence === f.sentence && y.fact !== f);
  const gap = (y: Reading) => view.text.slice(f.at + Math.min(f.end, y.fact.end), f.at + Math.max(f.start, y.fact.start));
  const dist = (y: Reading) => gap(y).length;
  const byDistance = (list: Reading[]) => [...list].sort((a, b) => dist(a) - dist(b))[0];
  return byDistance(mine.filter((y) => !CLAUSE_END.test(gap(y)))) ?? byDistance(mine);
}

/**
 * Comparable mode: two articles on the same news, paired by a fact both state. Only a conflict is a finding: a
 * year, date, percentage, or an amount of the same unit that each article states once in the pair, with
 * different values (the same amount tied to another year). Facts stated by one article only, plain counts
 * without a unit (their topic is unknown) and number words that may be articles ("một", "a") are not compared.
 */
function comparablePair(rule: Rule, pair: PairView) {
  let src = factsOf(pair.src).flatMap(readings), tgt = factsOf(pair.tgt).flatMap(readings);
  const years = (list: Reading[]) => list.filter((r) => r.group === 'year');
  const srcYears = years(src), tgtYears = years(tgt);
  const same = [...matchAway(src, tgt, true), ...matchAway(src, tgt, false)];
  const findings = [];
  const reported = new Set<Reading>();
  // the same amount tied to another year: "1,5 tỷ tấn … vào năm 2040" against "15 One hundred million tons … 2035"
  for (const [s, t] of same) {
    if (s.group !== 'amount' || !s.unit || s.part) continue;
    const ys = tiedYear(pair.src, s, srcYears), yt = tiedYear(pair.tgt, t, tgtYears);
    if (!ys || !yt || close(ys.value, yt.value) || reported.has(ys) || reported.has(yt)) continue;
    reported.add(ys).add(yt);
    findings.push(
      pairFinding(rule, pair, `${ARTICLES_DIFFER} the same amount (${q(s.fact.text)} = ${q(t.fact.text)}, ${showValue(s)}) is tied to ${show(ys)} in the source article and to ${show(yt)} in the target article.`, [factEvidence(pair.src, s.fact), factEvidence(pair.src, ys.fact), factEvidence(pair.tgt, t.fact), factEvidence(pair.tgt, yt.fact)], {
        severity: 'warning',
        values: { src: `${showValue(s)} (${ys.value})`, tgt: `${showValue(t)} (${yt.value})` },
      }),
    );
  }
  src = src.filter((r) => !reported.has(r));
  tgt = tgt.filter((r) => !reported.has(r));
  // a date against a year or another date: compare by parts ("5 July 2023" states the year 2023)
  src = src.flatMap(splitDate);
  tgt = tgt.flatMap(splitDate);
  matchAway(src, tgt, false);
  const slot = (r: Reading): string | null => {
    if (r.fact.kind === 'range' || r.fact.ambiguous || r.fact.approximate || r.group === 'ordinal') return null;
    if (r.group !== 'amount') return r.group;
    return r.unit ? `amount ${r.unit}` : null;
  };
  const bySlot = (list: Reading[]) => {
    const out = new Map<string, Reading[]>();
    for (const r of list) {
      const k = slot(r);
      if (k) out.set(k, [...(out.get(k) ?? []), r]);
    }
    return out;
  };
  const sSlots = bySlot(src), tSlots = bySlot(tgt);
  for (const [key, ss] of sSlots) {
    const ts = tSlots.get(key) ?? [];
    // one value a side: it is the same slot; several are a list of different things
    if (ss.length !== 1 || ts.length !== 1) continue;
    const s = ss[0]!, t = ts[0]!;
    const what = s.group === 'year' ? 'the year' : s.group === 'date' ? 'the date' : s.group === 'percent' ? 'the percentage' : `the amount in ${s.unit}`;
    const k = powerOfTen(s.value, t.value);
    const hint = k !== null && s.group === 'amount' ? ` (a factor of ${fmt.format(10 ** Math.abs(k))}: check the scale words)` : '';
    findings.push(
      pairFinding(rule, pair, `${ARTICLES_DIFFER} ${what} is ${show(s)} in the source article and ${show(t)} in the target article${hint}.`, [factEvidence(pair.src, s.fact), factEvidence(pair.tgt, t.fact)], {
        severity: 'warning',
        values: { src: showValue(s), tgt: showValue(t) },
      }),
    );
  }
  return findings;
}

const number: Rule = {
  id: 'number',
  family: 'number',
  severity: 'error',
  run(context: CheckContext) {
    return comparedPairs(context).flatMap((p) => checkPair(number, p, context));
  },
};

export default number;
