import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'xalign-check-'));

describe('xalign check', () => {
  it('checks --pairs rows and prints the JSON contract, exit 1 on an error', () => {
    const file = join(dir, 'rows.tsv');
    writeFileSync(file, '"Quoted" सात देशों ने हस्ताक्षर किए।\t"Quoted" Seven countries signed.\nसमझौते पर सात देशों ने हस्ताक्षर किए।\tNine countries signed the agreement.\n');
    const r = runCli(['check', '--pairs', file, '--src-lang', 'hi', '--tgt-lang', 'en', '--format', 'json']);
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout) as { pairs: unknown[]; findings: { rule: string; family: string; severity: string; src: number[]; tgt: number[]; message: string }[] };
    expect(out.pairs).toHaveLength(2);
    const errors = out.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.family, f.src, f.tgt])).toEqual([['number', [1], [1]]]);
  });

  it('reports the SPIC–Alibaba pair as text with a summary line', () => {
    const r = runCli(['check', 'corpus/spic-alibaba.en.txt', 'corpus/spic-alibaba.hi.txt', '--fail-on', 'warning']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('SPIC');
    expect(r.stdout).toMatch(/14 pairs checked .* 0 errors, \d+ warnings/);
  });

  it('exits 2 with one line for a missing file', () => {
    const r = runCli(['check', 'nope.en.txt', 'corpus/spic-alibaba.hi.txt']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
