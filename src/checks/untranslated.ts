// untranslated: a target sentence that is the source itself, or is written mostly in the source's language.
import type { LangCode } from '../core/types.js';
import { pairFinding, spanEvidence, type Rule } from './rule.js';

const SCRIPT: Record<LangCode, RegExp> = {
  en: /\p{Script=Latin}/gu,
  vi: /\p{Script=Latin}/gu,
  hi: /\p{Script=Devanagari}/gu,
  th: /\p{Script=Thai}/gu,
  zh: /\p{Script=Han}/gu,
};
/** Letters only Vietnamese uses among Latin-script languages here: its tone and vowel marks. */
const VIETNAMESE = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/iu;

const count = (s: string, re: RegExp) => (s.match(re) ?? []).length;
const norm = (s: string) => s.normalize('NFC').toLowerCase().replace(/[\s\p{P}]+/gu, ' ').trim();

/** Share of the target's letters (or, Latin to Latin, words) that belong to the source language. */
function sourceShare(target: string, src: LangCode, tgt: LangCode): number {
  const letters = count(target, /\p{L}/gu);
  if (!letters) return 0;
  if (SCRIPT[src].source !== SCRIPT[tgt].source) return count(target, SCRIPT[src]) / letters;
  const words = target.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const marked = words.filter((w) => VIETNAMESE.test(w.normalize('NFC'))).length / Math.max(1, words.length);
  return src === 'vi' ? marked : 0;
}

const untranslated: Rule = {
  id: 'untranslated',
  family: 'untranslated',
  severity: 'warning',
  run(context) {
    // two articles on the same news are not a translation of each other: a quotation in the other language is no slip
    if (context.srcLang === context.tgtLang || context.mode === 'comparable') return [];
    return context.pairs.flatMap((pair) => {
      if (!pair.src.sentences.length || !pair.tgt.sentences.length) return [];
      const letters = count(pair.tgt.text, /\p{L}/gu);
      if (letters < 8) return [];
      const same = norm(pair.src.text) === norm(pair.tgt.text);
      const share = sourceShare(pair.tgt.text, context.srcLang, context.tgtLang);
      if (!same && share < 0.5) return [];
      const message = same
        ? 'The translation is the source text itself: this sentence was not translated.'
        : `The translation is mostly still in the source language (${Math.round(share * 100)}% of it): this sentence seems untranslated.`;
      return [pairFinding(untranslated, pair, message, [spanEvidence(pair.tgt, 0, pair.tgt.text.length)])];
    });
  },
};

export default untranslated;
