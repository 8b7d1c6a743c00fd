// Every number in the Vietnamese and Thai seed articles read right, sentence by sentence; sentences not listed
// must have no facts. Decisions for the articles' traps:
// - vi "1,5 tỷ tấn" is 1.5 billion tons (decimal comma); "11.11" names the Singles' Day festival (11 November): it is
//   never the number 1111 or 11.11; reading it as the day-month 11/11, marked ambiguous, is allowed.
// - th years 2400–2700 are Buddhist Era (2573 → 2030, 2564 → 2021, the original kept); 2021 and 2030 stay as written.
// - th "5.111,000 ตัน" mixes the separators; every group has three digits, so it is 5,111,000 tons, marked ambiguous.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/core/facts.js';
import { segment } from '../src/core/segment.js';
import type { LangCode } from '../src/core/types.js';
import { corpusText } from './helpers.js';
import { expectSeedFacts, type SeedFacts } from './seed-facts.js';

const seeds: SeedFacts[] = [
  {
    file: 'alibaba-goals-vna.vi.txt',
    lang: 'vi',
    sentences: [
      { in: 'công bố mục tiêu trung tính các bon đến năm 2030', facts: [['year', 2030, null, 'năm 2030']] },
      {
        in: 'đã tuyên bố cam kết',
        facts: [
          ['year', 2030, null, 'năm 2030'], ['number', 3, null, '3'], ['number', 1, null, 'một'],
          ['quantity', 1.5e9, 'ton', '1,5 tỷ tấn'], ['year', 2035, null, 'năm 2035'],
        ],
      },
      {
        in: 'Lấy mốc sử dụng',
        facts: [
          ['year', 2020, null, 'năm 2020'], ['number', 1, null, '1'], ['number', 2, null, '2'], ['year', 2030, null, 'năm 2030'],
          ['percent', 50, null, '50%'], ['number', 3, null, '3'], ['year', 2030, null, 'năm 2030'],
        ],
      },
      { in: 'Alibaba Cloud sẽ chịu', facts: [['number', 3, null, '3'], ['year', 2030, null, 'năm 2030'], ['number', 3, null, 'ba']] },
      {
        in: 'Tham vọng kinh doanh',
        facts: [['quantity', 1.5, '°C', '1,5°C'], ['number', 1, null, 'một'], ['year', 2015, null, 'năm 2015']],
      },
      {
        in: 'với tư cách là một công ty',
        facts: [['number', 1, null, 'một'], ['number', 3, null, '3'], ['number', 1, null, '1'], ['number', 2, null, '2'], ['number', 3, null, '3']],
      },
      {
        in: 'Alibaba khởi xướng dự án',
        facts: [
          ['quantity', 1.5e9, 'ton', '1,5 tỷ tấn'], ['quantity', 1.5, '°C', '1,5 độ C'], ['quantity', 1.5e9, 'ton', '1,5 tỷ tấn'],
          ['year', 2035, null, 'năm 2035'],
        ],
      },
      { in: 'ESG ba cấp độ', facts: [['number', 3, null, 'ba']] },
      // The headline, twice: only the festival's name (see the traps below).
      { in: 'Tập đoàn Alibaba khởi động Lễ hội', facts: [], partial: true },
      { in: 'Ngày 20/10', facts: [['date', { month: 10, day: 20 }, null, '20/10'], ['ordinal', 13, null, 'thứ 13']], partial: true },
    ],
  },
  {
    file: 'tencent-net-zero.th.txt',
    lang: 'th',
    sentences: [
      { in: 'อย่างสมบูรณ์ภายในปี 2573', facts: [['year', 2030, null, 'ปี 2573']] },
      { in: 'ในต้นปี 2021', facts: [['year', 2021, null, 'ปี 2021'], ['year', 2030, null, 'ปี 2030']] },
      { in: 'พลังงานสีเขียว 100%', facts: [['percent', 100, null, '100%'], ['year', 2030, null, 'ปี 2573']] },
      {
        in: 'ในเดือนมกราคม 2021',
        facts: [['date', { month: 1, year: 2021 }, null, 'มกราคม 2021'], ['number', 1, null, 'หนึ่ง'], ['ordinal', 1, null, 'แรก']],
      },
      { in: 'สุทธิเป็นศูนย์', facts: [['number', 0, null, 'ศูนย์'], ['year', 2030, null, 'ปี 2573']] },
      {
        in: 'เมื่อวันที่ 19 เมษายน 2564',
        partial: true,
        // "ในระยะแรก" (in the first phase) belongs to this sentence: the amounts are what it invests in that phase.
        facts: [['date', { day: 19, month: 4, year: 2021 }, null, 'วันที่ 19 เมษายน 2564'], ['money', 5e10, 'CNY', '50 พันล้านหยวน'], ['money', 7.9e9, 'USD', '7.9 พันล้านดอลลาร์สหรัฐ'], ['ordinal', 1, null, 'แรก']],
      },
      { in: 'ก๊าซเรือนกระจก', facts: [['year', 2021, null, 'ปี 2564'], ['quantity', 5111000, 'ton', '5.111,000 ตัน']] },
      { in: 'อุตสาหกรรมถ่านหิน', facts: [['number', 1, null, 'หนึ่ง']] },
      { in: 'CarbFix', facts: [['ordinal', 1, null, 'แรก']] },
    ],
  },
];

function sentenceWith(lang: LangCode, file: string, piece: string): string {
  const s = segment(corpusText(file), lang).find((x) => x.text.includes(piece));
  expect(s, `sentence with "${piece}"`).toBeDefined();
  return s!.text;
}

describe.each(seeds)('facts of $file', (seed) => {
  it('reads every number of every sentence', () => expectSeedFacts(seed));
});

describe('the traps of the Vietnamese seed', () => {
  const file = 'alibaba-goals-vna.vi.txt';
  it('never reads the festival name 11.11 as a number', () => {
    for (const piece of ['Tập đoàn Alibaba khởi động Lễ hội', 'Ngày 20/10']) {
      for (const f of extractFacts(sentenceWith('vi', file, piece), 'vi')) {
        expect([1111, 11.11]).not.toContain(f.value);
        if (f.text === '11.11') expect(f).toMatchObject({ kind: 'date', value: { day: 11, month: 11 }, ambiguous: true });
      }
    }
  });

  it('reads Ngày 20/10 as the 20th of October only (after the day marker 20/10 is no fraction)', () => {
    const facts = extractFacts(sentenceWith('vi', file, 'Ngày 20/10'), 'vi').filter((f) => f.text === '20/10');
    expect(facts).toEqual([expect.objectContaining({ kind: 'date', value: { day: 20, month: 10 } })]);
    expect(facts[0]!.ambiguous).toBeUndefined();
  });

  it('reads the decimal comma as a decimal point', () => {
    const facts = extractFacts(sentenceWith('vi', file, 'Alibaba khởi xướng dự án'), 'vi');
    expect(facts.filter((f) => f.unit === 'ton').map((f) => f.value)).toEqual([1.5e9, 1.5e9]);
    expect(facts.find((f) => f.unit === 'ton')!.scale).toBe(1e9);
  });
});

describe('the traps of the Thai seed', () => {
  const file = 'tencent-net-zero.th.txt';
  it('converts Buddhist-Era years and keeps the original', () => {
    const [title] = extractFacts(sentenceWith('th', file, 'อย่างสมบูรณ์ภายในปี 2573'), 'th');
    expect(title).toMatchObject({ kind: 'year', value: 2030, calendar: 'BE', original: 2573 });
    const western = extractFacts(sentenceWith('th', file, 'ในต้นปี 2021'), 'th');
    expect(western.every((f) => f.calendar === undefined)).toBe(true);
  });

  it('reads the date 19 เมษายน 2564 as 19 April 2021', () => {
    const facts = extractFacts(sentenceWith('th', file, 'เมื่อวันที่ 19 เมษายน 2564'), 'th');
    const dates = facts.filter((f) => f.kind === 'date').map((f) => f.value);
    // One date: the day marker วันที่, the month name and the Buddhist-Era year belong together.
    expect(dates).toEqual([{ day: 19, month: 4, year: 2021 }]);
  });

  it('reads the garbled 5.111,000 ตัน as 5,111,000 tons and says it is ambiguous', () => {
    const facts = extractFacts(sentenceWith('th', file, 'ก๊าซเรือนกระจก'), 'th');
    expect(facts.find((f) => f.unit === 'ton')).toMatchObject({ value: 5111000, ambiguous: true });
  });
});
