// `xalign report` over the bundled corpus and a folder, sharding, and `check --stdin-jsonl`, through the real CLI.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseShard, shardJobs } from '../src/batch/jobs.js';
import { ROOT, runCli } from './helpers.js';

interface Summary {
  totals: { pairs: number; checked: number; failed: number; error: number; warning: number; info: number; failing: number };
  exitCode: number;
  pairs: { id: string; srcLang: string; tgtLang: string; mode: string; pairs: number; counts: Record<string, number>; failing: number; html: string; json: string }[];
}

const manifest = JSON.parse(readFileSync(join(ROOT, 'corpus/pairs.json'), 'utf8')) as { id: string; kind: string }[];
let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'xalign-report-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('xalign report corpus/pairs.json', () => {
  let out: string;
  let run: ReturnType<typeof runCli>;
  let summary: Summary;
  beforeAll(() => {
    out = join(work, 'all');
    run = runCli(['report', 'corpus/pairs.json', '--out', out, '--jobs', '2', '--fail-on', 'warning']);
    summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as Summary;
  });

  it('checks every pair and writes the summary in text, JSON and an HTML index', () => {
    expect(run.stderr).not.toMatch(/internal error/);
    expect(summary.pairs.map((p) => p.id)).toEqual(manifest.map((m) => m.id));
    expect(summary.totals).toMatchObject({ pairs: manifest.length, checked: manifest.length, failed: 0 });
    expect(summary.pairs.find((p) => p.id === 'spic-alibaba')).toMatchObject({ srcLang: 'en', tgtLang: 'hi', mode: 'translation' });
    expect(summary.pairs.find((p) => p.id === 'alibaba-report')!.mode).toBe('comparable');
    expect(readFileSync(join(out, 'summary.txt'), 'utf8')).toBe(run.stdout);
    for (const m of manifest) expect(run.stdout).toContain(m.id);
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    for (const p of summary.pairs) expect(index).toContain(`href="${p.html}"`);
  });

  it('writes one HTML and one JSON report per pair, consistent with the summary', () => {
    for (const p of summary.pairs) {
      expect(existsSync(join(out, p.html))).toBe(true);
      const report = JSON.parse(readFileSync(join(out, p.json), 'utf8')) as { id: string; pairs: unknown[]; findings: { severity: string }[] };
      expect(report.id).toBe(p.id);
      expect(report.pairs).toHaveLength(p.pairs);
      for (const s of ['error', 'warning', 'info']) expect(report.findings.filter((f) => f.severity === s)).toHaveLength(p.counts[s]!);
    }
    const spic = readFileSync(join(out, 'pairs/spic-alibaba.html'), 'utf8');
    expect(spic).toContain('2023 तक');
    expect(spic).toMatch(/<mark class="ev (warning|error)"[^>]*>(<span class="fact"[^>]*>)?2023/);
  });

  it('exits by the gate over all pairs', () => {
    const failing = summary.pairs.reduce((n, p) => n + p.failing, 0);
    expect(failing).toBeGreaterThan(0); // the SPIC pair has warning-level findings at least
    expect(run.status).toBe(1);
    expect(summary.exitCode).toBe(1);
    const none = runCli(['report', 'corpus/pairs.json', '--out', join(work, 'none'), '--jobs', '1', '--fail-on', 'none']);
    expect(none.status).toBe(0);
  });
});

describe('--shard', () => {
  it('splits the corpus into disjoint slices that cover it', () => {
    const ids = manifest.map((m) => m.id);
    const slices = [1, 2, 3].map((i) => {
      const out = join(work, `shard-${i}`);
      const r = runCli(['report', 'corpus/pairs.json', '--out', out, '--jobs', '1', '--shard', `${i}/3`, '--fail-on', 'none']);
      expect(r.status).toBe(0);
      return (JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as Summary).pairs.map((p) => p.id);
    });
    expect(slices.flat().sort()).toEqual([...ids].sort());
    expect(new Set(slices.flat()).size).toBe(ids.length);
    // Deterministic: the slice does not depend on the manifest's order.
    const jobs = ids.map((id) => ({ id }));
    expect(shardJobs([...jobs].reverse(), parseShard('2/3'))).toEqual(shardJobs(jobs, parseShard('2/3')));
  });

  it('refuses a bad shard with one line', () => {
    const r = runCli(['report', 'corpus/pairs.json', '--out', join(work, 'bad'), '--shard', '4/3']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('xalign: --shard must be i/n with 1 ≤ i ≤ n (e.g. 2/4), not "4/3"\n');
  });

  it('refuses two ids that would write the same report file, before writing anything', () => {
    const clash = join(work, 'clash.json');
    const pair = (id: string) => ({ id, kind: 'translation', source: { path: join(ROOT, 'corpus/spic-alibaba.en.txt'), lang: 'en' }, target: { path: join(ROOT, 'corpus/spic-alibaba.hi.txt'), lang: 'hi' } });
    writeFileSync(clash, JSON.stringify([pair('news/spic'), pair('other'), pair('News_spic')]));
    const out = join(work, 'clash-out');
    const r = runCli(['report', clash, '--out', out, '--shard', '2/2']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('xalign: the ids "news/spic" and "News_spic" would both be reported as pairs/News_spic.html; rename one of them\n');
    expect(existsSync(out)).toBe(false);
  });
});

describe('a folder of <name>.<lang>.txt pairs', () => {
  it('pairs files by name, English as the source', () => {
    const dir = join(work, 'folder');
    mkdirSync(dir);
    copyFileSync(join(ROOT, 'corpus/spic-alibaba.en.txt'), join(dir, 'spic.en.txt'));
    copyFileSync(join(ROOT, 'corpus/spic-alibaba.hi.txt'), join(dir, 'spic.hi.txt'));
    copyFileSync(join(ROOT, 'corpus/tencent-net-zero.th.txt'), join(dir, 'tencent.th.txt'));
    copyFileSync(join(ROOT, 'corpus/tencent-net-zero.en.txt'), join(dir, 'tencent.en.txt'));
    copyFileSync(join(ROOT, 'corpus/alibaba-goals-vna.vi.txt'), join(dir, 'lonely.vi.txt'));
    const out = join(work, 'folder-out');
    const r = runCli(['report', dir, '--out', out, '--fail-on', 'none']);
    expect(r.status).toBe(0);
    const s = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as Summary;
    expect(s.pairs.map((p) => [p.id, p.srcLang, p.tgtLang])).toEqual([
      ['spic', 'en', 'hi'],
      ['tencent', 'en', 'th'],
    ]);
  });

  it('a missing corpus or an empty folder is a one-line error', () => {
    expect(runCli(['report', join(work, 'nowhere.json')]).stderr).toMatch(/^xalign: cannot read .*nowhere\.json: no such file or folder\n$/);
    const empty = join(work, 'empty');
    mkdirSync(empty);
    const r = runCli(['report', empty, '--out', join(work, 'empty-out')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no <name>\.<lang>\.txt pairs found/);
  });
});

describe('xalign check --stdin-jsonl', () => {
  it('answers each input line with one line of findings, in order; a bad line gets an error line and exit 2', () => {
    const lines = [
      { id: 'a', source: 'The company will reach its peak emissions in 2023.', target: 'कंपनी 2023 तक अपने उत्सर्जन लक्ष्य को प्राप्त करेगी।', srcLang: 'en', tgtLang: 'hi' },
      { id: 'b', source: 'Alibaba will cut 1.5 billion tons of emissions by 2035.', target: 'अलीबाबा 2035 तक 1.5 बिलियन टन उत्सर्जन कम करेगा।', srcLang: 'en', tgtLang: 'hi' },
      { id: 'c', source: 'Sales rose 5% in 2021.', target: 'Doanh số tăng 50% vào năm 2021.', srcLang: 'en', tgtLang: 'vi' },
    ];
    const input = `${lines.map((l) => JSON.stringify(l)).join('\n')}\n{oops\n${JSON.stringify({ id: 'd', source: 'x', target: 'y', srcLang: 'xx' })}\n`;
    const r = runCli(['check', '--stdin-jsonl', '--fail-on', 'error'], { input });
    const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { id: unknown; findings?: { family: string; severity: string }[]; error?: string; line?: number });
    expect(out.map((o) => o.id)).toEqual(['a', 'b', 'c', 4, 'd']);
    expect(out[0]!.findings!.some((f) => f.family === 'temporal')).toBe(true);
    expect(out[1]!.findings!.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(out[2]!.findings!.some((f) => f.family === 'number')).toBe(true);
    expect(out[3]).toEqual({ id: 4, line: 4, error: 'not a JSON object' });
    expect(out[4]!.error).toMatch(/srcLang "xx" is not one of/);
    expect(r.status).toBe(2);
    const clean = runCli(['check', '--stdin-jsonl', '--fail-on', 'none'], { input: `${JSON.stringify(lines[1])}\n` });
    expect(clean.status).toBe(0);
  });
});

describe('check --format junit / md / xliff on the SPIC pair', () => {
  it('writes valid JUnit XML and XLIFF through --output', () => {
    const junit = join(work, 'spic.junit.xml');
    const r = runCli(['check', 'corpus/spic-alibaba.en.txt', 'corpus/spic-alibaba.hi.txt', '--format', 'junit', '--fail-on', 'warning', '--output', junit]);
    expect(r.stdout).toBe('');
    expect(r.status).toBe(1);
    const xml = readFileSync(junit, 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(Number(/<testsuites [^>]*failures="(\d+)"/.exec(xml)![1])).toBeGreaterThan(0);
    const xliff = runCli(['check', 'corpus/spic-alibaba.en.txt', 'corpus/spic-alibaba.hi.txt', '--format', 'xliff', '--fail-on', 'none']);
    expect(XMLValidator.validate(xliff.stdout)).toBe(true);
    expect(xliff.stdout).toMatch(/<note category="xalign:temporal"[^>]*>[^<]*2023/);
  });
});
