// The name-dense case set (tests/fixtures/names-cases.tsv: people, companies, places and organisations written in
// Han, Thai, Devanagari and Vietnamese, with one swapped or dropped name in each planted pair) through the real
// CLI, scored the way the project is judged: a planted error is caught by an entity warning or error naming its
// row; a faithful pair is a false alarm when any warning or error names it.
import { describe, expect, it } from 'vitest';
import { inLanguage, readCases, scoreCases } from './case-sets.js';

const cases = readCases('names-cases.tsv');

describe('name-dense case set (hi, vi, th, zh ↔ en)', () => {
  const result = scoreCases(cases);

  it('has at least 100 faithful pairs and 40 planted entity errors, in every language', () => {
    expect(result.clean).toBeGreaterThanOrEqual(100);
    expect(result.planted).toBeGreaterThanOrEqual(40);
    for (const lang of ['hi', 'vi', 'th', 'zh']) {
      expect(cases.some((c) => c.expect === 'clean' && inLanguage(c, lang)), `${lang} clean`).toBe(true);
      expect(cases.some((c) => c.expect === 'entity' && inLanguage(c, lang)), `${lang} entity`).toBe(true);
    }
  });

  it('catches at least 90% of the swapped or dropped names', () => {
    expect(1 - result.missed.length / result.planted, result.missed.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('raises a warning or error on at most 5% of the faithful pairs', () => {
    expect(result.alarms.length / result.clean, result.alarms.join('\n')).toBeLessThanOrEqual(0.05);
  });
});
