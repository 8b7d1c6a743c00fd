// Each bad input, tried as a new user would through the real CLI: exit 2, one line `xalign: …`, no stack.
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, corpusText } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'xalign-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, data: string | Uint8Array) => {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
};

function expectUserError(args: string[], message: RegExp, input?: string): void {
  const r = runCli(args, { input });
  expect(r.status).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^xalign: /);
  expect(lines[0]).toMatch(message);
  expect(r.stderr).not.toMatch(/\n\s+at |Error:/);
}

describe('xalign segment: bad input', () => {
  mkdirSync(join(dir, 'folder'));
  it('a missing file', () => expectUserError(['segment', join(dir, 'nope.txt')], /cannot read .*nope\.txt: no such file$/));
  it('a directory', () => expectUserError(['segment', join(dir, 'folder')], /it is a directory/));
  it('a binary file', () => expectUserError(['segment', file('img.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))], /binary file \(NUL byte at byte 8\)/));
  it('invalid UTF-8, with the byte', () => expectUserError(['segment', file('cp1252.txt', Buffer.from('Tencent \x93Net Zero\x94', 'latin1'))], /not valid UTF-8 at byte 8$/));
  it('an empty file', () => expectUserError(['segment', file('empty.txt', '')], /empty\.txt is empty/));
  it('empty stdin', () => expectUserError(['segment', '-'], /stdin is empty/, ''));
  it('an unknown language code', () => expectUserError(['segment', file('ok.txt', 'Hello.'), '--lang', 'klingon'], /unknown language code 'klingon' for --lang \(supported: en, hi, vi, th, zh\)/));
  it('text whose language cannot be told', () => expectUserError(['segment', file('digits.txt', '2030 2035 1.5')], /cannot tell the language of .*digits\.txt; give it with --lang/));
  it('a missing file argument', () => expectUserError(['segment'], /see xalign --help/));
});

describe('xalign segment: good input', () => {
  it('prints one sentence per line, 14 for each side of SPIC–Alibaba, detecting the language', () => {
    for (const name of ['spic-alibaba.en.txt', 'spic-alibaba.hi.txt']) {
      const r = runCli(['segment', `corpus/${name}`]);
      expect(r.status).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout.trimEnd().split('\n')).toHaveLength(14);
    }
  });

  it('prints JSON with the language and offsets; reads stdin with -', () => {
    const text = corpusText('spic-alibaba.hi.txt');
    const r = runCli(['segment', '-', '--format', 'json'], { input: text });
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { lang: string; sentences: Array<{ text: string; start: number; end: number }> };
    expect(out.lang).toBe('hi');
    expect(out.sentences).toHaveLength(14);
    for (const s of out.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('honours --lang over detection', () => {
    const r = runCli(['segment', 'corpus/tencent-net-zero.th.txt', '--lang', 'th', '-f', 'json']);
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { lang: string }).lang).toBe('th');
  });

  it('reads a CRLF file with a BOM', () => {
    const r = runCli(['segment', file('crlf.txt', '\ufeffFirst line. Second one.\r\nThird\r\n')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('First line.\nSecond one.\nThird\n');
  });

  it('does not hang or crash on a 50 MB file with no line breaks', () => {
    const p = file('huge.txt', 'x'.repeat(25 * 1024 * 1024) + ' Tencent plans 1.5 GW. '.repeat(1_200_000));
    const t0 = Date.now();
    const r = runCli(['segment', p, '--lang', 'en']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n').length).toBeGreaterThan(1_000_000);
    expect(Date.now() - t0).toBeLessThan(60_000);
  });
});
