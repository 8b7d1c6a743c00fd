import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';

describe('review and start commands without a terminal', () => {
  it('npm start prints the check report of the SPIC–Alibaba pair when stdout is not a terminal', () => {
    const r = runCli(['start']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('2023 तक');
    expect(r.stdout).toMatch(/peak/);
    expect(r.stdout).toMatch(/pairs checked/);
  });

  it('review refuses to run without a terminal, in one line, exit 2', () => {
    const r = runCli(['review', 'corpus/spic-alibaba.en.txt', 'corpus/spic-alibaba.hi.txt']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual(['xalign: review needs an interactive terminal; for a report use: xalign check SOURCE TARGET']);
  });
});
