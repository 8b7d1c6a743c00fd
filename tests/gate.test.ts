// The publishing gate through the real CLI: exit codes for each --fail-on level, baselines, the config file and
// the review sidecar's dismissals.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decisionKey } from '../src/tui/sidecar.js';
import { ROOT, runCli } from './helpers.js';

interface JsonFinding {
  rule: string;
  family: string;
  severity: 'error' | 'warning' | 'info';
  src: number[];
  tgt: number[];
  message: string;
  evidence: { side: 'src' | 'tgt'; sentence: number; start: number; end: number; text: string }[];
  fingerprint: string;
}
interface JsonReport {
  findings: JsonFinding[];
  sentences: { src: { text: string }[]; tgt: { text: string }[] };
}

const rank = { info: 0, warning: 1, error: 2 } as const;
let work: string;
let src: string;
let tgt: string;

function check(args: string[], cwd = work) {
  const r = runCli(['check', src, tgt, ...args], { cwd });
  return { ...r, report: r.stdout.startsWith('{') ? (JSON.parse(r.stdout) as JsonReport) : undefined };
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'xalign-gate-'));
  src = join(work, 'spic.en.txt');
  tgt = join(work, 'spic.hi.txt');
  copyFileSync(join(ROOT, 'corpus/spic-alibaba.en.txt'), src);
  copyFileSync(join(ROOT, 'corpus/spic-alibaba.hi.txt'), tgt);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('--fail-on', () => {
  it('exits 1 exactly when a finding at or above the level remains', () => {
    const all = check(['--format', 'json', '--fail-on', 'none']);
    expect(all.status).toBe(0);
    const findings = all.report!.findings;
    // The SPIC pair has at least the 2023 deadline and "peak" findings (seeds README).
    expect(findings.some((f) => f.family === 'temporal' && f.message.includes('2023'))).toBe(true);
    for (const level of ['info', 'warning', 'error'] as const) {
      const expected = findings.some((f) => rank[f.severity] >= rank[level]) ? 1 : 0;
      const run = check(['--format', 'json', '--fail-on', level]);
      expect({ level, status: run.status }).toEqual({ level, status: expected });
    }
    expect(check(['--fail-on', 'info']).status).toBe(1);
  });

  it('exits 2 with one line for a usage or input error, whatever --fail-on says', () => {
    const missing = runCli(['check', src, join(work, 'nope.hi.txt'), '--fail-on', 'none']);
    expect(missing.status).toBe(2);
    const bad = check(['--fail-on', 'sometimes']);
    expect(bad.status).toBe(2);
    const noBaseline = check(['--baseline', join(work, 'missing-baseline.json')]);
    expect(noBaseline.status).toBe(2);
    expect(noBaseline.stderr.trim().split('\n')).toHaveLength(1);
    expect(noBaseline.stderr).toMatch(/^xalign: cannot read baseline .*missing-baseline\.json: no such file/);
  });
});

describe('baselines', () => {
  it('accepts the recorded findings, so that only new ones fail', () => {
    const baseline = join(work, 'baseline.json');
    const first = check(['--format', 'json', '--fail-on', 'info', '--write-baseline', baseline]);
    expect(first.status).toBe(1);
    const recorded = JSON.parse(readFileSync(baseline, 'utf8')) as { xalignBaseline: number; findings: { fingerprint: string }[] };
    expect(recorded.xalignBaseline).toBe(1);
    expect(new Set(recorded.findings.map((f) => f.fingerprint))).toEqual(new Set(first.report!.findings.map((f) => f.fingerprint)));

    const accepted = check(['--format', 'json', '--fail-on', 'info', '--baseline', baseline]);
    expect(accepted.status).toBe(0);
    expect(accepted.report!.findings).toEqual([]);

    // A new error in another sentence: only it is reported, and it fails the gate.
    const changed = join(work, 'spic-changed.hi.txt');
    writeFileSync(changed, readFileSync(tgt, 'utf8').replace('1.5 बिलियन टन', '2.5 बिलियन टन'));
    const run = runCli(['check', src, changed, '--format', 'json', '--fail-on', 'warning', '--baseline', baseline], { cwd: work });
    expect(run.status).toBe(1);
    const left = (JSON.parse(run.stdout) as JsonReport).findings;
    expect(left.length).toBeGreaterThan(0);
    expect(left.every((f) => f.family === 'number')).toBe(true);
    expect(left.some((f) => /2\.5|2,500,000,000/.test(f.message))).toBe(true);
  });

  it('refuses a file that is not a baseline', () => {
    const bogus = join(work, 'bogus.json');
    writeFileSync(bogus, '{"hello": 1}');
    const run = check(['--baseline', bogus]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/not an xalign baseline/);
  });
});

describe('xalign.config.json', () => {
  it('sets the gate and switches rules off or re-grades them; the command line wins', () => {
    const dir = mkdtempSync(join(work, 'cfg-'));
    writeFileSync(join(dir, 'xalign.config.json'), JSON.stringify({ failOn: 'info', rules: { temporal: 'off', term: 'error' } }));
    const run = check(['--format', 'json'], dir);
    expect(run.status).toBe(1);
    const findings = run.report!.findings;
    expect(findings.some((f) => f.family === 'temporal')).toBe(false);
    const terms = findings.filter((f) => f.family === 'term');
    expect(terms.length).toBeGreaterThan(0);
    expect(terms.every((f) => f.severity === 'error')).toBe(true);
    expect(check(['--format', 'json', '--fail-on', 'none'], dir).status).toBe(0);
  });

  it('is given with --config, and a bad one is one line naming the key', () => {
    const file = join(work, 'strict.json');
    writeFileSync(file, JSON.stringify({ failon: 'info' }));
    const run = check(['--config', file]);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('unknown key "failon" (did you mean "failOn"?)');
    writeFileSync(file, '{ "failOn": ');
    expect(check(['--config', file]).stderr).toMatch(/^xalign: strict\.json: not valid JSON|^xalign: .*strict\.json: not valid JSON/);
    writeFileSync(file, JSON.stringify({ rules: { number: 'loud' } }));
    expect(check(['--config', file]).stderr).toMatch(/rule "number" must be true, false, "off", "error", "warning" or "info"/);
  });
});

describe('review decisions', () => {
  it('dismissed findings do not fail the gate; accepted ones still do', () => {
    const all = check(['--format', 'json', '--fail-on', 'info']).report!;
    const source = all.sentences.src.map((s) => s.text);
    const target = all.sentences.tgt.map((s) => s.text);
    const temporal = all.findings.find((f) => f.family === 'temporal')!;
    const decision = (f: JsonFinding, status: string) => ({
      key: decisionKey(f as never, source, target),
      status,
      rule: f.rule,
      family: f.family,
      severity: f.severity,
      message: f.message,
      src: f.src,
      tgt: f.tgt,
      srcText: f.src.map((i) => source[i]),
      tgtText: f.tgt.map((j) => target[j]),
      at: '2025-01-01T00:00:00.000Z',
    });
    const others = all.findings.filter((f) => f !== temporal);
    const sidecar = { xalignReview: 1, decisions: [decision(temporal, 'accepted'), ...others.map((f) => decision(f, 'dismissed'))], pairNotes: [], alignment: { pinned: [] } };
    writeFileSync(`${tgt}.xalign-review.json`, JSON.stringify(sidecar));
    try {
      const run = check(['--format', 'json', '--fail-on', 'info']);
      expect(run.report!.findings.map((f) => f.fingerprint)).toEqual([temporal.fingerprint]);
      expect(run.status).toBe(1);
      sidecar.decisions[0]!.status = 'dismissed';
      writeFileSync(`${tgt}.xalign-review.json`, JSON.stringify(sidecar));
      expect(check(['--fail-on', 'info']).status).toBe(0);
      // A corrupt sidecar is reported and ignored, never fatal.
      writeFileSync(`${tgt}.xalign-review.json`, '{not json');
      const corrupt = check(['--fail-on', 'info']);
      expect(corrupt.status).toBe(1);
      expect(corrupt.stderr).toMatch(/ignoring review file .*xalign-review\.json: not valid JSON/);
    } finally {
      rmSync(`${tgt}.xalign-review.json`, { force: true });
    }
  });
});
