// The batch side of the review sidecar: dismissed findings do not fail the gate. Format: src/tui/sidecar.ts.
import { existsSync } from 'node:fs';
import type { ReportFinding } from '../core/report.js';
import type { Sentence } from '../core/types.js';
import { isDismissed, loadDecisions, sidecarPath, SidecarError } from '../tui/sidecar.js';
import { readTextFile } from './input.js';

/**
 * A predicate for dismissed findings, from `<target>.xalign-review.json` when it exists; undefined otherwise.
 * A corrupt or foreign sidecar is reported through `warn` and ignored (never rewritten here).
 */
export function reviewDismissals(
  targetPath: string | undefined,
  source: readonly Sentence[],
  target: readonly Sentence[],
  warn: (message: string) => void,
): ((finding: ReportFinding) => boolean) | undefined {
  if (!targetPath || targetPath === '-') return undefined;
  const path = sidecarPath(targetPath);
  if (!existsSync(path)) return undefined;
  try {
    const index = loadDecisions(readTextFile(path));
    if (index.size === 0) return undefined;
    const src = source.map((s) => s.text);
    const tgt = target.map((s) => s.text);
    return (finding) => isDismissed(index, finding, src, tgt);
  } catch (error) {
    if (error instanceof SidecarError || error instanceof Error) {
      warn(`ignoring review file ${path}: ${error.message}`);
      return undefined;
    }
    throw error;
  }
}
