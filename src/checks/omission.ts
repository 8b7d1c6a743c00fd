// omission and addition: sentences left without a counterpart, and aligned sentences whose length is far
// outside what this language pair (or this document) usually shows — a clause or more is probably missing.
import type { GlossaryEntry, LangCode } from '../core/types.js';
import { pairFinding, q, spanEvidence, type CheckContext, type CheckInput, type PairView, type Rule } from './rule.js';
import { termFindings } from './term.js';

/** Characters per character of English for the same content (written for xalign; rough, per script). */
const LENGTH_VS_ENGLISH: Record<LangCode, number> = { en: 1, hi: 1.02, vi: 1.08, th: 0.92, zh: 0.3 };
const letters = (s: string) => s.replace(/[\s\p{P}\p{S}]/gu, '').length;

/** The pair prior of the two languages: characters of target per character of source. */
const priorRatio = (srcLang: LangCode, tgtLang: LangCode): number => LENGTH_VS_ENGLISH[tgtLang] / LENGTH_VS_ENGLISH[srcLang];

/**
 * The length ratio a pair of this document is compared with: the median over its 1-1 beads once there are
 * enough to trust it, else the prior of the language pair. Pure; also used by checkBeads on the whole document.
 */
export function documentLengthRatio(input: Pick<CheckInput, 'srcLang' | 'tgtLang' | 'rows' | 'source' | 'target' | 'beads'>): number {
  const prior = priorRatio(input.srcLang, input.tgtLang);
  if (input.rows) return prior;
  const ratios: number[] = [];
  for (const b of input.beads) {
    if (b.src.length !== 1 || b.tgt.length !== 1) continue;
    const ls = letters(input.source[b.src[0]!]?.text ?? ''), lt = letters(input.target[b.tgt[0]!]?.text ?? '');
    if (ls >= 20) ratios.push(lt / ls);
  }
  ratios.sort((a, b) => a - b);
  return ratios.length >= 5 ? ratios[Math.floor(ratios.length / 2)]! : prior;
}

function expectedRatio(context: CheckContext): number {
  if (context.norms?.lengthRatio !== undefined) return context.norms.lengthRatio;
  if (context.rows) return priorRatio(context.srcLang, context.tgtLang);
  return documentLengthRatio({ ...context, beads: context.pairs.map((p) => p.bead) });
}

const excerpt = (s: string) => (s.length > 80 ? `${s.slice(0, 77)}…` : s);

function lengthFindings(rule: Rule, pair: PairView, expected: number, side: 'short' | 'long', glossary?: readonly GlossaryEntry[]) {
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
  // shorter than usual, though not drastically, and a key term of the source is gone with it: a clause is missing
  if (side === 'short' && d < 0.75 && glossary) {
    const lost = termFindings(pair, glossary).flatMap((f) => f.evidence.filter((e) => e.side === 'src').slice(0, 1));
    if (lost.length)
      return [
        pairFinding(rule, pair, `The translation is shorter than the source (about ${Math.round(d * 100)}% of the usual length) and ${lost.map((e) => q(e.text)).join(', ')} is not translated: a clause seems missing.`, [spanEvidence(pair.src, 0, pair.src.text.length)], {
          values: { src: `${ls} characters`, tgt: `${lt} characters` },
        }),
      ];
  }
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
      return lengthFindings(omission, pair, expected, 'short', context.glossary);
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
