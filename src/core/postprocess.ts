// The post-processing chain every finding passes through: small pure functions, applied in order.
import { createHash } from 'node:crypto';
import { severityRank, type Analysis, type Finding, type Severity } from './types.js';

export type FindingFilter = (findings: Finding[]) => Finding[];

/** The same rule saying the same thing about the same sentences once is enough. */
export const dedupe: FindingFilter = (findings) => {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.rule}|${f.src.join(',')}|${f.tgt.join(',')}|${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

const normalizeText = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

/**
 * A finding's identity that survives edits elsewhere in the document: the rule, the text of the sentences
 * it concerns (not their positions) and its evidence.
 */
export function findingFingerprint(finding: Finding, analysis: Pick<Analysis, 'source' | 'target'>): string {
  const src = finding.src.map((i) => normalizeText(analysis.source[i]?.text ?? '')).join('\n');
  const tgt = finding.tgt.map((i) => normalizeText(analysis.target[i]?.text ?? '')).join('\n');
  const evidence = finding.evidence.map((e) => `${e.side}:${normalizeText(e.text)}`).join('\n');
  return createHash('sha256').update(`${finding.rule}\u0000${src}\u0000${tgt}\u0000${evidence}`).digest('hex').slice(0, 16);
}

/** Drop what a reviewer or a baseline has already accepted: a predicate, or a set of fingerprints. */
export function suppress(
  findings: Finding[],
  accepted: ((finding: Finding) => boolean) | ReadonlySet<string>,
  analysis?: Pick<Analysis, 'source' | 'target'>,
): Finding[] {
  if (typeof accepted === 'function') return findings.filter((f) => !accepted(f));
  if (!accepted.size || !analysis) return findings;
  return findings.filter((f) => !accepted.has(findingFingerprint(f, analysis)));
}

export const atLeast =
  (minimum: Severity): FindingFilter =>
  (findings) =>
    findings.filter((f) => severityRank[f.severity] >= severityRank[minimum]);

/** Document order (first sentence concerned), then the more severe first, then by rule. */
export const sortFindings: FindingFilter = (findings) =>
  [...findings].sort((a, b) => {
    const pa = a.src[0] ?? a.tgt[0] ?? 0, pb = b.src[0] ?? b.tgt[0] ?? 0;
    return pa - pb || (a.tgt[0] ?? 0) - (b.tgt[0] ?? 0) || severityRank[b.severity] - severityRank[a.severity] || a.rule.localeCompare(b.rule);
  });

export interface PostprocessOptions {
  accepted?: ((finding: Finding) => boolean) | ReadonlySet<string>;
  minSeverity?: Severity;
}

export function postprocess(findings: Finding[], analysis: Pick<Analysis, 'source' | 'target'>, options: PostprocessOptions = {}): Finding[] {
  let out = dedupe(findings);
  if (options.accepted) out = suppress(out, options.accepted, analysis);
  if (options.minSeverity) out = atLeast(options.minSeverity)(out);
  return sortFindings(out);
}
