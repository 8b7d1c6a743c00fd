import { describe, expect, it } from 'vitest';
import { runCli } from './helpers.js';

describe('xalign CLI basics', () => {
  it('prints its version from package.json', () => {
    const r = runCli(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('refuses an unknown command with one line and exit 2', () => {
    const r = runCli(['frobnicate']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^xalign: /);
  });
});
