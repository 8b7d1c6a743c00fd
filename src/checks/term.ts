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

/** Non-overlapping occurrences of any form of one concept, longest forms first. */
export function termHits(view: SideView, forms: readonly string[]): Hit[] {
  const text = strip(view.text);
  const bounded = view.lang !== 'th' && view.lang !== 'zh';
  const hits: Hit[] = [];
  for (const form of [...forms].map(strip).sort((a, b) => b.length - a.length)) {
    const formBounded = bounded || /^[a-z0-9]/i.test(form);
    for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
      let end = i + form.length;
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

function checkEntry(pair: PairView, entry: GlossaryEntry) {
  const srcForms = entry.forms[pair.src.lang], tgtForms = entry.forms[pair.tgt.lang];
  if (!srcForms?.length || !tgtForms?.length) return null;
  const s = termHits(pair.src, srcForms);
  if (!s.length) return null;
  const t = termHits(pair.tgt, tgtForms);
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
      for (const entry of context.glossary) {
        const f = checkEntry(pair, entry);
        if (f) findings.push(f);
      }
    }
    return findings;
  },
};

export default term_;
