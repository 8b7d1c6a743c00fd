// Persistence of a review, outside the components: the sidecar next to the target, written atomically after
// every decision and edit, read back (decisions, notes, alignment edits) when the pair is opened again.
import { existsSync, renameSync } from 'node:fs';
import { basename } from 'node:path';
import type { Analysis } from '../core/types.js';
import { readTextFile } from '../io/input.js';
import { writeFileAtomic } from '../io/output.js';
import { editedBeads, pinBead, replayPinned } from './beads.js';
import { type Sidecar, SIDECAR_VERSION, SidecarError, parseSidecar, sentenceHash, sidecarPath } from './sidecar.js';
import type { ReviewState, SavedReview } from './state.js';

export interface StoreMeta {
  sourcePath: string;
  targetPath: string;
}

export interface LoadedReview {
  saved?: SavedReview;
  /** One line for the user when the sidecar could not be used, or when some alignment edits no longer apply. */
  warning?: string;
}

// One atomic writer for everything xalign writes (temp file, fsync, rename).
export { writeFileAtomic };

const stamp = (date: Date) => date.toISOString().replace(/[:.]/g, '-');

/** Moves an unusable sidecar out of the way (never overwriting it) and says where it went. */
function keepAside(path: string, now: Date): string {
  let aside = `${path}.corrupt-${stamp(now)}`;
  for (let n = 1; existsSync(aside); n++) aside = `${path}.corrupt-${stamp(now)}-${n}`;
  renameSync(path, aside);
  return aside;
}

export function readSidecarFile(path: string, now = new Date()): { sidecar: Sidecar | null; warning?: string } {
  if (!existsSync(path)) return { sidecar: null };
  try {
    return { sidecar: parseSidecar(readTextFile(path)) };
  } catch (error) {
    const reason = error instanceof SidecarError ? `${error.kind}: ${error.message}` : `unreadable: ${error instanceof Error ? error.message : String(error)}`;
    const aside = keepAside(path, now);
    return { sidecar: null, warning: `review file ${path} is ${reason}; kept it as ${basename(aside)} and started a fresh review` };
  }
}

/** Restores decisions, notes and alignment edits for this analysis; edits whose sentences are gone are reported. */
export function loadReview(meta: StoreMeta, analysis: Analysis, now = new Date()): LoadedReview {
  const { sidecar, warning } = readSidecarFile(sidecarPath(meta.targetPath), now);
  if (!sidecar) return warning ? { warning } : {};
  const saved: SavedReview = { decisions: sidecar.decisions, pairNotes: sidecar.pairNotes };
  let lostWarning: string | undefined;
  if (sidecar.alignment.pinned.length > 0) {
    const { beads, lost } = replayPinned(
      analysis.beads,
      sidecar.alignment.pinned,
      analysis.source.map((s) => sentenceHash(s.text)),
      analysis.target.map((s) => sentenceHash(s.text)),
    );
    saved.beads = beads;
    if (lost.length > 0) lostWarning = `${lost.length} alignment edit(s) no longer apply: their sentences changed`;
  }
  return lostWarning ? { saved, warning: lostWarning } : { saved };
}

/** The sidecar for the current state: every decision and note, and the beads the reviewer made. */
export function toSidecar(state: ReviewState, meta: StoreMeta, now = new Date()): Sidecar {
  const srcHashes = state.srcTexts.map(sentenceHash);
  const tgtHashes = state.tgtTexts.map(sentenceHash);
  const byPosition = <T extends { src: number[]; tgt: number[]; key: string }>(a: T, b: T) =>
    (a.src[0] ?? a.tgt[0] ?? 0) - (b.src[0] ?? b.tgt[0] ?? 0) || a.key.localeCompare(b.key);
  return {
    xalignReview: SIDECAR_VERSION,
    source: basename(meta.sourcePath),
    target: basename(meta.targetPath),
    srcLang: state.analysis.srcLang,
    tgtLang: state.analysis.tgtLang,
    savedAt: now.toISOString(),
    decisions: [...state.doc.decisions.values()].sort(byPosition),
    pairNotes: [...state.doc.pairNotes.values()].sort(byPosition),
    alignment: { pinned: editedBeads(state.analysis.beads, state.doc.beads).map((b) => pinBead(b, srcHashes, tgtHashes)) },
  };
}

export function saveReview(state: ReviewState, meta: StoreMeta, now = new Date()): string {
  const path = sidecarPath(meta.targetPath);
  writeFileAtomic(path, JSON.stringify(toSidecar(state, meta, now), null, 2) + '\n');
  return path;
}
