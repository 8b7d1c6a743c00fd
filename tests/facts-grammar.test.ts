// The facts engine's grammar where precision matters as much as recall: constructs that must give one fact, and
// look-alikes that must give none (names, common words, clock times). Exact fact lists, per sentence.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/core/facts.js';
import type { LangCode } from '../src/core/types.js';

const read = (text: string, lang: LangCode) => extractFacts(text, lang).map((f) => [f.kind, f.value]);

describe('facts grammar: one fact per expression', () => {
  it.each<[LangCode, string, unknown[]]>([
    ['en', '5G networks and 4G phones', []],
    ['en', 'We added 10g of salt.', [['number', 10]]],
    ['en', 'a twenty-first birthday', [['ordinal', 21]]],
    ['en', 'In 2000 over 300 people died.', [['year', 2000], ['quantity', 300]]],
    ['en', 'grew 3 over 2021', [['number', 3], ['year', 2021]]],
    ['en', 'at seven thirty', [['number', 7], ['number', 30]]],
    ['en', 'three 100-metre races', [['number', 3], ['number', 100]]],
    ['en', 'the 3 100-metre races', [['number', 3], ['number', 100]]],
    ['en', 'revenue of 1.5 million and 5 new stores', [['number', 1.5e6], ['number', 5]]],
    ['en', 'two million and three fifths', [['number', 2.6e6]]],
    ['hi', 'वन विभाग ने बताया', []],
    ['hi', 'तंबाकू का सेवन', []],
    ['zh', '１６分之5', [['number', 5 / 16]]],
    ['zh', '负３ 分  之 负一百五十七', [['number', 157 / 3]]],
    ['zh', '3又一千分之23', [['number', 3.023]]],
    ['zh', '三百五十 又 3分  之1', [['number', 350 + 1 / 3]]],
    ['zh', '1千零1', [['number', 1001]]],
    ['zh', '2千零30万', [['number', 20_300_000]]],
    ['zh', '二〇三〇年', [['year', 2030]]],
    ['zh', '三十年', [['quantity', 30]]],
    ['vi', 'tháng 10/2022', [['date', { month: 10, year: 2022 }]]],
    ['th', '20/10/2564', [['date', { year: 2021, month: 10, day: 20 }]]],
  ])('%s %s', (lang, text, want) => {
    const got = read(text, lang);
    expect(got.length === want.length ? got.map((g, i) => (typeof g[1] === 'number' ? [g[0], Number((g[1] as number).toPrecision(12))] : g)) : got).toEqual(
      want.map((w) => (typeof (w as unknown[])[1] === 'number' ? [(w as unknown[])[0], Number(((w as unknown[])[1] as number).toPrecision(12))] : w)),
    );
  });

  it('marks a magnitude letter other than k ambiguous (10G may be a network speed)', () => {
    expect(extractFacts('10G', 'en')[0]).toMatchObject({ value: 1e10, ambiguous: true });
    expect(extractFacts('a twenty-first.', 'en')[0]).toMatchObject({ value: 1 / 21, ambiguous: true, text: 'a twenty-first' });
  });
});
