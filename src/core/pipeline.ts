// The whole analysis of a document pair: segment, align, read facts, check. Pure: texts in, Analysis out.
import { align } from './align.js';
import { checkAlignment, type CheckOptions } from './check.js';
import { extractFacts } from './facts.js';
import { glossaryFor } from './glossary.js';
import { segment } from './segment.js';
import type { AlignMode, Analysis, Bead, GlossaryEntry, LangCode, Sentence } from './types.js';

export interface AnalyzeInput {
  srcLang: LangCode;
  tgtLang: LangCode;
  /** Running text of each side (segmented here), or sentences already segmented. */
  srcText?: string;
  tgtText?: string;
  source?: Sentence[];
  target?: Sentence[];
  mode?: AlignMode;
  /** User glossary entries; the built-in domain glossary is always included. */
  glossary?: GlossaryEntry[];
  id?: string;
}

export interface AnalyzeOptions extends CheckOptions {}

function finish(
  base: Omit<Analysis, 'findings' | 'srcFacts' | 'tgtFacts'>,
  user: GlossaryEntry[] | undefined,
  rows: boolean,
  options: AnalyzeOptions,
): Analysis {
  const srcFacts = base.source.map((s) => extractFacts(s.text, base.srcLang));
  const tgtFacts = base.target.map((s) => extractFacts(s.text, base.tgtLang));
  const findings = checkAlignment(
    { ...base, srcFacts, tgtFacts, rows, glossary: glossaryFor(user) },
    options,
  );
  return { ...base, srcFacts, tgtFacts, findings };
}

export function analyze(input: AnalyzeInput, options: AnalyzeOptions = {}): Analysis {
  const source = input.source ?? segment(input.srcText ?? '', input.srcLang);
  const target = input.target ?? segment(input.tgtText ?? '', input.tgtLang);
  const mode = input.mode ?? 'translation';
  const beads: Bead[] = align(
    source.map((s) => s.text),
    target.map((s) => s.text),
    { srcLang: input.srcLang, tgtLang: input.tgtLang, mode, glossary: input.glossary },
  );
  return finish({ ...(input.id ? { id: input.id } : {}), srcLang: input.srcLang, tgtLang: input.tgtLang, mode, source, target, beads }, input.glossary, false, options);
}

export interface Row {
  source: string;
  target: string;
}

/** Pre-aligned rows: each row is its own pair, and `src`/`tgt` in findings are row indices. */
export function analyzeRows(
  input: { rows: Row[]; srcLang: LangCode; tgtLang: LangCode; glossary?: GlossaryEntry[]; id?: string },
  options: AnalyzeOptions = {},
): Analysis {
  const sentence = (text: string): Sentence => ({ text, start: 0, end: text.length });
  const source = input.rows.map((r) => sentence(r.source));
  const target = input.rows.map((r) => sentence(r.target));
  const beads: Bead[] = input.rows.map((r, i) => ({
    src: r.source.trim() ? [i] : [],
    tgt: r.target.trim() ? [i] : [],
    score: 1,
  }));
  return finish({ ...(input.id ? { id: input.id } : {}), srcLang: input.srcLang, tgtLang: input.tgtLang, mode: 'translation', source, target, beads }, input.glossary, true, options);
}
