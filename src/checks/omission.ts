// omission and addition: sentences left without a counterpart, and aligned sentences whose length is far
// outside what this language pair (or this document) usually shows — a clause or more is probably missing.
import type { LangCode } from '../core/types.js';
import { pairFinding, q, spanEvidence, type CheckContext, type PairView, type Rule } from './rule.js';

/** Characters per character of English for the same content (written for xalign; rough, per script). */
const LENGTH_VS_ENGLISH: Record<LangCode, number> = { en: 1, hi: 1.02, vi: 1.08, th: 0.92, zh: 0.3 };
const letters = (s: string) => s.replace(/[\s\p{P}\p{S}]/gu, '').length;

function expectedRatio(context: CheckContext): number {
  const prior = LENGTH_VS_ENGLISH[context.tgtLang] / LENGTH_VS_ENGLISH[context.srcLang];
  if (context.rows) return prior;
  const ratios = context.pairs
    .filter((p) => p.bead.src.length === 1 && p.bead.tgt.length === 1 && letters(p.src.text) >= 20)
    .map((p) => letters(p.tgt.text) / letters(p.src.text))
    .sort((a, b) => a - b);
  // the document's own median once there are enough sentences to trust it
  return ratios.length >= 5 ? ratios[Math.floor(ratios.length / 2)]! : prior;
}

const excerpt = (s: string) => (s.length > 80 ? `${s.slice(0, 77)}…` : s);

function lengthFindings(rule: Rule, pair: PairView, expected: number, side: 'short' | 'long') {
  const ls = letters(pair.src.text), lt = letters(pair.tgt.text);
  const englishSize = ls / LENGTH_VS_ENGLISH[pair.src.lang];
  if (englishSize < 30 || lt === 0) return [];
  const d = lt / ls / expected;
  if (side === 'short' && d < 0.45)
    return [
      pairFinding(rule, pair, `The translation is much shorter than the source (about ${Math.round(d * 100)}% of the usual length): part of the sentence seems missing.`, [spanEvidence(pair.src, 0, pair.src.text.length)], {
        values: { src: `${ls} characters`, tgt: `${lt} characters` },
      }),
    ];
  if (side === 'long' && d > 2.4 && englishSize * d >= 60)
    return [
      pairFinding(rule, pair, `The translation is much longer than the source (about ${Math.round(d * 10) / 10} times the usual length): it may add content that is not in the source.`, [spanEvidence(pair.tgt, 0, pair.tgt.text.length)], {
        values: { src: `${ls} characters`, tgt: `${lt} characters` },
      }),
    ];
  return [];
}

export const omission: Rule = {
  id: 'omission',
  family: 'omission',
  severity: 'warning',
  run(context) {
    if (context.mode === 'comparable') return [];
    const expected = expectedRatio(context);
    return context.pairs.flatMap((pair) => {
      if (!pair.src.sentences.length) return [];
      if (!pair.tgt.sentences.length) {
        if (!letters(pair.src.text)) return [];
        return [pairFinding(omission, pair, `This source sentence has no counterpart in the translation: ${q(excerpt(pair.src.text))}.`, [spanEvidence(pair.src, 0, pair.src.text.length)])];
      }
      return lengthFindings(omission, pair, expected, 'short');
    });
  },
};

export const addition: Rule = {
  id: 'addition',
  family: 'addition',
  severity: 'warning',
  run(context) {
    if (context.mode === 'comparable') return [];
    const expected = expectedRatio(context);
    return context.pairs.flatMap((pair) => {
      if (!pair.tgt.sentences.length) return [];
      if (!pair.src.sentences.length) {
        if (!letters(pair.tgt.text)) return [];
        return [pairFinding(addition, pair, `This sentence of the translation has no counterpart in the source: ${q(excerpt(pair.tgt.text))}.`, [spanEvidence(pair.tgt, 0, pair.tgt.text.length)])];
      }
      return lengthFindings(addition, pair, expected, 'long');
    });
  },
};
