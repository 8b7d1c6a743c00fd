// Reads user glossary files (CSV/TSV with a header of language codes, or TBX) through the one input reader, so
// a missing, binary or non-UTF-8 glossary is the same one-line error as any other input.
import type { GlossaryEntry } from '../core/types.js';
import { parseGlossary } from '../formats/glossary.js';
import { readTextFile } from './input.js';

export function readGlossaryFile(path: string): GlossaryEntry[] {
  return parseGlossary(readTextFile(path), path);
}

/** Every glossary named by `--glossary` (given once, repeated, or not at all) or by a config's list, in order. */
export function readGlossaries(paths: unknown): GlossaryEntry[] {
  const list = Array.isArray(paths) ? paths.map(String) : typeof paths === 'string' ? [paths] : [];
  return list.flatMap(readGlossaryFile);
}
