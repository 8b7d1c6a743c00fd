// Runs the check rules over an aligned document pair and passes their findings through the post-processing chain.
import { RULES } from '../checks/index.js';
import { documentLengthRatio } from '../checks/omission.js';
import { buildContext, type CheckInput, type DocumentNorms } from '../checks/rule.js';
import { glossaryFor } from './glossary.js';
import { postprocess, type PostprocessOptions } from './postprocess.js';
import type { Analysis, Bead, Finding, GlossaryEntry } from './types.js';

export interface CheckOptions extends PostprocessOptions {
  /** Only these rule ids (default: all). */
  rules?: readonly string[];
}

export function checkAlignment(input: CheckInput, options: CheckOptions = {}): Finding[] {
  const context = buildContext(input);
  const rules = options.rules ? RULES.filter((r) => options.rules!.includes(r.id)) : RULES;
  const findings = rules.flatMap((rule) => rule.run(context));
  return postprocess(findings, input, options);
}

/** The statistics of a whole aligned document that single pairs are compared with. */
export function documentNorms(input: Pick<CheckInput, 'srcLang' | 'tgtLang' | 'rows' | 'source' | 'target' | 'beads'>): DocumentNorms {
  return { lengthRatio: documentLengthRatio(input) };
}

export interface CheckBeadsOptions extends CheckOptions {
  /** User glossary entries (the built-in domain glossary is always included). */
  glossary?: readonly GlossaryEntry[];
  /** The document's current beads, for its norms (default: `analysis.beads`); e.g. the review's edited list. */
  all?: readonly Bead[];
  /** Norms computed once by the caller with `documentNorms` (then `all` is not read). */
  norms?: DocumentNorms;
  /** Pre-aligned rows (no document norm: the language pair's prior is used). */
  rows?: boolean;
}

/**
 * Re-checks only `beads` (e.g. the pairs a reviewer merged, split or moved) of an analysed document: the
 * findings for those beads, after dedupe and the post-processing chain, with document sentence indices.
 * Sentences, facts and the glossary come from the analysis; document-level norms (the length ratio) from the
 * whole document, not from the few beads. Pure.
 */
export function checkBeads(analysis: Analysis, beads: readonly Bead[], options: CheckBeadsOptions = {}): Finding[] {
  if (beads.length === 0) return [];
  const { glossary, all, norms, rows, ...rest } = options;
  const base = {
    srcLang: analysis.srcLang,
    tgtLang: analysis.tgtLang,
    mode: analysis.mode,
    rows: rows ?? false,
    source: analysis.source,
    target: analysis.target,
  };
  return checkAlignment(
    {
      ...base,
      beads: beads.map((b) => ({ ...b, src: [...b.src], tgt: [...b.tgt] })),
      srcFacts: analysis.srcFacts,
      tgtFacts: analysis.tgtFacts,
      glossary: glossaryFor(glossary ?? []),
      norms: norms ?? documentNorms({ ...base, beads: [...(all ?? analysis.beads)] }),
    },
    rest,
  );
}

export type { CheckInput, DocumentNorms } from '../checks/rule.js';
