// The one place that reads input text: UTF-8 with or without BOM, CRLF/CR line ends as LF, and a
// one-line UserError for every input a user can get wrong.
import { readFileSync, statSync } from 'node:fs';
import { UserError } from '../core/errors.js';

/** Larger inputs are refused up front: a JavaScript string cannot hold much more. */
const MAX_BYTES = 256 * 1024 * 1024;

/** Reads a text file; `-` reads standard input. */
export function readTextFile(path: string): string {
  if (path === '-') return decodeText(readStdinBytes(), 'stdin');
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new UserError(`cannot read ${path}: it is a directory, not a text file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`cannot read ${path}: ${fileErrorReason(error)}`);
  }
  if (size > MAX_BYTES) throw new UserError(`cannot read ${path}: ${Math.round(size / 1048576)} MB is more than xalign reads (256 MB)`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new UserError(`cannot read ${path}: ${fileErrorReason(error)}`);
  }
  return decodeText(bytes, path);
}

/** Reads all of standard input as text. */
export async function readStdinText(): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += b.length;
    if (size > MAX_BYTES) throw new UserError('cannot read stdin: more than xalign reads (256 MB)');
    chunks.push(b);
  }
  return decodeText(Buffer.concat(chunks), 'stdin');
}

function readStdinBytes(): Buffer {
  try {
    return readFileSync(0);
  } catch (error) {
    throw new UserError(`cannot read stdin: ${fileErrorReason(error)}`);
  }
}

/** Validates and normalises the bytes of one input; `name` is how messages call it. */
export function decodeText(bytes: Uint8Array, name: string): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new UserError(`cannot read ${name}: it is UTF-16; save it as UTF-8`);
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new UserError(`cannot read ${name}: it looks like a binary file (NUL byte at byte ${nul}), not text`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new UserError(`cannot read ${name}: not valid UTF-8 at byte ${firstInvalidUtf8(bytes)}`);
  }
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new UserError(`${name} is empty: there is no text to read`);
  return text;
}

/** Byte offset of the first ill-formed UTF-8 sequence (Unicode Table 3-7), or -1 when all is well-formed. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** A file-system error in words a user can act on. */
export function fileErrorReason(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'it is a directory, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    case 'ELOOP':
      return 'too many symbolic links';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
