// A huge sentence (a file with no line breaks and no sentence punctuation) must go through the whole
// pipeline in linear time: a quadratic step turns this into minutes, which the suite's timeout catches.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'xalign-large-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a 3-million-character line without sentence punctuation', () => {
  const clause = 'अलीबाबा समूह ने कार्बन तटस्थता का लक्ष्य रखा है ';
  const file = join(dir, 'one-line.hi.txt');
  writeFileSync(file, clause.repeat(Math.ceil(3_000_000 / clause.length)));

  it('is checked against an article without hanging, and the JSON covers both sides', () => {
    const r = runCli(['check', join(ROOT, 'corpus/spic-alibaba.en.txt'), file, '--format', 'json', '--fail-on', 'none']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as { pairs: { src: number[]; tgt: number[] }[] };
    expect(report.pairs.flatMap((p) => p.src).sort((a, b) => a - b)).toEqual([...Array(14).keys()]);
    expect(report.pairs.flatMap((p) => p.tgt).length).toBeGreaterThan(0);
  });
});
