// The hand-made case set (tests/fixtures/checks-cases.tsv) through the real CLI, scored the way the project is
// judged: a planted error is caught by a warning or error of its family naming its row; a faithful pair is a
// false alarm when any warning or error names it.
import { describe, expect, it } from 'vitest';
import { inLanguage, readCases, scoreCases } from './case-sets.js';

const cases = readCases('checks-cases.tsv');

describe('hand-made case set (hi, vi, th, zh ↔ en)', () => {
  const result = scoreCases(cases);

  it('has at least 200 pairs, about half of them faithful, every family planted in every language', () => {
    expect(cases.length).toBeGreaterThanOrEqual(200);
    expect(result.clean / cases.length).toBeGreaterThan(0.4);
    for (const lang of ['hi', 'vi', 'th', 'zh'])
      for (const family of ['number', 'entity', 'term', 'temporal', 'omission'])
        expect(cases.some((c) => c.expect === family && inLanguage(c, lang)), `${lang} ${family}`).toBe(true);
  });

  it('catches at least 95% of the planted errors', () => {
    expect(1 - result.missed.length / result.planted, result.missed.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('raises a warning or error on at most 5% of the faithful pairs', () => {
    expect(result.alarms.length / result.clean, result.alarms.join('\n')).toBeLessThanOrEqual(0.05);
  });
});
