// Re-running the checks on the pairs a reviewer edited, at once: only those beads, with the document-level
// norms (length ratio) taken from the whole current alignment by the checks' own checkBeads.
import { checkBeads } from '../core/check.js';
import type { Analysis, Bead, Finding, GlossaryEntry } from '../core/types.js';

export function beadChecker(analysis: Analysis, userGlossary: GlossaryEntry[] = []): (made: readonly Bead[], all: readonly Bead[]) => Finding[] {
  return (made, all) => {
    if (made.length === 0) return [];
    const srcMade = new Set(made.flatMap((b) => b.src));
    const tgtMade = new Set(made.flatMap((b) => b.tgt));
    const findings = checkBeads(analysis, made, { glossary: userGlossary, all });
    // only findings about the edited pairs (every finding of checkBeads is, but keep the review's contract explicit)
    return findings.filter((f) => (f.src.length > 0 || f.tgt.length > 0) && f.src.every((i) => srcMade.has(i)) && f.tgt.every((j) => tgtMade.has(j)));
  };
}
