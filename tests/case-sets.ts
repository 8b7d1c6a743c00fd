// Hand-made case sets (tests/fixtures/*-cases.tsv) through the real CLI, scored the way the project is judged:
// a planted error is caught by a warning or error of its family naming its row; a faithful pair is a false
// alarm when any warning or error names it.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { ROOT, runCli } from './helpers.js';

export interface Case {
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

export function readCases(fixture: string): Case[] {
  const [header, ...lines] = readFileSync(join(ROOT, 'tests/fixtures', fixture), 'utf8').split('\n').filter((l) => l.trim());
  const cols = header!.split('\t');
  return lines.map((l) => Object.fromEntries(l.split('\t').map((v, i) => [cols[i], v])) as unknown as Case);
}

export const inLanguage = (c: Case, lang: string) => c.src_lang === lang || c.tgt_lang === lang;

/** Checks every language pair's rows as one --pairs file; returns the planted/clean counts and what went wrong. */
export function scoreCases(cases: Case[]) {
  const dir = mkdtempSync(join(tmpdir(), 'xalign-cases-'));
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
