// Vietnamese number expressions and what they must resolve to, written from Vietnamese usage (news style first):
// decimal comma and dot grouping, number words with mươi/mốt/lăm/linh, scale words, years, dates, money, units.
import type { CorpusCase } from './corpus-case.js';

const digitWords = ['một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];
// Every tens word with the units that change their form after it: hai mươi mốt, ba mươi tư, bốn mươi lăm, …
const tens: CorpusCase[] = [2, 3, 4, 5, 6, 7, 8, 9].flatMap((t) => [
  { text: `${digitWords[t - 1]} mươi`, value: t * 10, kind: 'number' as const },
  { text: `${digitWords[t - 1]} mươi mốt`, value: t * 10 + 1, kind: 'number' as const },
  { text: `${digitWords[t - 1]} mươi lăm`, value: t * 10 + 5, kind: 'number' as const },
  { text: `${digitWords[t - 1]} mươi ${t % 2 ? 'bảy' : 'tư'}`, value: t * 10 + (t % 2 ? 7 : 4), kind: 'number' as const },
]);

const cases: CorpusCase[] = [
  // single words and the teens
  { text: 'không', value: 0 }, { text: 'hai', value: 2 }, { text: 'ba', value: 3 }, { text: 'bốn', value: 4 },
  { text: 'sáu', value: 6 }, { text: 'bảy', value: 7 }, { text: 'tám', value: 8 }, { text: 'chín', value: 9 },
  { text: 'mười', value: 10 }, { text: 'mười một', value: 11 }, { text: 'mười hai', value: 12 },
  { text: 'mười bốn', value: 14 }, { text: 'mười lăm', value: 15 }, { text: 'mười sáu', value: 16 },
  { text: 'mười chín', value: 19 }, { text: 'Mười lăm người', value: 15, kind: 'quantity', unit: 'person' },
  ...tens,
  { text: 'năm mươi nhăm', value: 55 }, { text: 'hai chục', value: 20 }, { text: 'ba chục người', value: 30 },
  // hundreds: linh/lẻ before a lone unit, colloquial tens after trăm
  { text: 'một trăm', value: 100 }, { text: 'một trăm linh năm', value: 105 }, { text: 'hai trăm lẻ một', value: 201 },
  { text: 'ba trăm linh tám', value: 308 }, { text: 'một trăm mười', value: 110 }, { text: 'hai trăm mười lăm', value: 215 },
  { text: 'bốn trăm năm mươi', value: 450 }, { text: 'chín trăm chín mươi chín', value: 999 },
  { text: 'một trăm hai mươi mốt', value: 121 }, { text: 'một trăm rưỡi', value: 150 }, { text: 'hai trăm hai', value: 220 },
  { text: 'năm trăm người', value: 500, kind: 'quantity', unit: 'person' },
  // thousands and up: nghìn/ngàn, triệu, tỷ/tỉ, nghìn tỷ
  { text: 'một nghìn', value: 1000 }, { text: 'ba nghìn', value: 3000 }, { text: 'năm ngàn', value: 5000 },
  { text: 'mười nghìn', value: 10000 }, { text: 'hai trăm ngàn', value: 200000 }, { text: 'một nghìn năm trăm', value: 1500 },
  { text: 'hai nghìn không trăm hai mươi hai', value: 2022 }, { text: 'một nghìn linh năm', value: 1005 },
  { text: 'ba nghìn tư', value: 3400 }, { text: 'hai nghìn rưỡi', value: 2500 },
  { text: 'bảy trăm hai mươi mốt nghìn không trăm mười hai', value: 721012 },
  { text: 'một triệu', value: 1e6 }, { text: 'hai triệu rưỡi', value: 2.5e6 }, { text: 'mười hai triệu', value: 12e6 },
  { text: 'hai triệu ba trăm nghìn', value: 2.3e6 }, { text: 'một tỷ', value: 1e9 }, { text: 'một tỉ', value: 1e9 },
  { text: 'hai tỷ một nghìn', value: 2000001000 }, { text: 'ba nghìn tỷ', value: 3e12 },
  { text: 'một trăm năm mươi triệu', value: 150e6 }, { text: 'sáu nghìn tám trăm bảy mươi', value: 6870 },
  { text: 'ba nghìn tỷ đồng', value: 3e12, kind: 'money', unit: 'VND' },
  // decimals in words
  { text: 'một phẩy năm', value: 1.5 }, { text: 'hai phẩy năm tỷ', value: 2.5e9 }, { text: 'không phẩy không năm', value: 0.05 },
  { text: 'ba phẩy mười bốn', value: 3.14 },
  // digits: decimal comma, dot grouping only before three digits
  { text: '1,5', value: 1.5 }, { text: '0,75', value: 0.75 }, { text: '1.200', value: 1200 }, { text: '1.200,5', value: 1200.5 },
  { text: '3.000.000', value: 3e6 }, { text: '12.345.678', value: 12345678 }, { text: '2.022', value: 2022 },
  { text: 'tăng 3,2% so với cùng kỳ', value: 3.2, kind: 'percent' }, { text: '100k', value: 1e5 },
  { text: 'âm 5', value: -5 }, { text: '-1.200.000', value: -1.2e6 },
  // digits with scale words
  { text: '1,5 tỷ tấn', value: 1.5e9, kind: 'quantity', unit: 'ton' }, { text: '5 nghìn', value: 5000 },
  { text: '3 triệu', value: 3e6 }, { text: '2,5 triệu người', value: 2.5e6, kind: 'quantity', unit: 'person' },
  { text: '10 nghìn tỷ đồng', value: 1e13, kind: 'money', unit: 'VND' },
  { text: '3 tỷ 200 triệu đồng', value: 3.2e9, kind: 'money', unit: 'VND' },
  { text: '1,2 triệu USD', value: 1.2e6, kind: 'money', unit: 'USD' }, { text: '50 tỉ đồng', value: 5e10, kind: 'money', unit: 'VND' },
  // percents
  { text: '50%', value: 50, kind: 'percent' }, { text: 'giảm 50% cường độ các bon', value: 50, kind: 'percent' },
  { text: '30 phần trăm', value: 30, kind: 'percent' }, { text: 'mười phần trăm', value: 10, kind: 'percent' },
  { text: '12,5%', value: 12.5, kind: 'percent' }, { text: 'hai mươi lăm phần trăm', value: 25, kind: 'percent' },
  // money
  { text: '50.000 đồng', value: 50000, kind: 'money', unit: 'VND' }, { text: '200.000 VND', value: 200000, kind: 'money', unit: 'VND' },
  { text: '15.000đ', value: 15000, kind: 'money', unit: 'VND' }, { text: '7,9 tỷ USD', value: 7.9e9, kind: 'money', unit: 'USD' },
  { text: '100 đô la Mỹ', value: 100, kind: 'money', unit: 'USD' }, { text: '20 đô la', value: 20, kind: 'money', unit: 'USD' },
  { text: '50 tỷ nhân dân tệ', value: 5e10, kind: 'money', unit: 'CNY' }, { text: '300 tệ', value: 300, kind: 'money', unit: 'CNY' },
  { text: '1.000 yên', value: 1000, kind: 'money', unit: 'JPY' }, { text: '5 triệu euro', value: 5e6, kind: 'money', unit: 'EUR' },
  { text: 'hai triệu đồng', value: 2e6, kind: 'money', unit: 'VND' }, { text: '$5', value: 5, kind: 'money', unit: 'USD' },
  // units
  { text: '1,5 độ C', value: 1.5, kind: 'quantity', unit: '°C' }, { text: '1,5°C', value: 1.5, kind: 'quantity', unit: '°C' },
  { text: '300 tấn', value: 300, kind: 'quantity', unit: 'ton' }, { text: '20 triệu tấn CO2', value: 2e7, kind: 'quantity', unit: 'ton' },
  { text: '500 MW', value: 500, kind: 'quantity', unit: 'MW' }, { text: '3 GW', value: 3, kind: 'quantity', unit: 'GW' },
  { text: '1.000 kWh', value: 1000, kind: 'quantity', unit: 'kWh' }, { text: '120 km', value: 120, kind: 'quantity', unit: 'km' },
  { text: 'bảy mươi cây số', value: 70, kind: 'quantity', unit: 'km' }, { text: '15 năm', value: 15, kind: 'quantity', unit: 'year' },
  { text: 'ba người', value: 3, kind: 'quantity', unit: 'person' }, { text: '1.200 người', value: 1200, kind: 'quantity', unit: 'person' },
  { text: 'hai mươi năm qua', value: 20, kind: 'quantity', unit: 'year' },
  // years
  { text: 'năm 2030', value: 2030, kind: 'year' }, { text: 'đến năm 2030', value: 2030, kind: 'year' },
  { text: 'vào năm 2035', value: 2035, kind: 'year' }, { text: 'Hiệp định Paris năm 2015', value: 2015, kind: 'year' },
  { text: 'mức các bon năm 2020 làm cơ sở', value: 2020, kind: 'year' }, { text: 'trong năm 2021', value: 2021, kind: 'year' },
  // dates (day first)
  { text: 'ngày 20/10', value: { day: 20, month: 10 }, kind: 'date' },
  { text: 'Ngày 5/7, hai bên ký thỏa thuận', value: { day: 5, month: 7 }, kind: 'date' },
  { text: 'ngày 20 tháng 10', value: { day: 20, month: 10 }, kind: 'date' },
  { text: 'ngày 5 tháng 7 năm 2022', value: 2022, kind: 'year' },
  { text: 'ngày 31/12/2021', value: { day: 31, month: 12, year: 2021 }, kind: 'date' },
  { text: 'tháng 10 năm 2022', value: 2022, kind: 'year' }, { text: 'mùng 5 tháng 9', value: { day: 5, month: 9 }, kind: 'date' },
  // ordinals
  { text: 'thứ nhất', value: 1, kind: 'ordinal' }, { text: 'thứ nhì', value: 2, kind: 'ordinal' },
  { text: 'hạng thứ ba', value: 3, kind: 'ordinal' }, { text: 'thứ tư', value: 4, kind: 'ordinal' },
  { text: 'xếp thứ năm', value: 5, kind: 'ordinal' }, { text: 'lần thứ 13', value: 13, kind: 'ordinal' },
  { text: 'thứ 3', value: 3, kind: 'ordinal' }, { text: 'thứ mười', value: 10, kind: 'ordinal' },
  { text: 'thứ hai mươi mốt', value: 21, kind: 'ordinal' }, { text: 'Lễ hội lần thứ 13', value: 13, kind: 'ordinal' },
  // number words in running text
  { text: 'trong cả ba phạm vi', value: 3 }, { text: 'cơ quan quản lý ESG ba cấp độ mới', value: 3 },
  { text: 'tám thỏa thuận', value: 8 }, { text: 'năm người thiệt mạng', value: 5, kind: 'quantity', unit: 'person' },
  { text: 'sau bảy lần thử', value: 7 }, { text: 'mười bốn ngân hàng', value: 14 },
  { text: 'hơn hai chục giải thưởng', value: 20 }, { text: 'trong mười lăm năm tới', value: 15, kind: 'quantity', unit: 'year' },
  { text: 'Phạm vi 1, 2 và 3', value: 2 }, { text: 'khoảng 1,5 tỷ tấn khí các bon', value: 1.5e9, kind: 'quantity', unit: 'ton' },
  // ranges
  { text: '30%-40%', value: { from: 30, to: 40 }, kind: 'range' }, { text: '2020-2025', value: { from: 2020, to: 2025 }, kind: 'range' },
  { text: 'ngày 5 tháng Năm', value: { day: 5, month: 5 }, kind: 'date' },
  { text: 'vào ngày 2 tháng Chín năm 1945', value: { day: 2, month: 9, year: 1945 }, kind: 'date' },
  { text: 'trong tháng Bảy', value: { month: 7 }, kind: 'date' }, { text: 'Ngày 2/9', value: { day: 2, month: 9 }, kind: 'date' },
  { text: 'hơn 3 triệu người', value: 3e6, kind: 'quantity', unit: 'person' },
  { text: 'khoảng 2,5 tỷ USD', value: 2.5e9, kind: 'money', unit: 'USD' },
];

export default cases;
