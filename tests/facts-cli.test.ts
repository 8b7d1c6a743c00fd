// `xalign facts`: the --lines contract (one JSON array per input line, never fewer) and usage errors.
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers.js';

describe('xalign facts', () => {
  it('prints exactly one JSON array per input line, empty lines included', () => {
    const r = runCli(['facts', '--lang', 'en', '--lines', '--format', 'json'], { input: 'On July 5, eight deals.\n\n1.5 billion tons\r\nno numbers' });
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { kind: string; value: unknown }[]);
    expect(lines).toHaveLength(4);
    expect(lines[0]!.map((f) => f.kind)).toEqual(['date', 'number']);
    expect(lines[1]).toEqual([]);
    expect(lines[2]![0]).toMatchObject({ kind: 'quantity', value: 1.5e9, unit: 'ton', text: '1.5 billion tons', start: 0, end: 16 });
    expect(lines[3]).toEqual([]);
  });

  it('detects the language when --lang is omitted', () => {
    const r = runCli(['facts', '--lines', '--format', 'json'], { input: '4.5 लाख करोड़ रुपये का निवेश 2023 तक होगा।\n' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toContainEqual(expect.objectContaining({ kind: 'money', value: 4.5e12, unit: 'INR' }));
  });

  it('shows a table for text arguments', () => {
    const r = runCli(['facts', '--lang', 'en', 'Sales rose 30%-40% to $3.2 billion.']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/money\s+3200000000 ×1e9\s+USD\s+"\$3.2 billion"/);
    expect(r.stdout).toMatch(/range\s+30–40\s+%/);
  });

  it('rejects an unknown language in one line, exit 2', () => {
    const r = runCli(['facts', '--lang', 'xx', '5']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
