// Runs every Duckling-style corpus tests/lang/<lang>.corpus.ts: each surface string must yield a fact with the
// expected value (and kind/unit when given). The language is the file name's first part.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/core/facts.js';
import type { Fact, LangCode } from '../../src/core/types.js';
import type { CorpusCase } from './corpus-case.js';

const dir = new URL('.', import.meta.url);
const files = readdirSync(dir).filter((f) => /^[a-z]{2}\.corpus\.ts$/.test(f)).sort();

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));

export function matches(f: Fact, c: CorpusCase): boolean {
  if (c.kind && f.kind !== c.kind) return false;
  if (c.unit && f.unit !== c.unit) return false;
  if (typeof c.value === 'number') return typeof f.value === 'number' && close(f.value, c.value);
  if (typeof f.value !== 'object') return false;
  return JSON.stringify(sortKeys(f.value)) === JSON.stringify(sortKeys(c.value));
}

const sortKeys = (o: object) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));

describe.each(files)('%s', (file) => {
  const lang = file.slice(0, 2) as LangCode;
  it('has at least 150 examples, each read right', async () => {
    const cases = ((await import(new URL(file, dir).href)) as { default: CorpusCase[] }).default;
    expect(cases.length).toBeGreaterThanOrEqual(150);
    const misses = cases
      .map((c) => ({ c, facts: extractFacts(c.text, lang) }))
      .filter(({ c, facts }) => !facts.some((f) => matches(f, c)))
      .map(({ c, facts }) => `${c.text} → want ${JSON.stringify(c.value)}${c.kind ? ` ${c.kind}` : ''}${c.unit ? ` ${c.unit}` : ''}, got ${JSON.stringify(facts.map((f) => [f.kind, f.value, f.unit]))}`);
    expect(misses).toEqual([]);
  });
});
