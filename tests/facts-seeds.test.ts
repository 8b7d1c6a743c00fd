// Every number in the seed articles read right, sentence by sentence. Sentences not listed must have no facts.
import { describe, it } from 'vitest';
import { expectSeedFacts, type SeedFacts } from './seed-facts.js';

const seeds: SeedFacts[] = [
  {
    file: 'spic-alibaba.en.txt',
    lang: 'en',
    sentences: [
      { in: 'On July 5', facts: [['date', { month: 7, day: 5 }, null, 'July 5'], ['number', 8, null, 'eight']] },
      { in: 'The two sides will jointly establish', facts: [['number', 2, null, 'two']] },
      { in: 'At the same time, the two sides', facts: [['number', 2, null, 'two']] },
      { in: 'one of the three major', facts: [['number', 1, null, 'one'], ['number', 3, null, 'three']] },
      { in: 'the first state-owned', facts: [['ordinal', 1, null, 'first'], ['year', 2023, null, '2023']] },
      { in: 'at the end of 2021', facts: [['year', 2021, null, '2021']] },
      { in: 'carbon neutrality in 2030', facts: [['year', 2030, null, '2030'], ['number', 0.5, null, 'halve']] },
      { in: '1.5 billion tons', facts: [['quantity', 1.5e9, 'ton', '1.5 billion tons'], ['quantity', 15, 'year', '15 years']] },
    ],
  },
  {
    file: 'spic-alibaba.hi.txt',
    lang: 'hi',
    sentences: [
      { in: '5 जुलाई को', facts: [['date', { month: 7, day: 5 }, null, '5 जुलाई'], ['number', 8, null, 'आठ']] },
      { in: 'एक ही दृष्टि', facts: [['number', 1, null, 'एक']] },
      { in: 'उद्योग प्रतिमानों की स्थापना', facts: [['number', 2, null, 'दोनों']] },
      { in: 'समाधानों का पता लगाएंगे', facts: [['number', 2, null, 'दोनों']] },
      { in: 'तीन प्रमुख', facts: [['number', 3, null, 'तीन'], ['number', 1, null, 'एक']] },
      { in: 'पहला राज्य', facts: [['ordinal', 1, null, 'पहला'], ['year', 2023, null, '2023']] },
      { in: '2021 के अंत में', facts: [['year', 2021, null, '2021']] },
      { in: '2030 तक', facts: [['year', 2030, null, '2030'], ['number', 0.5, null, 'आधा']] },
      { in: 'अगले 15 वर्षों', facts: [['quantity', 15, 'year', '15 वर्षों'], ['quantity', 1.5e9, 'ton', '1.5 बिलियन टन']] },
    ],
  },
  {
    file: 'alibaba-report-techweb.en.txt',
    lang: 'en',
    sentences: [
      { in: 'current position:Home', facts: [['quantity', 1.5e9, 'ton', '1.5 billion tons'], ['quantity', 15, 'year', '15 years']] },
      { in: 'Driving the ecological carbon reduction of 1.5 billion tons in 15 years, Ali and experts from all walks of life made suggestions\n', facts: [['quantity', 1.5e9, 'ton', '1.5 billion tons'], ['quantity', 15, 'year', '15 years']], partial: true },
      { in: '2022-02-04 14:57:57', facts: [['date', { year: 2022, month: 2, day: 4 }, null, '2022-02-04']] },
      {
        in: 'Daily news',
        partial: true,
        facts: [
          ['number', 3, null, 'three'], ['year', 2030, null, '2030'], ['year', 2020, null, '2020'], ['percent', 50, null, '50%'],
          ['year', 2035, null, '2035'], ['quantity', 1.5e9, 'ton', '15 One hundred million tons'],
        ],
      },
      { in: 'nearly 20 A government', facts: [['number', 20, null, '20']] },
      { in: 'Range 3+ It is a new', facts: [['number', 3, null, '3']] },
      { in: 'Alibaba hopes to pass the scope', facts: [['number', 3, null, '3'], ['quantity', 1.5e10, 'ton', '15 Billion tons']] },
      { in: 'from the three-tier board', facts: [['number', 3, null, 'three']] },
      { in: 'Energy transformation is one of', facts: [['number', 1, null, 'one']] },
      { in: 'express packing boxes', facts: [['number', 1e11, null, '1000 100 million'], ['number', 4e12, null, '4000 Billion']] },
      { in: 'As the first of', facts: [['ordinal', 1, null, 'first']] },
      {
        in: 'world average 1.3 times',
        facts: [['number', 1.3, null, '1.3'], ['range', { from: 30, to: 40 }, '%', '30%-40%'], ['percent', 30, null, '30%'], ['percent', 40, null, '40%']],
      },
      { in: '60% The above', facts: [['percent', 60, null, '60%']] },
      { in: '8 Trillion kwh', facts: [['quantity', 8e12, 'kWh', '8 Trillion kwh'], ['quantity', 3e10, 'kWh', '300 100 million kwh']] },
      { in: '3 Million private cars', facts: [['number', 3e6, null, '3 Million']] },
      { in: '150 100 million kwh', facts: [['quantity', 1.5e10, 'kWh', '150 100 million kwh']] },
      { in: 'Two way charging', facts: [['number', 2, null, 'Two']] },
      { in: '2001 Winner', facts: [['year', 2001, null, '2001'], ['number', 3, null, '3']] },
      { in: 'reduce carbon in three aspects', facts: [['number', 3, null, 'three'], ['ordinal', 1, null, 'First']] },
      { in: 'The second is the connection', facts: [['ordinal', 2, null, 'second']] },
      { in: 'Third , The platform', facts: [['ordinal', 3, null, 'Third']] },
      { in: 'Chinese Finance 40', facts: [['number', 40, null, '40']] },
      { in: 'Except promise to 2030', facts: [['year', 2030, null, '2030'], ['number', 3, null, 'three']] },
      { in: 'First, digital technology', facts: [['ordinal', 1, null, 'First']] },
      { in: 'The second is to help design', facts: [['ordinal', 2, null, 'second']] },
      { in: 'as one of the principles', facts: [['number', 1, null, 'one']] },
      { in: 'Like scope 1、2', facts: [['number', 1, null, '1'], ['number', 2, null, '2'], ['number', 3, null, '3'], ['number', 3, null, '3']] },
    ],
  },
];

describe.each(seeds)('facts of $file', (seed) => {
  it('reads every number of every sentence', () => {
    // The techweb title repeats inside the page's breadcrumb line; both carry the same facts.
    expectSeedFacts(seed, (sentence) => sentence.includes('1.5 billion tons'));
  });
});
