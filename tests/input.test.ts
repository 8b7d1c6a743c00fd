import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UserError } from '../src/core/errors.js';
import { segment } from '../src/core/segment.js';
import { decodeText, firstInvalidUtf8, readTextFile } from '../src/io/input.js';
import { ROOT, corpusText } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'xalign-input-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, data: string | Uint8Array) => {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
};

describe('readTextFile', () => {
  it('reads a corpus file exactly as Node reads it', () => {
    expect(readTextFile(`${ROOT}corpus/spic-alibaba.hi.txt`)).toBe(corpusText('spic-alibaba.hi.txt'));
  });

  it('strips a UTF-8 BOM and turns CRLF and CR into LF', () => {
    const p = file('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('पहला।\r\nदूसरा\rतीसरा\n', 'utf8')]));
    expect(readTextFile(p)).toBe('पहला।\nदूसरा\nतीसरा\n');
  });

  it('refuses a missing file, a directory, a binary file, invalid UTF-8, UTF-16 and an empty file with one line each', () => {
    mkdirSync(join(dir, 'folder'));
    const cases: Array<[string, RegExp]> = [
      [join(dir, 'missing.txt'), /^cannot read .*missing\.txt: no such file$/],
      [join(dir, 'folder'), /^cannot read .*folder: it is a directory, not a text file$/],
      [file('bin.dat', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01])), /^cannot read .*bin\.dat: it looks like a binary file \(NUL byte at byte 4\), not text$/],
      [file('latin1.txt', Buffer.from('Caf\xe9 2030', 'latin1')), /^cannot read .*latin1\.txt: not valid UTF-8 at byte 3$/],
      [file('utf16.txt', Buffer.from('\ufeffhi', 'utf16le')), /^cannot read .*utf16\.txt: it is UTF-16; save it as UTF-8$/],
      [file('empty.txt', ''), /empty\.txt is empty: there is no text to read$/],
      [file('blank.txt', '\ufeff \r\n\n'), /blank\.txt is empty/],
    ];
    for (const [path, message] of cases) {
      let error: unknown;
      try {
        readTextFile(path);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(UserError);
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message).not.toContain('\n');
    }
  });

  it('reads a 50 MB file with no line breaks, and segments it in linear time', () => {
    const sentence = 'Alibaba said on Jan. 5 that emissions fell 1.5% to 5,111,000 tons — a record for the U.S. unit. ';
    const p = file('big.txt', sentence.repeat(Math.ceil((50 * 1024 * 1024) / sentence.length)));
    const t0 = performance.now();
    const text = readTextFile(p);
    const sentences = segment(text, 'en');
    expect(text.length).toBeGreaterThanOrEqual(50 * 1024 * 1024);
    expect(sentences.length).toBe(Math.ceil((50 * 1024 * 1024) / sentence.length));
    expect(sentences[0]!.text).toBe(sentence.trim());
    expect(performance.now() - t0).toBeLessThan(30_000);
  });
});

describe('firstInvalidUtf8', () => {
  const at = (bytes: number[]) => firstInvalidUtf8(Uint8Array.from(bytes));
  it('finds the first ill-formed sequence', () => {
    expect(at([0x61, 0x62])).toBe(-1);
    expect(at([...Buffer.from('अ', 'utf8'), 0xff])).toBe(3); // a stray byte
    expect(at([0x61, 0xc0, 0x80])).toBe(1); // overlong
    expect(at([0x61, 0xed, 0xa0, 0x80])).toBe(1); // a surrogate
    expect(at([0x61, 0x62, 0xe0, 0xa4])).toBe(2); // truncated at the end
    expect(at([0xf4, 0x90, 0x80, 0x80])).toBe(0); // above U+10FFFF
    expect(at([...Buffer.from('😀', 'utf8')])).toBe(-1);
  });

  it('gives decodeText the same byte offset', () => {
    expect(() => decodeText(Uint8Array.from([...Buffer.from('नमस्ते ', 'utf8'), 0x80]), 'x.txt')).toThrow('cannot read x.txt: not valid UTF-8 at byte 19');
  });
});
