// Regressions found by trying the CLI as a new user: outputs never replace the user's files, a corpus run with a
// missing file writes nothing, errors are one readable line, the text report follows the terminal width.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { refuseInputAsOutput, writeOutputFile } from '../src/io/output.js';
import { displayWidth } from '../src/tui/lines.js';
import { ROOT, runCli } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'xalign-qa-'));
const EN = join(ROOT, 'corpus/spic-alibaba.en.txt');
const HI = join(ROOT, 'corpus/spic-alibaba.hi.txt');

const oneLine = (stderr: string) => {
  expect(stderr.trim().split('\n')).toHaveLength(1);
  expect(stderr).toMatch(/^xalign: /);
  expect(stderr).not.toMatch(/\n\s+at /);
};

describe('--write-baseline never replaces a file that is not a baseline', () => {
  it('refuses an article (or manifest) given by mistake, and leaves it byte for byte', () => {
    const target = join(dir, 'article.hi.txt');
    copyFileSync(HI, target);
    const r = runCli(['check', EN, target, '--write-baseline', target]);
    expect(r.status).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toContain('not an xalign baseline');
    expect(readFileSync(target)).toEqual(readFileSync(HI));
  });

  it('replaces an earlier baseline, and says so in words when the path is a folder', () => {
    const known = join(dir, 'known.json');
    expect(runCli(['check', EN, HI, '--write-baseline', known, '--fail-on', 'none']).status).toBe(0);
    const first = readFileSync(known, 'utf8');
    expect(runCli(['check', EN, HI, '--baseline', known, '--write-baseline', known, '--fail-on', 'none']).status).toBe(0);
    expect(JSON.parse(readFileSync(known, 'utf8')).findings).toEqual(JSON.parse(first).findings);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const r = runCli(['check', EN, HI, '--baseline', dir]);
    expect(r.status).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toContain('it is a directory');
    expect(r.stderr).not.toContain('EISDIR');
  });
});

describe('xalign report', () => {
  it('stops before writing anything when a manifest names a missing file', () => {
    const manifest = join(dir, 'pairs.json');
    writeFileSync(
      manifest,
      JSON.stringify([
        { id: 'ok', kind: 'translation', source: { path: EN, lang: 'en' }, target: { path: HI, lang: 'hi' } },
        { id: 'typo', kind: 'translation', source: { path: EN, lang: 'en' }, target: { path: join(dir, 'nope.hi.txt'), lang: 'hi' } },
      ]),
    );
    const out = join(dir, 'report-missing');
    const r = runCli(['report', manifest, '--out', out, '--jobs', '1']);
    expect(r.status).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toContain('typo: cannot read');
    expect(r.stdout).toBe('');
    expect(existsSync(out)).toBe(false);
  });

  it('does not write into a folder of the user\'s own files, but reuses an earlier report folder', () => {
    const own = join(dir, 'my-folder');
    mkdirSync(own);
    writeFileSync(join(own, 'index.html'), '<p>my page</p>');
    const manifest = join(dir, 'one.json');
    writeFileSync(manifest, JSON.stringify([{ id: 'spic', kind: 'translation', source: { path: EN, lang: 'en' }, target: { path: HI, lang: 'hi' }, note: 'Known: <b>peak</b> dropped' }]));
    const r = runCli(['report', manifest, '--out', own, '--jobs', '1']);
    expect(r.status).toBe(2);
    oneLine(r.stderr);
    expect(readFileSync(join(own, 'index.html'), 'utf8')).toBe('<p>my page</p>');
    const out = join(dir, 'report-again');
    expect(runCli(['report', manifest, '--out', out, '--jobs', '1']).status).toBe(0);
    expect(runCli(['report', manifest, '--out', out, '--jobs', '1']).status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['index.html', 'pairs', 'summary.json', 'summary.txt']);
    // the index tells an editor what each pair is and whether it passes, before any click
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    expect(index).toContain('<p class="meta">Known: &lt;b&gt;peak&lt;/b&gt; dropped</p>');
    expect(index).toMatch(/<td><span class="gate pass">pass<\/span><\/td><td>en → hi<\/td>/);
    const failing = runCli(['report', manifest, '--out', out, '--jobs', '1', '--fail-on', 'warning']);
    expect(failing.status).toBe(1);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toMatch(/<span class="gate fail">FAIL: \d+<\/span>/);
  });

  it('names the problem in words for a word given to --jobs and for a binary manifest', () => {
    const jobs = runCli(['report', join(ROOT, 'corpus/pairs.json'), '--jobs', 'two', '--out', join(dir, 'never')]);
    expect(jobs.status).toBe(2);
    oneLine(jobs.stderr);
    expect(jobs.stderr).not.toContain('NaN');
    const binary = join(dir, 'manifest.bin');
    writeFileSync(binary, Buffer.from([0x5b, 0x00, 0x5d]));
    const r = runCli(['report', binary, '--out', join(dir, 'never')]);
    expect(r.status).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toContain('binary');
    expect(existsSync(join(dir, 'never'))).toBe(false);
  });
});

describe('text report width', () => {
  it('wraps to $COLUMNS with a hanging indent when piped, and keeps one line per item without it', () => {
    const narrow = runCli(['check', EN, HI], { env: { COLUMNS: '60' } });
    const lines = narrow.stdout.split('\n');
    // measured as a terminal does (spacing matras one column, viramas none): every line fits 60 columns
    expect(Math.max(...lines.map((l) => displayWidth(l)))).toBeLessThanOrEqual(60);
    expect(lines.some((l) => displayWidth(l) > 50)).toBe(true);
    const at = lines.findIndex((l) => l.includes('[temporal] The time relation of 2023'));
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toMatch(/^ {21}\S/); // continuation under the message, not at column 0
    const wide = runCli(['check', EN, HI], { env: { COLUMNS: '' } });
    expect(wide.stdout).toMatch(/\[temporal\] The time relation of 2023 changed: .* \(a deadline: no later than\)\.\n/);
  });
});

describe('xalign align --glossary', () => {
  it('reads a user glossary (it used to answer "not supported by this build yet"), and a missing one is one line', () => {
    const glossary = join(dir, 'terms.csv');
    writeFileSync(glossary, 'en,hi\npeak,शिखर\n');
    const r = runCli(['align', EN, HI, '--glossary', glossary, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const beads = (JSON.parse(r.stdout) as { beads: { src: number[]; tgt: number[] }[] }).beads;
    expect(beads.flatMap((b) => b.src)).toEqual([...Array(14).keys()]);
    const missing = runCli(['align', EN, HI, '--glossary', join(dir, 'no-terms.csv')]);
    expect(missing.status).toBe(2);
    oneLine(missing.stderr);
    expect(missing.stderr).toContain('no such file');
  });
});

describe('README', () => {
  it('has a configuration example that xalign accepts as written', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const example = /## Configuration[\s\S]*?```json\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toBeDefined();
    const folder = mkdtempSync(join(tmpdir(), 'xalign-readme-'));
    writeFileSync(join(folder, 'xalign.config.json'), example!);
    for (const glossary of JSON.parse(example!).glossary ?? []) writeFileSync(join(folder, glossary), 'en\thi\npeak\tशिखर\n');
    const r = runCli(['check', EN, HI], { cwd: folder });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1); // the example's failOn is "warning" and the SPIC pair has warnings
  });
});

describe('output files', () => {
  it('refuses to write over an input, however the path is spelled, and leaves no temp file', () => {
    const input = join(dir, 'input.txt');
    writeFileSync(input, 'my text');
    expect(() => refuseInputAsOutput(join(dir, '.', 'input.txt'), [input])).toThrow(/one of the input files/);
    expect(() => writeOutputFile(input, 'report', { inputs: [input] })).toThrow(/one of the input files/);
    expect(readFileSync(input, 'utf8')).toBe('my text');
    const out = join(dir, 'out.txt');
    writeOutputFile(out, 'report', { inputs: [input] });
    expect(readFileSync(out, 'utf8')).toBe('report');
    expect(() => writeOutputFile(join(dir, 'no-such-folder', 'x.txt'), 'report')).toThrow(/the folder does not exist/);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
