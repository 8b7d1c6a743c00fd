// Re-running the checks on the pairs a reviewer edited, at once: only those beads, plus a sample of
// untouched pairs so that rules comparing a pair with the document's norm (length ratios) see the document.
import { checkAlignment } from '../core/check.js';
import { glossaryFor } from '../core/glossary.js';
import type { Analysis, Bead, Finding, GlossaryEntry } from '../core/types.js';

// Enough for a stable median length ratio; every context pair costs the full set of rules.
const CONTEXT_BEADS = 40;

export function beadChecker(analysis: Analysis, userGlossary: GlossaryEntry[] = []): (made: readonly Bead[], all: readonly Bead[]) => Finding[] {
  const glossary = glossaryFor(userGlossary);
  return (made, all) => {
    if (made.length === 0) return [];
    const srcMade = new Set(made.flatMap((b) => b.src));
    const tgtMade = new Set(made.flatMap((b) => b.tgt));
    const untouched = all.filter((b) => !b.src.some((i) => srcMade.has(i)) && !b.tgt.some((j) => tgtMade.has(j)));
    const step = Math.max(1, Math.ceil(untouched.length / CONTEXT_BEADS));
    const context = untouched.filter((_, k) => k % step === 0);
    const findings = checkAlignment({
      srcLang: analysis.srcLang,
      tgtLang: analysis.tgtLang,
      mode: analysis.mode,
      source: analysis.source,
      target: analysis.target,
      beads: [...made, ...context].map((b) => ({ ...b })).sort((a, b) => (a.src[0] ?? a.tgt[0] ?? 0) - (b.src[0] ?? b.tgt[0] ?? 0)),
      srcFacts: analysis.srcFacts,
      tgtFacts: analysis.tgtFacts,
      glossary,
    });
    // Findings on the context pairs are already in the review; only the edited pairs' are new.
    return findings.filter((f) => (f.src.length > 0 || f.tgt.length > 0) && f.src.every((i) => srcMade.has(i)) && f.tgt.every((j) => tgtMade.has(j)));
  };
}
