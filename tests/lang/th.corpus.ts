// Thai number expressions and what they must resolve to, written from Thai usage (news style first): Thai and
// ASCII digits, number words written without spaces, scale words after digits, Buddhist-Era years, dates, money.
import type { CorpusCase } from './corpus-case.js';

const digitWords = ['หนึ่ง', 'สอง', 'สาม', 'สี่', 'ห้า', 'หก', 'เจ็ด', 'แปด', 'เก้า'];
const tensWord = (t: number) => (t === 1 ? 'สิบ' : t === 2 ? 'ยี่สิบ' : `${digitWords[t - 1]}สิบ`);
// Every tens word with เอ็ด (ones digit 1) and another unit: สิบเอ็ด, ยี่สิบเอ็ด, สามสิบห้า, …
const tens: CorpusCase[] = [1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((t) => [
  { text: tensWord(t), value: t * 10, kind: 'number' as const },
  { text: `${tensWord(t)}เอ็ด`, value: t * 10 + 1, kind: 'number' as const },
  { text: `${tensWord(t)}${digitWords[(t + 2) % 9]}`, value: t * 10 + ((t + 2) % 9) + 1, kind: 'number' as const },
]);
// Thai digits: ๐–๙ alone and in numbers.
const thaiDigits: CorpusCase[] = ['๐', '๑', '๒', '๓', '๔', '๕', '๖', '๗', '๘', '๙'].map((d, i) => ({ text: d, value: i }));

const cases: CorpusCase[] = [
  { text: 'ศูนย์', value: 0 }, { text: 'สอง', value: 2 }, { text: 'สาม', value: 3 }, { text: 'สี่', value: 4 },
  { text: 'ห้า', value: 5 }, { text: 'หก', value: 6 }, { text: 'เจ็ด', value: 7 }, { text: 'แปด', value: 8 }, { text: 'เก้า', value: 9 },
  ...tens,
  ...thaiDigits,
  { text: '๑๒', value: 12 }, { text: '๒๐๒๑', value: 2021, kind: 'year' }, { text: '๑,๒๐๐', value: 1200 },
  // hundreds and beyond: ร้อย พัน หมื่น แสน, then ล้าน multiplies everything before it
  { text: 'หนึ่งร้อย', value: 100 }, { text: 'ร้อยเอ็ด', value: 101 }, { text: 'หนึ่งร้อยสิบ', value: 110 },
  { text: 'สามร้อยห้าสิบ', value: 350 }, { text: 'สามร้อยยี่สิบห้า', value: 325 }, { text: 'เก้าร้อยเก้าสิบเก้า', value: 999 },
  { text: 'ร้อยยี่สิบ', value: 120 }, { text: 'หนึ่งพัน', value: 1000 }, { text: 'สองพันห้า', value: 2005 },
  { text: 'หนึ่งพันห้าร้อย', value: 1500 }, { text: 'สองพันห้าร้อยหกสิบสี่', value: 2564 }, { text: 'สามพัน', value: 3000 },
  { text: 'สองหมื่น', value: 20000 }, { text: 'หนึ่งหมื่นสองพัน', value: 12000 }, { text: 'ห้าแสน', value: 500000 },
  { text: 'หนึ่งล้าน', value: 1e6 }, { text: 'หนึ่งล้านสองแสน', value: 1.2e6 }, { text: 'สองล้านห้าแสน', value: 2.5e6 },
  { text: 'สิบล้าน', value: 1e7 }, { text: 'ห้าสิบล้าน', value: 5e7 }, { text: 'หนึ่งร้อยล้าน', value: 1e8 },
  { text: 'หนึ่งพันล้าน', value: 1e9 }, { text: 'ห้าหมื่นล้าน', value: 5e10 }, { text: 'สามแสนล้าน', value: 3e11 },
  { text: 'สองล้านล้าน', value: 2e12 }, { text: 'หนึ่งล้านสองแสนล้าน', value: 1.2e12 }, { text: 'หนึ่งร้อยเอ็ดล้าน', value: 101e6 },
  { text: 'เจ็ดแสนสองหมื่นหนึ่งพันสิบสอง', value: 721012 },
  // decimals, halves, approximations in words
  { text: 'สามจุดห้า', value: 3.5 }, { text: 'หนึ่งจุดสองล้าน', value: 1.2e6 }, { text: 'ศูนย์จุดห้า', value: 0.5 },
  { text: 'ห้าล้านครึ่ง', value: 5.5e6 }, { text: 'สามพันกว่าคน', value: 3000 },
  // digits with scale words (with or without a space)
  { text: '50 พันล้านหยวน', value: 5e10, kind: 'money', unit: 'CNY' },
  { text: '7.9 พันล้านดอลลาร์สหรัฐ', value: 7.9e9, kind: 'money', unit: 'USD' },
  { text: '1.2 หมื่นล้าน', value: 1.2e10 }, { text: '3 แสนล้านบาท', value: 3e11, kind: 'money', unit: 'THB' },
  { text: '2 ล้านล้าน', value: 2e12 }, { text: '5 ล้านคน', value: 5e6, kind: 'quantity', unit: 'person' },
  { text: '10 ล้านตัน', value: 1e7, kind: 'quantity', unit: 'ton' }, { text: '4.5 พันล้าน', value: 4.5e9 },
  { text: '20ล้านบาท', value: 2e7, kind: 'money', unit: 'THB' }, { text: '1 แสน', value: 1e5 }, { text: '3 หมื่น', value: 3e4 },
  { text: '๕๐ ล้านบาท', value: 5e7, kind: 'money', unit: 'THB' }, { text: '100k', value: 1e5 },
  // separators
  { text: '1,200', value: 1200 }, { text: '1,200.5', value: 1200.5 }, { text: '3.14', value: 3.14 }, { text: '12,345,678', value: 12345678 },
  { text: '5.111,000 ตัน', value: 5111000, kind: 'quantity', unit: 'ton', note: 'garbled grouping, read as one integer (ambiguous)' },
  // percents
  { text: '100%', value: 100, kind: 'percent' }, { text: 'พลังงานสีเขียว 100% ในพื้นที่ทำงาน', value: 100, kind: 'percent' },
  { text: '30 เปอร์เซ็นต์', value: 30, kind: 'percent' }, { text: 'ร้อยละ 30', value: 30, kind: 'percent' },
  { text: 'ร้อยละสิบแปด', value: 18, kind: 'percent' }, { text: 'ร้อยละ 2.5', value: 2.5, kind: 'percent' },
  { text: 'ห้าสิบเปอร์เซ็นต์', value: 50, kind: 'percent' },
  // money
  { text: '500 บาท', value: 500, kind: 'money', unit: 'THB' }, { text: 'สองร้อยบาท', value: 200, kind: 'money', unit: 'THB' },
  { text: '100 ดอลลาร์', value: 100, kind: 'money', unit: 'USD' }, { text: '20 ดอลลาร์สหรัฐ', value: 20, kind: 'money', unit: 'USD' },
  { text: '300 หยวน', value: 300, kind: 'money', unit: 'CNY' }, { text: '50 ยูโร', value: 50, kind: 'money', unit: 'EUR' },
  { text: '1,000 เยน', value: 1000, kind: 'money', unit: 'JPY' }, { text: '฿200', value: 200, kind: 'money', unit: 'THB' },
  // units
  { text: '5,000 ตัน', value: 5000, kind: 'quantity', unit: 'ton' },
  { text: '300 กิโลวัตต์ชั่วโมง', value: 300, kind: 'quantity', unit: 'kWh' },
  { text: '100 เมกะวัตต์', value: 100, kind: 'quantity', unit: 'MW' }, { text: '2 กิกะวัตต์', value: 2, kind: 'quantity', unit: 'GW' },
  { text: '1.5 องศาเซลเซียส', value: 1.5, kind: 'quantity', unit: '°C' }, { text: '120 กิโลเมตร', value: 120, kind: 'quantity', unit: 'km' },
  { text: 'สามสิบคน', value: 30, kind: 'quantity', unit: 'person' }, { text: '15 ปี', value: 15, kind: 'quantity', unit: 'year' },
  { text: 'ห้าคน', value: 5, kind: 'quantity', unit: 'person' }, { text: 'เจ็ดสิบกิโลเมตร', value: 70, kind: 'quantity', unit: 'km' },
  { text: '25 คน', value: 25, kind: 'quantity', unit: 'person' },
  // years: Buddhist Era by default for 2400–2700, ค.ศ. marks a Western year
  { text: 'ภายในปี 2573', value: 2030, kind: 'year' }, { text: 'ในปี 2564', value: 2021, kind: 'year' },
  { text: 'พ.ศ. 2564', value: 2021, kind: 'year' }, { text: 'ค.ศ. 2021', value: 2021, kind: 'year' },
  { text: 'ในต้นปี 2021', value: 2021, kind: 'year' }, { text: 'ไม่เกินปี 2030', value: 2030, kind: 'year' },
  { text: 'ปี ๒๕๗๓', value: 2030, kind: 'year' }, { text: 'ปี 2500', value: 1957, kind: 'year' },
  { text: 'ในปี 2543', value: 2000, kind: 'year' },
  // dates, day first
  { text: '19 เมษายน 2564', value: { day: 19, month: 4, year: 2021 }, kind: 'date' },
  { text: '1 มกราคม 2566', value: { day: 1, month: 1, year: 2023 }, kind: 'date' },
  { text: '5 ก.ค. 2565', value: { day: 5, month: 7, year: 2022 }, kind: 'date' },
  { text: 'เดือนมกราคม 2021', value: { month: 1, year: 2021 }, kind: 'date' },
  { text: '31 ธันวาคม', value: { day: 31, month: 12 }, kind: 'date' }, { text: '14 ก.พ.', value: { day: 14, month: 2 }, kind: 'date' },
  { text: '20/10/2021', value: { day: 20, month: 10, year: 2021 }, kind: 'date' }, { text: '๑๙ เมษายน', value: { day: 19, month: 4 }, kind: 'date' },
  // ordinals: ที่ after a classifier, or before a number word
  { text: 'ครั้งที่ 13', value: 13, kind: 'ordinal' }, { text: 'ครั้งที่สอง', value: 2, kind: 'ordinal' },
  { text: 'อันดับที่หนึ่ง', value: 1, kind: 'ordinal' }, { text: 'ที่สาม', value: 3, kind: 'ordinal' },
  { text: 'ไตรมาสที่ 2', value: 2, kind: 'ordinal' }, { text: 'รุ่นที่ 5', value: 5, kind: 'ordinal' },
  { text: 'ลำดับที่สิบ', value: 10, kind: 'ordinal' }, { text: 'ครั้งแรก', value: 1, kind: 'ordinal' },
  // number words in running text (no spaces between words)
  { text: 'ลงทุนห้าพันล้านบาท', value: 5e9, kind: 'money', unit: 'THB' }, { text: 'ช้างสองตัว', value: 2 },
  { text: 'ทั้งสามด้าน', value: 3 }, { text: 'การปล่อยมลพิษสุทธิเป็นศูนย์ ภายในปี 2573', value: 0 },
  { text: 'หนึ่งในบริษัทอินเทอร์เน็ตชั้นนำ', value: 1 }, { text: 'ประมาณสิบล้านฉบับ', value: 1e7 },
  // ranges
  { text: '30%-40%', value: { from: 30, to: 40 }, kind: 'range' },
  { text: 'เมื่อวันที่ 1 มกราคม 2567', value: { day: 1, month: 1, year: 2024 }, kind: 'date' },
  { text: 'ในวันที่ 5 ก.ค.', value: { day: 5, month: 7 }, kind: 'date' },
  { text: 'ในเดือนกรกฎาคม', value: { month: 7 }, kind: 'date' },
  { text: 'มีผู้ป่วยกว่า 3 ล้านคน', value: 3e6, kind: 'quantity', unit: 'person' },
  { text: 'ประมาณ 2 พันล้านบาท', value: 2e9, kind: 'money', unit: 'THB' },
];

export default cases;
