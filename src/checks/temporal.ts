// temporal: the relation in which a year or date is given ("in 2023", "by 2023", "since 2023", …) must be the
// same on both sides. The markers come from the `temporal` section of each language pack.
import type { DateValue, TemporalRelation } from '../core/types.js';
import type { LanguagePack } from '../lang/pack.js';
import { ARTICLES_DIFFER, comparedPairs, factEvidence, pairFinding, q, type PlacedFact, type Rule, type SideView } from './rule.js';

/** Relations a translator may use for one another: "by", "until" and "before" all set a deadline. */
const CLASS: Record<TemporalRelation, string> = { at: 'at', by: 'deadline', until: 'deadline', before: 'deadline', since: 'since', after: 'after', within: 'within' };
const MEANING: Record<string, string> = {
  at: 'at that time',
  deadline: 'a deadline: no later than',
  since: 'starting from',
  after: 'later than',
  within: 'within a period',
};

interface Marked {
  fact: PlacedFact;
  key: string;
  relation: TemporalRelation;
  marker: string;
  markerStart: number;
  markerEnd: number;
}

const LETTER = /[\p{L}\p{M}]/u;
/** Thai and Chinese are written without spaces: a marker needs no word boundary there. */
const needsBoundary = (pack: LanguagePack) => pack.code !== 'th' && pack.code !== 'zh';

function timeKey(fact: PlacedFact): string | null {
  if (fact.kind === 'year') return `y${fact.value as number}`;
  if (fact.kind !== 'date') return null;
  const d = fact.value as DateValue;
  return d.year !== undefined ? `y${d.year}` : d.month || d.day ? `d${d.month ?? ''}-${d.day ?? ''}` : null;
}

function markersOf(pack: LanguagePack, where: 'before' | 'after'): [string, TemporalRelation][] {
  const out: [string, TemporalRelation][] = [];
  for (const [relation, m] of Object.entries(pack.temporal) as [TemporalRelation, { before?: string[]; after?: string[] }][])
    for (const marker of m[where] ?? []) out.push([marker.toLowerCase(), relation]);
  return out.sort((a, b) => b[0].length - a[0].length);
}

/** The marker written after the year (2023 तक, 2030年前), if any. */
function markerAfter(view: SideView, endAt: number, text: string): Omit<Marked, 'fact' | 'key'> | null {
  const boundary = needsBoundary(view.pack);
  const afterRaw = text.slice(endAt);
  const skipped = afterRaw.length - afterRaw.replace(/^\s+/, '').length;
  const after = afterRaw.slice(skipped);
  for (const [marker, relation] of markersOf(view.pack, 'after')) {
    if (!after.startsWith(marker)) continue;
    if (boundary && LETTER.test(after[marker.length] ?? ' ')) continue;
    const at = endAt + skipped;
    return { relation, marker: view.text.slice(at, at + marker.length), markerStart: at, markerEnd: at + marker.length };
  }
  return null;
}

/** Words that may stand between a relation marker and its year or date without changing the relation. */
function neutralWords(pack: LanguagePack): string[] {
  const dateWords = Object.values(pack.numbers.dateMarkers ?? {}).flatMap((m) => m?.before ?? []);
  return [...(pack.calendar.buddhistEraMarkers ?? []), ...(pack.calendar.commonEraMarkers ?? []), ...dateWords, ...(pack.relativeYears ?? [])].map((w) => w.toLowerCase()).sort((a, b) => b.length - a.length);
}

/** The marker written before the year (by 2023, đến năm 2030, ภายในปี 2573), if any. */
function markerBefore(view: SideView, startAt: number, text: string): Omit<Marked, 'fact' | 'key'> | null {
  const boundary = needsBoundary(view.pack);
  const find = (before: string) => {
    for (const [marker, relation] of markersOf(view.pack, 'before')) {
      if (!before.endsWith(marker)) continue;
      const at = before.length - marker.length;
      if (boundary && at > 0 && LETTER.test(before[at - 1]!)) continue;
      return { relation, marker: view.text.slice(at, at + marker.length), markerStart: at, markerEnd: at + marker.length };
    }
    return null;
  };
  let before = text.slice(0, startAt).replace(/\s+$/, '');
  const direct = find(before);
  if (direct) return direct;
  // a calendar mark or a date word between marker and year (ก่อน|เดือน|พฤศจิกายน, trước|tháng|10) is skipped
  for (let n = 0; n < 2; n++) {
    const word = neutralWords(view.pack).find((w) => before.endsWith(w) && !(boundary && LETTER.test(before[before.length - w.length - 1] ?? ' ')));
    if (!word) break;
    before = before.slice(0, before.length - word.length).replace(/\s+$/, '');
    const found = find(before);
    if (found) return found;
  }
  return null;
}

function relationOf(view: SideView, fact: PlacedFact): Omit<Marked, 'fact' | 'key'> | null {
  const text = view.text.toLowerCase();
  const startAt = fact.at + fact.start, endAt = fact.at + fact.end;
  // a marker after the year is the more specific one (在2030年前 = by 2030) — unless it only places the time
  // within the year (截至2022年底 = by the end of 2022: 底 says "end", 截至 says "by")
  const after = markerAfter(view, endAt, text);
  if (after && CLASS[after.relation] !== 'at') return after;
  const before = markerBefore(view, startAt, text);
  if (before && (!after || CLASS[before.relation] !== 'at')) return before;
  return after ?? before;
}

function marked(view: SideView): Marked[] {
  const out: Marked[] = [];
  for (const fact of view.facts) {
    const key = timeKey(fact);
    if (!key) continue;
    const r = relationOf(view, fact);
    if (r) out.push({ fact, key, ...r });
  }
  return out;
}

/** How the time expression reads with its marker, in document order: "in 2023", "2023 तक". */
function phrase(view: SideView, m: Marked): string {
  const factStart = m.fact.at + m.fact.start, factEnd = m.fact.at + m.fact.end;
  return view.text.slice(Math.min(factStart, m.markerStart), Math.max(factEnd, m.markerEnd));
}

const temporal: Rule = {
  id: 'temporal',
  family: 'temporal',
  severity: 'warning',
  run(context) {
    const findings = [];
    for (const pair of comparedPairs(context)) {
      const src = marked(pair.src), tgt = marked(pair.tgt);
      const used = new Set<Marked>();
      for (const s of src) {
        const t = tgt.find((x) => x.key === s.key && !used.has(x));
        if (!t) continue;
        used.add(t);
        const cs = CLASS[s.relation], ct = CLASS[t.relation];
        if (cs === ct) continue;
        const when = s.key.startsWith('y') ? s.key.slice(1) : 'the date';
        findings.push(
          pairFinding(
            temporal,
            pair,
            context.mode === 'comparable'
              ? `${ARTICLES_DIFFER} the source article says ${q(phrase(pair.src, s))} (${MEANING[cs]}), the target article says ${q(phrase(pair.tgt, t))} (${MEANING[ct]}).`
              : `The time relation of ${when} changed: the source says ${q(phrase(pair.src, s))} (${MEANING[cs]}), the translation says ${q(phrase(pair.tgt, t))} (${MEANING[ct]}).`,
            [factEvidence(pair.src, s.fact), factEvidence(pair.tgt, t.fact)],
            { values: { src: `${s.relation} ${when}`, tgt: `${t.relation} ${when}` } },
          ),
        );
      }
    }
    return findings;
  },
};

export default temporal;
