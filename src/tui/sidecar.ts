// The review sidecar (`<target>.xalign-review.json`): its format, content keys and the pure helpers the batch
// commands use to honour dismissed findings. No file system here (see store.ts); format in notes/review-sidecar.md.
import { createHash } from 'node:crypto';
import type { Finding, LangCode } from '../core/types.js';

export const SIDECAR_VERSION = 1;
export const SIDECAR_SUFFIX = '.xalign-review.json';

export type DecisionStatus = 'accepted' | 'dismissed' | 'open';

export interface Decision {
  key: string;
  status: DecisionStatus;
  note?: string;
  rule: string;
  family: string;
  severity: string;
  message: string;
  src: number[];
  tgt: number[];
  srcText: string[];
  tgtText: string[];
  at: string;
}

export interface PairNote {
  key: string;
  note: string;
  src: number[];
  tgt: number[];
  srcText: string[];
  tgtText: string[];
  at: string;
}

/** A bead the user made, by the content of its sentences, with the indices it had as a tie-breaker. */
export interface PinnedBead {
  src: string[];
  tgt: string[];
  hint: [number, number];
}

export interface Sidecar {
  xalignReview: number;
  source?: string;
  target?: string;
  srcLang?: LangCode;
  tgtLang?: LangCode;
  savedAt?: string;
  decisions: Decision[];
  pairNotes: PairNote[];
  alignment: { pinned: PinnedBead[] };
}

export class SidecarError extends Error {
  constructor(
    readonly kind: 'corrupt' | 'foreign',
    message: string,
  ) {
    super(message);
    this.name = 'SidecarError';
  }
}

export function sidecarPath(targetPath: string): string {
  return targetPath + SIDECAR_SUFFIX;
}

const sha = (text: string, length: number) => createHash('sha256').update(text).digest('hex').slice(0, length);

export function sentenceHash(text: string): string {
  return sha(text.trim(), 16);
}

/**
 * The sentences a finding concerns on one side: those its evidence points into, else all of its sentences there.
 * So merging a flagged sentence with an unrelated neighbour keeps the decision; editing the flagged one does not.
 */
export function concernedSentences(finding: Finding, side: 'src' | 'tgt'): number[] {
  const evidence = [...new Set(finding.evidence.filter((e) => e.side === side && e.sentence >= 0).map((e) => e.sentence))].sort((a, b) => a - b);
  return evidence.length > 0 ? evidence : finding[side];
}

/** The content key of a finding: its rule, the texts of the sentences it concerns and its evidence, never positions. */
export function decisionKey(finding: Finding, source: readonly string[], target: readonly string[]): string {
  return sha(
    JSON.stringify([
      finding.rule,
      concernedSentences(finding, 'src').map((i) => source[i] ?? ''),
      concernedSentences(finding, 'tgt').map((j) => target[j] ?? ''),
      finding.evidence.map((e) => [e.side, e.text]),
    ]),
    24,
  );
}

/** The content key of a pair (for notes on a pair without a finding). */
export function pairKey(srcTexts: readonly string[], tgtTexts: readonly string[]): string {
  return sha(JSON.stringify(['pair', srcTexts, tgtTexts]), 24);
}

export function emptySidecar(): Sidecar {
  return { xalignReview: SIDECAR_VERSION, decisions: [], pairNotes: [], alignment: { pinned: [] } };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const isIndexArray = (v: unknown): v is number[] => Array.isArray(v) && v.every((x) => Number.isInteger(x) && (x as number) >= 0);

function validDecision(d: unknown): d is Decision {
  return (
    isObject(d) &&
    typeof d.key === 'string' &&
    (d.status === 'accepted' || d.status === 'dismissed' || d.status === 'open') &&
    (d.note === undefined || typeof d.note === 'string') &&
    typeof d.rule === 'string' &&
    isIndexArray(d.src) &&
    isIndexArray(d.tgt) &&
    isStringArray(d.srcText) &&
    isStringArray(d.tgtText)
  );
}

function validPairNote(n: unknown): n is PairNote {
  return isObject(n) && typeof n.key === 'string' && typeof n.note === 'string' && isStringArray(n.srcText) && isStringArray(n.tgtText);
}

function validPinned(p: unknown): p is PinnedBead {
  return isObject(p) && isStringArray(p.src) && isStringArray(p.tgt) && Array.isArray(p.hint) && p.hint.length === 2 && isIndexArray(p.hint);
}

/** Reads a sidecar's text; a file that is not JSON is 'corrupt', JSON of another shape or version is 'foreign'. */
export function parseSidecar(text: string): Sidecar {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new SidecarError('corrupt', `not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!isObject(data) || !('xalignReview' in data)) throw new SidecarError('foreign', 'not an xalign review file');
  if (data.xalignReview !== SIDECAR_VERSION) {
    throw new SidecarError('foreign', `review file version ${String(data.xalignReview)} is not supported (this xalign reads version ${SIDECAR_VERSION})`);
  }
  const decisions = data.decisions ?? [];
  const pairNotes = data.pairNotes ?? [];
  const pinned = isObject(data.alignment) ? (data.alignment.pinned ?? []) : [];
  if (!Array.isArray(decisions) || !decisions.every(validDecision)) throw new SidecarError('corrupt', 'the decisions are malformed');
  if (!Array.isArray(pairNotes) || !pairNotes.every(validPairNote)) throw new SidecarError('corrupt', 'the pair notes are malformed');
  if (!Array.isArray(pinned) || !pinned.every(validPinned)) throw new SidecarError('corrupt', 'the alignment edits are malformed');
  return { ...(data as unknown as Sidecar), decisions, pairNotes, alignment: { pinned } };
}

export type DecisionIndex = ReadonlyMap<string, Decision>;

export function indexDecisions(decisions: readonly Decision[]): DecisionIndex {
  return new Map(decisions.map((d) => [d.key, d]));
}

export function loadDecisions(text: string): DecisionIndex {
  return indexDecisions(parseSidecar(text).decisions);
}

export function isDismissed(index: DecisionIndex, finding: Finding, source: readonly string[], target: readonly string[]): boolean {
  return index.get(decisionKey(finding, source, target))?.status === 'dismissed';
}

/** Post-processing step for the batch gate: a finding the reviewer dismissed as a false alarm is dropped. */
export function suppressDismissed(
  findings: readonly Finding[],
  source: readonly string[],
  target: readonly string[],
  index: DecisionIndex,
): Finding[] {
  if (index.size === 0) return [...findings];
  return findings.filter((f) => !isDismissed(index, f, source, target));
}
