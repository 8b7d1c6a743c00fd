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
    // A day marker and a month name make one date; after a day marker a/b is no fraction.
    ['th', 'วันที่ 19 เมษายน 2564', [['date', { day: 19, month: 4, year: 2021 }], ['year', 2021]]],
    ['vi', 'ngày 5 tháng Bảy', [['date', { day: 5, month: 7 }]]],
    ['vi', 'ngày 5 tháng 7', [['date', { day: 5, month: 7 }]]],
    ['vi', 'Ngày 20/10', [['date', { day: 20, month: 10 }]]],
    ['hi', '5 जुलाई को', [['date', { day: 5, month: 7 }]]],
    ['zh', '7月5日', [['date', { month: 7, day: 5 }]]],
    // A month name alone; not an abbreviation, a verb (may) or a name (Theresa May).
    ['en', 'In July, prices rose.', [['date', { month: 7 }]]],
    ['en', 'Theresa May said they may march in Jan', []],
    ['hi', 'जुलाई में', [['date', { month: 7 }]]],
    ['th', 'เดือนกรกฎาคม', [['date', { month: 7 }]]],
    // Quarters: a fraction of something, or business quarters; "both" is no number.
    ['en', 'BYD sold 1.2 million cars in the first three quarters of this year', [['number', 1.2e6], ['ordinal', 1], ['number', 3]]],
    ['en', 'three quarters of the staff', [['number', 0.75]]],
    ['en', 'both the Russian and Soviet military', []],
    // Clock times give no fact; a Latin model name does not hide the numbers after it.
    ['zh', '11 点 20 分', []],
    // In numerals too: decimals are read digit by digit, so 二十 after 点 makes it an hour, not 11.2.
    ['zh', '会议于十一点二十分开始，十点四十五分结束', []],
    ['zh', '会议在八点三十分举行，共有八家公司参加。', [['number', 8]]],
    ['zh', '平均得分九点五分', [['number', 9.5]]],
    ['vi', 'lúc 11 giờ 20 phút', []],
    ['th', 'เวลา 11.20 น.', []],
    ['zh', '小米汽车首款车型SU7上市27分钟内订单突破5万辆。', [['number', 27], ['number', 5e4]]],
    ['en', 'CO2 and 5 tons', [['quantity', 5]]],
  ])('%s %s', (lang, text, want) => {
    const got = read(text, lang);
    expect(got.length === want.length ? got.map((g, i) => (typeof g[1] === 'number' ? [g[0], Number((g[1] as number).toPrecision(12))] : g)) : got).toEqual(
      want.map((w) => (typeof (w as unknown[])[1] === 'number' ? [(w as unknown[])[0], Number(((w as unknown[])[1] as number).toPrecision(12))] : w)),
    );
  });

  it.each<[LangCode, string]>([
    ['vi', 'hơn 3 triệu'],
    ['th', 'กว่า 3 ล้าน'],
    ['zh', '300多万'],
    ['en', 'more than 3 million'],
    ['hi', 'लगभग 30 लाख'],
  ])('keeps the value of an approximate %s number before a scale: %s', (lang, text) => {
    expect(extractFacts(text, lang)).toEqual([expect.objectContaining({ kind: 'number', value: 3e6, approximate: true })]);
  });

  it('never marks a year approximate', () => {
    expect(extractFacts('over 2021', 'en')[0]).toMatchObject({ kind: 'year', value: 2021 });
    expect(extractFacts('over 2021', 'en')[0]!.approximate).toBeUndefined();
  });

  it('marks a magnitude letter other than k ambiguous (10G may be a network speed)', () => {
    expect(extractFacts('10G', 'en')[0]).toMatchObject({ value: 1e10, ambiguous: true });
    expect(extractFacts('a twenty-first.', 'en')[0]).toMatchObject({ value: 1 / 21, ambiguous: true, text: 'a twenty-first' });
  });
});
