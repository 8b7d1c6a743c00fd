// What a check rule is, and the view of an alignment every rule reads: one PairView per bead, with the
// joined sentence texts and their facts, so a rule never has to rebuild offsets itself.
import type { AlignMode, Bead, Evidence, Fact, Family, Finding, GlossaryEntry, LangCode, Sentence, Severity } from '../core/types.js';
import { languagePack, type LanguagePack } from '../lang/index.js';

export interface Rule {
  id: string;
  family: Family;
  severity: Severity;
  run(context: CheckContext): Finding[];
}

/** A fact placed in the joined text of its side: `at` is the offset of its sentence in that text. */
export interface PlacedFact extends Fact {
  sentence: number;
  at: number;
}

/** One side of an aligned pair: the sentences of the bead joined by a space. */
export interface SideView {
  side: 'src' | 'tgt';
  lang: LangCode;
  pack: LanguagePack;
  sentences: number[];
  text: string;
  /** Offset of each sentence of `sentences` in `text`. */
  offsets: number[];
  facts: PlacedFact[];
}

export interface PairView {
  index: number;
  bead: Bead;
  src: SideView;
  tgt: SideView;
}

export interface CheckContext {
  srcLang: LangCode;
  tgtLang: LangCode;
  mode: AlignMode;
  /** Rows checked one by one (pre-aligned input): there is no document to compare lengths with. */
  rows: boolean;
  source: Sentence[];
  target: Sentence[];
  pairs: PairView[];
  glossary: GlossaryEntry[];
  /** Document-level statistics given by the caller (checkBeads), instead of being computed from `pairs`. */
  norms?: DocumentNorms;
}

/** Statistics of a whole document that rules compare one pair with. */
export interface DocumentNorms {
  /** The usual letters-of-target per letter-of-source of a 1-1 pair in this document. */
  lengthRatio?: number;
}

export interface CheckInput {
  srcLang: LangCode;
  tgtLang: LangCode;
  mode?: AlignMode;
  rows?: boolean;
  source: Sentence[];
  target: Sentence[];
  beads: Bead[];
  srcFacts: Fact[][];
  tgtFacts: Fact[][];
  glossary?: GlossaryEntry[];
  norms?: DocumentNorms;
}

function sideView(side: 'src' | 'tgt', lang: LangCode, indices: number[], sentences: Sentence[], facts: Fact[][]): SideView {
  const offsets: number[] = [];
  const placed: PlacedFact[] = [];
  let text = '';
  for (const i of indices) {
    if (text) text += ' ';
    offsets.push(text.length);
    // Object.assign, not a spread: V8 gives spread copies of these facts three times the memory (a copy of every
    // fact of the document is made here)
    for (const f of facts[i] ?? []) placed.push(Object.assign({}, f, { sentence: i, at: text.length }));
    text += sentences[i]?.text ?? '';
  }
  return { side, lang, pack: languagePack(lang), sentences: indices, text, offsets, facts: placed };
}

export function buildContext(input: CheckInput): CheckContext {
  const pairs = input.beads.map((bead, index) => ({
    index,
    bead,
    src: sideView('src', input.srcLang, bead.src, input.source, input.srcFacts),
    tgt: sideView('tgt', input.tgtLang, bead.tgt, input.target, input.tgtFacts),
  }));
  return {
    srcLang: input.srcLang,
    tgtLang: input.tgtLang,
    mode: input.mode ?? 'translation',
    rows: input.rows ?? false,
    source: input.source,
    target: input.target,
    pairs,
    glossary: input.glossary ?? [],
    ...(input.norms ? { norms: input.norms } : {}),
  };
}

/** Evidence for a span [start, end) of a side's joined text, attributed to the sentence it falls in. */
export function spanEvidence(view: SideView, start: number, end: number): Evidence {
  let k = 0;
  while (k + 1 < view.offsets.length && (view.offsets[k + 1] ?? Infinity) <= start) k++;
  const base = view.offsets[k] ?? 0;
  return { side: view.side, sentence: view.sentences[k] ?? -1, start: start - base, end: end - base, text: view.text.slice(start, end) };
}

export function factEvidence(view: SideView, fact: PlacedFact): Evidence {
  return { side: view.side, sentence: fact.sentence, start: fact.start, end: fact.end, text: fact.text };
}

/** A finding about a pair, naming every sentence of the bead on both sides. */
export function pairFinding(
  rule: Rule,
  pair: PairView,
  message: string,
  evidence: Evidence[],
  extra: Partial<Pick<Finding, 'severity' | 'family' | 'values'>> = {},
): Finding {
  return {
    rule: rule.id,
    family: extra.family ?? rule.family,
    severity: extra.severity ?? rule.severity,
    src: [...pair.bead.src],
    tgt: [...pair.bead.tgt],
    message,
    evidence,
    ...(extra.values ? { values: extra.values } : {}),
  };
}

/**
 * The pairs whose two sides a rule compares. In comparable mode (two articles on the same news) only the sentence
 * pairs the aligner linked by a fact both state: the rest are unrelated sentences, not a translation of each other.
 */
export function comparedPairs(context: CheckContext): PairView[] {
  return context.pairs.filter(
    (p) => p.src.sentences.length > 0 && p.tgt.sentences.length > 0 && (context.mode !== 'comparable' || (p.bead.shared?.length ?? 1) > 0),
  );
}

/** Comparable mode words a conflict as a difference between two articles, not as a translation error. */
export const ARTICLES_DIFFER = 'The two articles differ:';

/** Quote a piece of document text in a message. */
export const q = (text: string): string => `“${text.trim()}”`;
