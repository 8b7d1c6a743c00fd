// Writing output files. Every file xalign writes goes to a temporary file next to it and is renamed into place,
// so an interrupted or failed run leaves either the old file or the complete new one, never half a report; and
// an output path that names one of the run's own input files is refused before anything is written.
import { closeSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../core/errors.js';
import { fileErrorReason } from './input.js';

/** Output given as one string, or as pieces (a large report) that are written one batch at a time. */
export type OutputText = string | Iterable<string>;

/**
 * Pieces are gathered into writes of about this many characters: few system calls, and batches small enough to
 * die young (a batch of megabytes lives in the large-object space until a full garbage collection).
 */
const WRITE_BATCH_CHARS = 1 << 14;

/** The pieces of `text` gathered into batches of about WRITE_BATCH_CHARS characters. */
function* batches(text: OutputText): Generator<string> {
  if (typeof text === 'string') {
    yield text;
    return;
  }
  let batch: string[] = [];
  let size = 0;
  for (const piece of text) {
    batch.push(piece);
    size += piece.length;
    if (size >= WRITE_BATCH_CHARS) {
      yield batch.join('');
      batch = [];
      size = 0;
    }
  }
  if (batch.length) yield batch.join('');
}

/** Writes output to a stream (stdout), waiting for it to drain between batches so that they do not pile up. */
export async function writeToStream(stream: NodeJS.WritableStream, text: OutputText): Promise<void> {
  for (const batch of batches(text)) {
    if (!stream.write(batch)) await new Promise((resolve) => stream.once('drain', resolve));
  }
}

/** Writes a file so that a crash leaves either the old or the new content: temp file, fsync, rename. Throws fs errors. */
export function writeFileAtomic(path: string, text: OutputText): void {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  const fd = openSync(temp, 'w', 0o644);
  try {
    for (const batch of batches(text)) writeSync(fd, batch);
    fsyncSync(fd);
    closeSync(fd);
    renameSync(temp, path);
  } catch (error) {
    try {
      closeSync(fd);
    } catch {
      // already closed
    }
    try {
      unlinkSync(temp);
    } catch {
      // the temp file is already gone
    }
    throw error;
  }
  // The rename itself reaches the disk only when the directory is synced; not every platform allows it.
  try {
    const dfd = openSync(dir, 'r');
    try {
      fsyncSync(dfd);
    } finally {
      closeSync(dfd);
    }
  } catch {
    // directories cannot be opened for fsync here (e.g. Windows): the rename is still atomic
  }
}

/** Device and inode of an existing file, to recognise one file under two spellings of its path. */
function identity(path: string): string | undefined {
  try {
    const s = statSync(path);
    return `${s.dev}:${s.ino}`;
  } catch {
    return undefined;
  }
}

/** UserError when `path` is one of `inputs` (same file, however spelled): an output must never replace an input. */
export function refuseInputAsOutput(path: string, inputs: readonly (string | undefined)[], option = '--output'): void {
  const out = identity(path);
  if (!out) return;
  for (const input of inputs) {
    if (input && input !== '-' && identity(input) === out) {
      throw new UserError(`refusing to write ${option} ${path}: it is one of the input files; choose another file name`);
    }
  }
}

/** Writes a report (or any output) atomically; errors become one line, and the inputs are never overwritten. */
export function writeOutputFile(path: string, text: OutputText, options: { inputs?: readonly (string | undefined)[]; option?: string } = {}): void {
  refuseInputAsOutput(path, options.inputs ?? [], options.option);
  try {
    if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    writeFileAtomic(path, text);
  } catch (error) {
    throw new UserError(`cannot write ${path}: ${outputErrorReason(error)}`);
  }
}

/** Like fileErrorReason, worded for writing (a missing folder, not a missing file). */
export function outputErrorReason(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  if (code === 'ENOENT') return 'the folder does not exist';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'ENOSPC') return 'the disk is full';
  if (code === 'EROFS') return 'the file system is read-only';
  return fileErrorReason(error);
}
