// Chinese number expressions and what they must resolve to, written from Chinese usage (news style first):
// numerals with 十百千 and 万亿, 零 for skipped places, financial and traditional forms, digits with 万/亿,
// full-width digits, percents with 百分之, dates with 年月日, money and units.
import type { CorpusCase } from './corpus-case.js';

const digitChars = ['一', '二', '三', '四', '五', '六', '七', '八', '九'];
// Every tens number with a unit: 十一, 二十二, 三十三, … and the round tens.
const tens: CorpusCase[] = [1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((t) => [
  { text: `${t === 1 ? '' : digitChars[t - 1]}十`, value: t * 10, kind: 'number' as const },
  { text: `${t === 1 ? '' : digitChars[t - 1]}十${digitChars[t - 1]}`, value: t * 11, kind: 'number' as const },
]);

const cases: CorpusCase[] = [
  { text: '零', value: 0 }, { text: '两个', value: 2 }, { text: '三个', value: 3 }, { text: '四家', value: 4 },
  { text: '五项', value: 5 }, { text: '六次', value: 6 }, { text: '七座', value: 7 }, { text: '八项协议', value: 8 },
  { text: '九名', value: 9, kind: 'quantity', unit: 'person' }, { text: '十', value: 10 },
  ...tens,
  // hundreds, thousands, 零 for a skipped place, colloquial trailing digits
  { text: '一百', value: 100 }, { text: '一百零五', value: 105 }, { text: '五百三十四', value: 534 }, { text: '两百', value: 200 },
  { text: '九百九十九', value: 999 }, { text: '一百一十', value: 110 }, { text: '两千', value: 2000 }, { text: '三千五百', value: 3500 },
  { text: '一千零五十', value: 1050 }, { text: '两千零二十二', value: 2022 }, { text: '两千四百五', value: 2450 },
  { text: '九百九', value: 990 }, { text: '一千六', value: 1600 }, { text: '三千零三', value: 3003 },
  // 万 亿 兆: sections multiplied by the big units
  { text: '一万', value: 1e4 }, { text: '一万二千', value: 12000 }, { text: '一万二', value: 12000 }, { text: '九万四', value: 94000 },
  { text: '九万零四百', value: 90400 }, { text: '十万', value: 1e5 }, { text: '一百万', value: 1e6 }, { text: '三千万', value: 3e7 },
  { text: '四千零五万', value: 40050000 }, { text: '四千万零六千', value: 40006000 }, { text: '一百零一万一千', value: 1011000 },
  { text: '一亿', value: 1e8 }, { text: '十五亿', value: 1.5e9 }, { text: '三百亿', value: 3e10 }, { text: '五亿零六', value: 500000006 },
  { text: '一亿三千万', value: 1.3e8 }, { text: '四亿五千六百四十二万零一十五', value: 456420015 }, { text: '一万亿', value: 1e12 },
  { text: '五兆六十二亿四万五千二', value: 5006200045200 }, { text: '两万五千', value: 25000 }, { text: '百万', value: 1e6 },
  // 廿 卅, financial and traditional numerals
  { text: '廿五', value: 25 }, { text: '五百卅四', value: 534 }, { text: '壹佰', value: 100 }, { text: '贰佰零叁', value: 203 },
  { text: '玖拾陆', value: 96 }, { text: '肆佰陆拾', value: 460 }, { text: '參拾參', value: 33 }, { text: '壹萬', value: 1e4 },
  { text: '兩千', value: 2000 }, { text: '三億', value: 3e8 }, { text: '一萬二千', value: 12000 },
  // decimals, fractions, approximations in characters
  { text: '三点五', value: 3.5 }, { text: '零点五', value: 0.5 }, { text: '十五点五亿', value: 1.55e9 }, { text: '二点零五', value: 2.05 },
  { text: '三分之一', value: 1 / 3 }, { text: '四分之三', value: 0.75 }, { text: '一半', value: 0.5 },
  { text: '三千多', value: 3000 }, { text: '三千多人', value: 3000, kind: 'quantity', unit: 'person' },
  { text: '二十多项', value: 20 }, { text: '三百多万人', value: 3e6, kind: 'quantity', unit: 'person' },
  { text: '五百余万', value: 5e6 }, { text: '十几亿', value: 1e9 },
  // years written digit by digit
  { text: '二〇二二', value: 2022 }, { text: '一九九八', value: 1998 },
  // digits with 万 亿 (and full-width digits)
  { text: '3.2万', value: 32000 }, { text: '15亿', value: 1.5e9 }, { text: '511.1万', value: 5111000 }, { text: '4.78万亿', value: 4.78e12 },
  { text: '300亿', value: 3e10 }, { text: '１５亿', value: 1.5e9 }, { text: '５００万', value: 5e6 }, { text: '４，５６５', value: 4565 },
  { text: '1,200', value: 1200 }, { text: '3.14', value: 3.14 }, { text: '5万4千6百', value: 54600 }, { text: '3千', value: 3000 },
  { text: '40k', value: 40000 }, { text: '300多万', value: 3e6 }, { text: '-10000', value: -10000 }, { text: '负五', value: -5 },
  // percents
  { text: '百分之三十', value: 30, kind: 'percent' }, { text: '百分之五十', value: 50, kind: 'percent' },
  { text: '百分之三点五', value: 3.5, kind: 'percent' }, { text: '30%', value: 30, kind: 'percent' },
  { text: '３０％', value: 30, kind: 'percent' }, { text: '下降了2.5%', value: 2.5, kind: 'percent' },
  { text: '百分之百', value: 100, kind: 'percent' }, { text: '提高3个百分点', value: 3, kind: 'percent' },
  // money
  { text: '4.5亿元', value: 4.5e8, kind: 'money', unit: 'CNY' }, { text: '500亿元', value: 5e10, kind: 'money', unit: 'CNY' },
  { text: '人民币500亿元', value: 5e10, kind: 'money', unit: 'CNY' }, { text: '100元', value: 100, kind: 'money', unit: 'CNY' },
  { text: '三百元', value: 300, kind: 'money', unit: 'CNY' }, { text: '79亿美元', value: 7.9e9, kind: 'money', unit: 'USD' },
  { text: '十亿美元', value: 1e9, kind: 'money', unit: 'USD' }, { text: '2000万港元', value: 2e7, kind: 'money', unit: 'HKD' },
  { text: '5亿欧元', value: 5e8, kind: 'money', unit: 'EUR' }, { text: '¥500', value: 500, kind: 'money', unit: 'CNY' },
  // units
  { text: '15亿吨', value: 1.5e9, kind: 'quantity', unit: 'ton' }, { text: '100万吨', value: 1e6, kind: 'quantity', unit: 'ton' },
  { text: '两千万吨', value: 2e7, kind: 'quantity', unit: 'ton' }, { text: '300亿千瓦时', value: 3e10, kind: 'quantity', unit: 'kWh' },
  { text: '发电量300亿度', value: 3e10, kind: 'quantity', unit: 'kWh' }, { text: '一度电', value: 1 },
  { text: '100兆瓦', value: 100, kind: 'quantity', unit: 'MW' }, { text: '5000万千瓦', value: 5e7, kind: 'quantity', unit: 'kW' },
  { text: '3吉瓦', value: 3, kind: 'quantity', unit: 'GW' }, { text: '1.5摄氏度', value: 1.5, kind: 'quantity', unit: '°C' },
  { text: '1.5℃', value: 1.5, kind: 'quantity', unit: '°C' }, { text: '120公里', value: 120, kind: 'quantity', unit: 'km' },
  { text: '十一公里', value: 11, kind: 'quantity', unit: 'km' }, { text: '三人', value: 3, kind: 'quantity', unit: 'person' },
  { text: '500名员工', value: 500, kind: 'quantity', unit: 'person' }, { text: '两名警察', value: 2, kind: 'quantity', unit: 'person' },
  { text: '三十年', value: 30, kind: 'quantity', unit: 'year' }, { text: '一打', value: 12 },
  // years and dates
  { text: '2030年', value: 2030, kind: 'year' }, { text: '2030年前实现碳中和', value: 2030, kind: 'year' },
  { text: '2022年12月19日', value: { year: 2022, month: 12, day: 19 }, kind: 'date' },
  { text: '12月19日', value: { month: 12, day: 19 }, kind: 'date' }, { text: '7月5日', value: { month: 7, day: 5 }, kind: 'date' },
  { text: '2021年底', value: 2021, kind: 'year' }, { text: '2022-02-04', value: { year: 2022, month: 2, day: 4 }, kind: 'date' },
  { text: '5月4号', value: { month: 5, day: 4 }, kind: 'date' },
  // ordinals
  { text: '第三', value: 3, kind: 'ordinal' }, { text: '第3届', value: 3, kind: 'ordinal' }, { text: '第十三届', value: 13, kind: 'ordinal' },
  { text: '第一大', value: 1, kind: 'ordinal' }, { text: '第二次世界大战', value: 2, kind: 'ordinal' }, { text: '第100', value: 100, kind: 'ordinal' },
  // numbers in running text
  { text: '签署了八项实施协议', value: 8 }, { text: '三大核电企业之一', value: 3 }, { text: '十四家银行', value: 14 },
  { text: '未来15年', value: 15 }, { text: '减少15亿吨碳排放', value: 1.5e9, kind: 'quantity', unit: 'ton' },
  { text: '正在建设五座新摩天大楼', value: 5 },
  // ranges
  { text: '30%-40%', value: { from: 30, to: 40 }, kind: 'range' },
  { text: '小米SU7上市27分钟', value: 27, kind: 'number' },
  { text: '年产300多万吨', value: 3e6, kind: 'quantity', unit: 'ton' },
  { text: '约300万人', value: 3e6, kind: 'quantity', unit: 'person' },
  { text: '今年七月', value: { month: 7 }, kind: 'date' },
];

export default cases;
