// The unit of a corpus run: one document pair to check. Sharding is a pure, deterministic slice of the jobs.
import { UserError } from '../core/errors.js';
import type { AlignMode, LangCode } from '../core/types.js';

export interface PairJob {
  id: string;
  mode: AlignMode;
  source: { path: string; lang?: LangCode };
  target: { path: string; lang?: LangCode };
  note?: string;
}

export interface Shard {
  index: number; // 1-based
  count: number;
}

export function parseShard(text: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match || count < 1 || index < 1 || index > count) {
    throw new UserError(`--shard must be i/n with 1 ≤ i ≤ n (e.g. 2/4), not "${text}"`);
  }
  return { index, count };
}

/**
 * Slice i of n: jobs sorted by id, then every n-th from position i-1. The same corpus gives every machine the
 * same slices whatever order the manifest lists them in, and the slices cover every job exactly once.
 */
export function shardJobs<J extends { id: string }>(jobs: readonly J[], shard: Shard | undefined): J[] {
  if (!shard || shard.count === 1) return [...jobs];
  const sorted = [...jobs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return sorted.filter((_, position) => position % shard.count === shard.index - 1);
}

/** A file-system-safe name for a pair id (ids come from manifests: never trust them as paths). */
export function safeFileName(id: string): string {
  const cleaned = id.normalize('NFC').replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^[._]+/, '').slice(0, 120);
  return cleaned || 'pair';
}
