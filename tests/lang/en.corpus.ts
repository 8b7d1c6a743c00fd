// English number expressions and what they must resolve to, written from English usage (news style first).
import type { CorpusCase } from './corpus-case.js';

const units = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const tens = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
// Every tens word with a few units, hyphenated and spaced: twenty-one … ninety nine.
const compounds: CorpusCase[] = tens.flatMap((t, i) =>
  [1, 5, 9].map((u) => ({ text: u === 5 ? `${t} ${units[u - 1]}` : `${t}-${units[u - 1]}`, value: (i + 2) * 10 + u, kind: 'number' as const })),
);

const cases: CorpusCase[] = [
  // single words
  { text: 'zero', value: 0 }, { text: 'one', value: 1 }, { text: 'two', value: 2 }, { text: 'three', value: 3 },
  { text: 'four', value: 4 }, { text: 'five', value: 5 }, { text: 'six', value: 6 }, { text: 'seven', value: 7 },
  { text: 'eight', value: 8 }, { text: 'nine', value: 9 }, { text: 'ten', value: 10 }, { text: 'eleven', value: 11 },
  { text: 'twelve', value: 12 }, { text: 'thirteen', value: 13 }, { text: 'fourteen', value: 14 },
  { text: 'fifteen', value: 15 }, { text: 'sixteen', value: 16 }, { text: 'seventeen', value: 17 },
  { text: 'eighteen', value: 18 }, { text: 'nineteen', value: 19 }, { text: 'twenty', value: 20 },
  { text: 'Thirty', value: 30 }, { text: 'forty', value: 40 }, { text: 'fifty', value: 50 }, { text: 'ninety', value: 90 },
  ...compounds,
  // hundreds, thousands and beyond
  { text: 'one hundred', value: 100 }, { text: 'a hundred people', value: 100, kind: 'quantity', unit: 'person' },
  { text: 'three hundred and twenty-five', value: 325 }, { text: 'nine hundred ninety-nine', value: 999 },
  { text: 'two thousand and twenty', value: 2020 }, { text: 'five thousand', value: 5000 },
  { text: 'seven hundred twenty-one thousand twelve', value: 721012 },
  { text: 'a million', value: 1e6 }, { text: 'two million', value: 2e6 }, { text: 'three billion', value: 3e9 },
  { text: 'four trillion', value: 4e12 }, { text: 'one hundred million', value: 1e8 },
  { text: 'twelve million three hundred thousand', value: 12.3e6 },
  { text: 'a dozen eggs', value: 12 }, { text: 'two dozen', value: 24 }, { text: 'a couple of days', value: 2 },
  // digits and separators
  { text: '0', value: 0 }, { text: '42', value: 42 }, { text: '1,200', value: 1200 }, { text: '1,200.5', value: 1200.5 },
  { text: '3,000,000', value: 3e6 }, { text: '12,34,567', value: 1234567 }, { text: '0.75', value: 0.75 },
  { text: '.5', value: 0.5 }, { text: '-504', value: -504 }, { text: 'minus 12', value: -12 },
  { text: 'a fall of -3.2 points', value: -3.2 }, { text: 'twelve point five', value: 12.5 },
  { text: 'point seven five', value: 0.75 }, { text: '１２３', value: 123 }, { text: '1.3x10^6', value: 1.3e6 },
  // digits with scale words and letters
  { text: '1.5 billion', value: 1.5e9, kind: 'number' }, { text: '4.5 million', value: 4.5e6 },
  { text: '2.3 trillion', value: 2.3e12 }, { text: '100K', value: 1e5 }, { text: '250k', value: 2.5e5 },
  { text: '$5M', value: 5e6, kind: 'money', unit: 'USD' }, { text: '$2bn', value: 2e9, unit: 'USD' },
  { text: '300 mn', value: 3e8 }, { text: '30 lakh', value: 3e6 }, { text: '12 crore', value: 1.2e8 },
  { text: '4.5 lakh crore', value: 4.5e12 }, { text: '5 thousand', value: 5000 },
  // Chinese scale words left behind by machine translation: 15亿, 300亿, 1000亿
  { text: '15 One hundred million tons', value: 1.5e9, kind: 'quantity', unit: 'ton' },
  { text: '300 100 million kwh', value: 3e10, kind: 'quantity', unit: 'kWh' },
  { text: '1000 100 million boxes', value: 1e11 }, { text: '3 ten thousand cars', value: 3e4 },
  // fractions
  { text: 'two-thirds', value: 2 / 3 }, { text: 'two thirds of voters', value: 2 / 3 }, { text: 'a half', value: 0.5 },
  { text: 'one and a half', value: 1.5 }, { text: 'three quarters of the vote', value: 0.75 }, { text: 'a quarter', value: 0.25 },
  { text: 'one fifth', value: 0.2 }, { text: '3/4', value: 0.75 }, { text: '½', value: 0.5 },
  { text: 'one out of three', value: 1 / 3 },
  // ordinals
  { text: 'first', value: 1, kind: 'ordinal' }, { text: 'second', value: 2, kind: 'ordinal' },
  { text: 'third', value: 3, kind: 'ordinal' }, { text: 'fourth', value: 4, kind: 'ordinal' },
  { text: 'fifth', value: 5, kind: 'ordinal' }, { text: 'eighth', value: 8, kind: 'ordinal' },
  { text: 'twelfth', value: 12, kind: 'ordinal' }, { text: 'twentieth', value: 20, kind: 'ordinal' },
  { text: 'twenty-first', value: 21, kind: 'ordinal' }, { text: 'thirty second', value: 32, kind: 'ordinal' },
  { text: 'ninety-ninth', value: 99, kind: 'ordinal' }, { text: 'seventythird', value: 73, kind: 'ordinal' },
  { text: '1st', value: 1, kind: 'ordinal' }, { text: '2nd', value: 2, kind: 'ordinal' },
  { text: '3rd', value: 3, kind: 'ordinal' }, { text: '25th', value: 25, kind: 'ordinal' },
  { text: 'the 101st Airborne', value: 101, kind: 'ordinal' },
  // years and dates
  { text: 'in 2023', value: 2023, kind: 'year' }, { text: 'by 2030', value: 2030, kind: 'year' },
  { text: 'the 1960s', value: 1960, kind: 'year' }, { text: 'since 1998', value: 1998, kind: 'year' },
  { text: 'On July 5, the deal', value: { month: 7, day: 5 }, kind: 'date' },
  { text: 'July 5, 2022', value: { year: 2022, month: 7, day: 5 }, kind: 'date' },
  { text: '5 July 2022', value: { year: 2022, month: 7, day: 5 }, kind: 'date' },
  { text: 'Dec. 19', value: { month: 12, day: 19 }, kind: 'date' },
  { text: 'in March 2021', value: { year: 2021, month: 3 }, kind: 'date' },
  { text: 'on the 5th of July', value: 5, kind: 'ordinal' },
  { text: '2022-02-04', value: { year: 2022, month: 2, day: 4 }, kind: 'date' },
  { text: '10/20/2021', value: { year: 2021, month: 10, day: 20 }, kind: 'date' },
  { text: '20.10.2022', value: { year: 2022, month: 10, day: 20 }, kind: 'date' },
  // percents and ranges
  { text: '50%', value: 50, kind: 'percent' }, { text: '12.5 percent', value: 12.5, kind: 'percent' },
  { text: '30 per cent', value: 30, kind: 'percent' }, { text: 'twenty percent', value: 20, kind: 'percent' },
  { text: '30%-40%', value: { from: 30, to: 40 }, kind: 'range', unit: '%' },
  { text: '30-40%', value: { from: 30, to: 40 }, kind: 'range' },
  { text: '2020-2025', value: { from: 2020, to: 2025 }, kind: 'range' },
  { text: '5–10 million tons', value: { from: 5e6, to: 1e7 }, kind: 'range', unit: 'ton' },
  // money
  { text: '$100', value: 100, kind: 'money', unit: 'USD' }, { text: '$1.5 billion', value: 1.5e9, kind: 'money', unit: 'USD' },
  { text: '20 dollars', value: 20, kind: 'money', unit: 'USD' }, { text: 'USD 5 million', value: 5e6, kind: 'money', unit: 'USD' },
  { text: 'US$3.2bn', value: 3.2e9, kind: 'money', unit: 'USD' }, { text: '50 billion yuan', value: 5e10, kind: 'money', unit: 'CNY' },
  { text: 'Rs 4.5 trillion', value: 4.5e12, kind: 'money', unit: 'INR' }, { text: '₹500 crore', value: 5e9, kind: 'money', unit: 'INR' },
  { text: '300 rupees', value: 300, kind: 'money', unit: 'INR' }, { text: '€40', value: 40, kind: 'money', unit: 'EUR' },
  { text: '1,000 baht', value: 1000, kind: 'money', unit: 'THB' }, { text: '20,000 dong', value: 20000, kind: 'money', unit: 'VND' },
  // units
  { text: '1.5 billion tons', value: 1.5e9, kind: 'quantity', unit: 'ton' },
  { text: '200 tonnes', value: 200, kind: 'quantity', unit: 'ton' },
  { text: '8 trillion kWh', value: 8e12, kind: 'quantity', unit: 'kWh' },
  { text: '500 MW', value: 500, kind: 'quantity', unit: 'MW' }, { text: '3 GW', value: 3, kind: 'quantity', unit: 'GW' },
  { text: '1,200 megawatts', value: 1200, kind: 'quantity', unit: 'MW' }, { text: '45°C', value: 45, kind: 'quantity', unit: '°C' },
  { text: '12 degrees Celsius', value: 12, kind: 'quantity', unit: '°C' }, { text: '29km', value: 29, kind: 'quantity', unit: 'km' },
  { text: '300 kilometres', value: 300, kind: 'quantity', unit: 'km' }, { text: '15 people', value: 15, kind: 'quantity', unit: 'person' },
  { text: 'the next 15 years', value: 15, kind: 'quantity', unit: 'year' },
  { text: 'three million people', value: 3e6, kind: 'quantity', unit: 'person' },
  // in sentences
  { text: 'signed eight implementation agreements', value: 8 },
  { text: 'one of the three major operators', value: 3 },
  { text: 'Sales rose 7.5% to $3.2 billion in 2021.', value: 3.2e9, kind: 'money' },
  { text: 'Sales rose 7.5% to $3.2 billion in 2021.', value: 2021, kind: 'year' },
  { text: 'Sales rose 7.5% to $3.2 billion in 2021.', value: 7.5, kind: 'percent' },
  { text: 'About 20 experts attended.', value: 20 },
  // fractions with ordinal denominators: the longest ordinal that leaves a numerator is the denominator
  { text: 'seven eighths', value: 7 / 8 }, { text: 'eleven sixteenths', value: 11 / 16 },
  { text: 'three billionths', value: 3e-9 }, { text: 'one millionth', value: 1e-6 }, { text: 'one thousandth of a second', value: 1e-3 },
  { text: 'a hundred thousand millionths', value: 0.1 }, { text: 'forty thirty-fifths', value: 40 / 35 },
  { text: 'five thirty-seconds', value: 5 / 32, note: 'seconds is a denominator only after a tens word' },
  { text: 'two twenty-firsts', value: 2 / 21 }, { text: 'one hundred forty-two fifths', value: 142 / 5 },
  { text: 'one one hundred seventh', value: 1 / 107 }, { text: 'a thirty-first.', value: 1 / 31 },
  { text: 'eighty-five hundred fifths', value: 1700, note: 'a hyphen binds: 8500/5, not 80/505' },
  { text: 'minus two hundred sixty fifths', value: -200 / 65 },
  // "and" separates the whole number from its fraction
  { text: 'two hundred and thirty-one hundredths', value: 200.31 }, { text: 'four million and two fifths', value: 4.4e6 },
  { text: 'four million and a half', value: 4.5e6 }, { text: 'one billion and a quarter million', value: 1_000_250_000 },
  { text: 'two billion and three quarters million', value: 2_000_750_000 }, { text: 'thirty and two', value: 32 },
  { text: 'forty and one and two fifths', value: 41.4 },
  { text: 'a quarter billion', value: 2.5e8 }, { text: 'quarter billion', value: 2.5e8 }, { text: 'half million', value: 5e5 },
  // ordinal scale words
  { text: 'the two hundredth anniversary', value: 200, kind: 'ordinal' }, { text: 'one hundred thousandth', value: 1e5, kind: 'ordinal' },
  // colloquial hundreds, division, dozens
  { text: 'two thirty four', value: 234 }, { text: 'nine ninety-nine dollars', value: 999, kind: 'money', unit: 'USD' },
  { text: '2000 over 4', value: 500 }, { text: '9 over 12', value: 0.75 }, { text: 'five doz', value: 60 },
  // magnitude letters after digits
  { text: '2.5M', value: 2.5e6 }, { text: '10G', value: 1e10 }, { text: '-.5G', value: -5e8 }, { text: '3.4 M', value: 3.4e6 },
  { text: '$40K', value: 4e4, kind: 'money', unit: 'USD' },
  // space-grouped digits
  { text: '1 250 000', value: 1.25e6 }, { text: '12\u00a0500', value: 12500 },
  // quarters: a fraction of something, or business quarters (a count, as 前三季度 = 3)
  { text: 'three-quarters of them', value: 0.75 }, { text: 'sales in the first three quarters of 2023', value: 3, kind: 'number' },
  { text: 'profits fell for two quarters', value: 2, kind: 'number' }, { text: 'over the past four quarters', value: 4 },
  { text: 'the last 3 quarters', value: 3, kind: 'number' }, { text: 'five billion and one quarter', value: 5.25e9 },
  // a month name alone is a date {month}; approximate words keep the value
  { text: 'In July, prices rose', value: { month: 7 }, kind: 'date' }, { text: 'until December', value: { month: 12 }, kind: 'date' },
  { text: 'more than 3 million people', value: 3e6, kind: 'quantity', unit: 'person' },
  { text: 'about $2 billion', value: 2e9, kind: 'money', unit: 'USD' },
];

export default cases;
