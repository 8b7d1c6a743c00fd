// The name-dense case set (tests/fixtures/names-cases.tsv: people, companies, places and organisations written in
// Han, Thai, Devanagari and Vietnamese, with one swapped or dropped name in each planted pair) through the real
// CLI, scored the way the project is judged: a planted error is caught by an entity warning or error naming its
// row; a faithful pair is a false alarm when any warning or error names it.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers.js';

interface Case {
  id: string;
  src_lang: string;
  tgt_lang: string;
  expect: string;
  source: string;
  target: string;
}

interface Finding {
  family: string;
  severity: string;
  src: number[];
  tgt: number[];
  message: string;
}

const [header, ...lines] = readFileSync(join(ROOT, 'tests/fixtures/names-cases.tsv'), 'utf8').split('\n').filter((l) => l.trim());
const cols = header!.split('\t');
const cases: Case[] = lines.map((l) => Object.fromEntries(l.split('\t').map((v, i) => [cols[i], v])) as unknown as Case);

function score() {
  const dir = mkdtempSync(join(tmpdir(), 'xalign-names-'));
  const groups = new Map<string, Case[]>();
  for (const c of cases) groups.set(`${c.src_lang}-${c.tgt_lang}`, [...(groups.get(`${c.src_lang}-${c.tgt_lang}`) ?? []), c]);
  const missed: string[] = [], alarms: string[] = [];
  let planted = 0, clean = 0;
  for (const [key, rows] of groups) {
    const file = join(dir, `${key}.tsv`);
    writeFileSync(file, rows.map((r) => `${r.source}\t${r.target}`).join('\n') + '\n');
    const [s, t] = key.split('-') as [string, string];
    const r = runCli(['check', '--pairs', file, '--src-lang', s, '--tgt-lang', t, '--format', 'json', '--fail-on', 'none']);
    expect(r.status, r.stderr).toBe(0);
    const findings = (JSON.parse(r.stdout) as { findings: Finding[] }).findings.filter((f) => f.severity !== 'info');
    rows.forEach((c, i) => {
      const mine = findings.filter((f) => f.src.includes(i) || f.tgt.includes(i));
      if (c.expect === 'clean') {
        clean++;
        if (mine.length) alarms.push(`${c.id}: ${mine.map((f) => f.message).join(' | ')}`);
      } else {
        planted++;
        if (!mine.some((f) => f.family === c.expect || (c.expect === 'omission' && f.family === 'number'))) missed.push(`${c.id} (${c.expect})`);
      }
    });
  }
  return { planted, clean, missed, alarms };
}

describe('name-dense case set (hi, vi, th, zh ↔ en)', () => {
  const result = score();

  it('has at least 100 faithful pairs and 40 planted entity errors, in every language', () => {
    expect(result.clean).toBeGreaterThanOrEqual(100);
    expect(result.planted).toBeGreaterThanOrEqual(40);
    for (const lang of ['hi', 'vi', 'th', 'zh']) {
      expect(cases.some((c) => c.expect === 'clean' && (c.src_lang === lang || c.tgt_lang === lang)), `${lang} clean`).toBe(true);
      expect(cases.some((c) => c.expect === 'entity' && (c.src_lang === lang || c.tgt_lang === lang)), `${lang} entity`).toBe(true);
    }
  });

  it('catches at least 90% of the swapped or dropped names', () => {
    expect(1 - result.missed.length / result.planted, result.missed.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('raises a warning or error on at most 5% of the faithful pairs', () => {
    expect(result.alarms.length / result.clean, result.alarms.join('\n')).toBeLessThanOrEqual(0.05);
  });
});
