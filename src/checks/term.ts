// term: every key term of the source (built-in domain glossary and user glossaries) must be translated, as
// often as it occurs: three "peak" against two "शिखर"/"पीक" is one "peak" missing.
import type { GlossaryEntry, LangCode } from '../core/types.js';
import { pairFinding, q, spanEvidence, type PairView, type Rule, type SideView } from './rule.js';

const LETTER = /[\p{L}\p{M}\p{N}]/u;
/** Endings a form may carry and still be the same word (emission → emissions, शिखर → शिखरों). */
const ENDINGS: Partial<Record<LangCode, RegExp>> = {
  en: /^(?:s|es|ed|d|ing|ies)?/,
  hi: /^(?:ों|ें|े|ो|ी|ा|ियों|ियां)?/,
};
const strip = (s: string) => s.normalize('NFC').toLowerCase();

interface Hit {
  start: number;
  end: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where a form occurs: [start, end) pairs. A form with "…" allows a few words in between ("cut … emissions"
 * matches "cut carbon dioxide emissions"): up to three words, or eight characters where words are not spaced.
 */
function formOccurrences(text: string, form: string, spaced: boolean): [number, number][] {
  const out: [number, number][] = [];
  if (!form.includes('…')) {
    for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) out.push([i, i + form.length]);
    return out;
  }
  const gap = spaced ? '(?:\\s+[^\\s]+){0,3}?\\s+' : '[^。，,.!?！？\\s]{0,8}?';
  const re = new RegExp(form.split('…').map((p) => escape(p.trim())).join(gap), 'gu');
  for (const m of text.matchAll(re)) out.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  return out;
}

/** Non-overlapping occurrences of any form of one concept, longest forms first. */
export function termHits(view: SideView, forms: readonly string[]): Hit[] {
  const text = strip(view.text);
  const bounded = view.lang !== 'th' && view.lang !== 'zh';
  const hits: Hit[] = [];
  for (const form of [...forms].map(strip).sort((a, b) => b.length - a.length)) {
    const formBounded = bounded || /^[a-z0-9]/i.test(form);
    for (const [i, formEnd] of formOccurrences(text, form, bounded)) {
      let end = formEnd;
      if (formBounded) {
        if (i > 0 && LETTER.test(text[i - 1]!)) continue;
        end += (ENDINGS[view.lang]?.exec(text.slice(end))?.[0] ?? '').length;
        if (LETTER.test(text[end] ?? ' ')) continue;
      }
      if (hits.some((h) => i < h.end && end > h.start)) continue;
      hits.push({ start: i, end });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

const names = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${names[n] ?? n} times`);

/** A concept's occurrences in the source of a pair, computed once per pair for every glossary entry. */
interface SourceHits {
  entry: GlossaryEntry;
  hits: Hit[];
}

/**
 * The target forms that count for an entry: its own, plus those of every concept whose source occurrence
 * overlaps one of its own. One source phrase can name two concepts at once (光伏 is "photovoltaic" and
 * "solar"; ลดการปล่อยคาร์บอน holds "emissions"): a translation that renders it as either has translated it.
 */
function acceptedForms(entry: SourceHits, all: readonly SourceHits[], tgtLang: LangCode): string[] {
  const forms = new Set(entry.entry.forms[tgtLang] ?? []);
  for (const other of all) {
    if (other === entry || !other.hits.some((o) => entry.hits.some((h) => o.start < h.end && o.end > h.start))) continue;
    for (const f of other.entry.forms[tgtLang] ?? []) forms.add(f);
  }
  return [...forms];
}

function checkEntry(pair: PairView, hits: SourceHits, all: readonly SourceHits[]) {
  const entry = hits.entry;
  const tgtForms = entry.forms[pair.tgt.lang];
  if (!tgtForms?.length) return null;
  const s = hits.hits;
  if (!s.length) return null;
  const t = termHits(pair.tgt, acceptedForms(hits, all, pair.tgt.lang));
  if (t.length >= s.length) return null;
  // a term said twice is often said once in translation (the second time as "it"); from three on, count
  if (t.length > 0 && s.length <= 2) return null;
  const shown = s.map((h) => pair.src.text.slice(h.start, h.end));
  const term = q(shown[0]!);
  const expected = tgtForms.slice(0, 4).join(', ') + (tgtForms.length > 4 ? ', …' : '');
  const where = entry.origin && entry.origin !== 'builtin' ? ` (glossary ${entry.origin})` : '';
  const message = t.length
    ? `The key term ${term} occurs ${times(s.length)} in the source but its translation (${expected}) only ${times(t.length)}: ${s.length - t.length === 1 ? 'one' : s.length - t.length} ${term} seems dropped${where}.`
    : `The key term ${term} is not translated: none of its translations (${expected}) appears in the translation${where}.`;
  return pairFinding(term_, pair, message, [...s.map((h) => spanEvidence(pair.src, h.start, h.end)), ...t.map((h) => spanEvidence(pair.tgt, h.start, h.end))], {
    values: { src: `${shown[0]} ×${s.length}`, tgt: `×${t.length}` },
  });
}

/** The source occurrences of every glossary concept that has forms in both languages of the pair. */
export function sourceTermHits(pair: PairView, glossary: readonly GlossaryEntry[]): SourceHits[] {
  const out: SourceHits[] = [];
  for (const entry of glossary) {
    const srcForms = entry.forms[pair.src.lang];
    if (!srcForms?.length || !entry.forms[pair.tgt.lang]?.length) continue;
    const hits = termHits(pair.src, srcForms);
    if (hits.length) out.push({ entry, hits });
  }
  return out;
}

/** The findings of the term rule for one pair (also used by the omission rule to see lost content). */
export function termFindings(pair: PairView, glossary: readonly GlossaryEntry[]) {
  const all = sourceTermHits(pair, glossary);
  const reported: Hit[] = [];
  const findings = [];
  for (const h of all) {
    const f = checkEntry(pair, h, all);
    if (!f) continue;
    // one phrase naming two concepts (光伏: photovoltaic, solar) is one dropped term, not two
    if (h.hits.every((x) => reported.some((r) => x.start < r.end && x.end > r.start))) continue;
    reported.push(...h.hits);
    findings.push(f);
  }
  return findings;
}

const term_: Rule = {
  id: 'term',
  family: 'term',
  severity: 'warning',
  run(context) {
    // two articles on the same news word things their own way: only translations are held to the glossary
    if (context.mode === 'comparable') return [];
    const findings = [];
    for (const pair of context.pairs) {
      if (!pair.src.sentences.length || !pair.tgt.sentences.length) continue;
      findings.push(...termFindings(pair, context.glossary));
    }
    return findings;
  },
};

export default term_;
