import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers.js';

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

const EN = join(ROOT, 'corpus/spic-alibaba.en.txt');
const HI = join(ROOT, 'corpus/spic-alibaba.hi.txt');
const oneLine = (stderr: string) => expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(/^xalign: /)]);

describe('xalign check --output', () => {
  it('never replaces an input file, however it is spelled', () => {
    const target = join(dir, 'article.hi.txt');
    copyFileSync(HI, target);
    for (const output of [target, join(dir, '.', 'article.hi.txt')]) {
      const r = runCli(['check', EN, target, '--output', output]);
      expect(r.status).toBe(2);
      oneLine(r.stderr);
      expect(r.stderr).toContain('it is one of the input files');
    }
    expect(readFileSync(target)).toEqual(readFileSync(HI));
    const glossary = join(dir, 'terms.tsv');
    writeFileSync(glossary, 'en\thi\nsolar\tसौर\n');
    expect(runCli(['check', EN, HI, '--glossary', glossary, '--output', glossary]).status).toBe(2);
    expect(readFileSync(glossary, 'utf8')).toBe('en\thi\nsolar\tसौर\n');
  });

  it('writes the text report unwrapped, whatever the terminal width', () => {
    const file = join(dir, 'report.txt');
    expect(runCli(['check', EN, HI, '--output', file], { env: { COLUMNS: '60' } }).status).toBe(0);
    const piped = runCli(['check', EN, HI], { env: { COLUMNS: '60' } }).stdout;
    const written = readFileSync(file, 'utf8');
    // the same findings, one line each in the file (the piped report with $COLUMNS wraps them)
    expect(written.split('\n').length).toBeLessThan(piped.split('\n').length);
    expect(written).toMatch(/^ {2}warning \[temporal\] The time relation of 2023 changed: .*“2023 तक” \(a deadline: no later than\)\.$/m);
  });
});

describe('xalign check: numbering of pairs', () => {
  it('text says "pair N" from 1; JSON, JSON Lines and TSV count from 0', () => {
    const json = JSON.parse(runCli(['check', EN, HI, '--format', 'json']).stdout) as { findings: { pair: number; rule: string; src: number[] }[] };
    const jsonl = runCli(['check', EN, HI, '--format', 'jsonl']).stdout.trim().split('\n').map((l) => JSON.parse(l) as { pair: number });
    const tsv = runCli(['check', EN, HI, '--format', 'tsv']).stdout.trim().split('\n');
    const column = tsv[0]!.split('\t').indexOf('pair');
    const text = runCli(['check', EN, HI]).stdout;
    const temporal = json.findings.find((f) => f.rule === 'temporal')!;
    expect(temporal.pair).toBe(temporal.src[0]); // SPIC–Alibaba aligns one to one
    expect(jsonl.map((f) => f.pair)).toEqual(json.findings.map((f) => f.pair));
    expect(tsv.slice(1).map((row) => Number(row.split('\t')[column]))).toEqual(json.findings.map((f) => f.pair));
    expect(text).toContain(`pair ${temporal.pair + 1}  (en ${temporal.src[0]! + 1} ↔ hi ${temporal.src[0]! + 1},`);
  });
});

describe('xalign check: configuration and languages', () => {
  it('refuses an unknown rule name in the config with one line and a "did you mean"', () => {
    const config = join(dir, 'xalign.config.json');
    writeFileSync(config, '{"rules": {"entitty": "off"}}');
    let r = runCli(['check', EN, HI, '--config', config]);
    expect(r.status).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toContain('unknown rule "entitty"; did you mean "entity"?');
    writeFileSync(config, '{"rules": {"nosuch": "off"}}');
    r = runCli(['check', EN, HI, '--config', config]);
    expect(r.status).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toMatch(/unknown rule "nosuch"; did you mean one of number, entity, term, temporal, omission, addition, untranslated, other\?/);
  });

  it('does not blame detection when both languages were given', () => {
    const r = runCli(['check', EN, HI, '--src-lang', 'hi', '--tgt-lang', 'hi']);
    expect(r.status).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toContain('both set to Hindi (hi)');
    expect(r.stderr).not.toContain('detection');
  });
});

describe('xalign check --mode comparable', () => {
  it('reports only the conflict between the two articles, worded as such', () => {
    const r = runCli(['check', 'corpus/alibaba-goals-vna.vi.txt', 'corpus/alibaba-report-techweb.en.txt', '--mode', 'comparable', '--format', 'json']);
    const out = JSON.parse(r.stdout) as { findings: { rule: string; message: string }[] };
    expect(out.findings.map((f) => f.rule)).toEqual(['temporal']);
    expect(out.findings[0]!.message).toMatch(/^The two articles differ: /);
    const goals = runCli(['check', 'corpus/spic-alibaba.en.txt', 'corpus/alibaba-goals-vna.vi.txt', '--mode', 'comparable', '--format', 'json', '--fail-on', 'info']);
    expect(goals.status).toBe(0);
    expect(JSON.parse(goals.stdout).findings).toEqual([]);
  });
});
