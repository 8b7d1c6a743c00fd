// The compositional number-word grammars of vi, th and zh, called directly (the facts engine calls them the same
// way: lower-cased text, digits already ASCII, at a position where a number word starts).
import { describe, expect, it } from 'vitest';
import vi from '../../src/lang/vi.js';
import th from '../../src/lang/th.js';
import zh from '../../src/lang/zh.js';
import type { LanguagePack } from '../../src/lang/pack.js';

function read(pack: LanguagePack, text: string, at = 0) {
  const r = pack.numbers.readNumberWords!(text.toLowerCase(), at);
  return r ? { value: r.value, text: text.slice(at, r.end), ...(r.ordinal ? { ordinal: true } : {}) } : r;
}

describe('Vietnamese number words', () => {
  it.each([
    ['không', 0], ['năm', 5], ['mười', 10], ['mười lăm', 15], ['mười một', 11], ['mười bốn', 14],
    ['hai mươi', 20], ['hai mươi mốt', 21], ['hai mươi tư', 24], ['ba mươi lăm', 35], ['chín mươi chín', 99],
    ['năm mươi nhăm', 55], ['hai chục', 20], ['một trăm', 100], ['một trăm linh năm', 105], ['hai trăm lẻ một', 201],
    ['một trăm mười', 110], ['ba trăm năm mươi', 350], ['một trăm rưỡi', 150], ['một trăm hai', 120],
    ['ba nghìn', 3000], ['năm ngàn', 5000], ['hai trăm ngàn', 200000], ['một nghìn năm trăm', 1500],
    ['hai nghìn không trăm hai mươi hai', 2022], ['một nghìn linh năm', 1005], ['ba nghìn tư', 3400],
    ['bảy trăm hai mươi mốt nghìn không trăm mười hai', 721012], ['một triệu', 1e6], ['hai triệu rưỡi', 2.5e6],
    ['một tỷ', 1e9], ['một tỉ', 1e9], ['hai tỷ một nghìn', 2000001000], ['ba nghìn tỷ', 3e12],
    ['hai triệu ba trăm nghìn', 2.3e6], ['một phẩy năm', 1.5], ['hai phẩy năm tỷ', 2.5e9], ['không phẩy không năm', 0.05],
    ['mười hai triệu', 12e6],
  ])('%s = %d', (text, value) => {
    expect(read(vi, text)).toEqual({ value, text });
  });

  it('stops where the number ends', () => {
    expect(read(vi, 'hai mươi năm qua')).toEqual({ value: 20, text: 'hai mươi' });
    expect(read(vi, 'ba nghìn năm lịch sử')).toEqual({ value: 3000, text: 'ba nghìn' });
    expect(read(vi, 'mười năm')).toEqual({ value: 10, text: 'mười' });
    expect(read(vi, 'ba phạm vi')).toEqual({ value: 3, text: 'ba' });
  });

  it('keeps năm (year), không (not), tư (đầu tư) and một số (some) out of numbers', () => {
    // false drops only the number reading (năm stays the year marker and unit); null leaves a word to the lexicon.
    expect(read(vi, 'năm 2030')).toBe(false);
    expect(read(vi, 'trong năm nay', 6)).toBe(false);
    expect(read(vi, 'hai năm', 4)).toBe(false);
    expect(read(vi, 'không có', 0)).toBe(false);
    expect(read(vi, 'đầu tư', 4)).toBe(false);
    expect(read(vi, 'một số công ty')).toBe(false);
    expect(read(vi, 'hàng trăm người', 5)).toBeNull();
    expect(read(vi, 'tấn', 0)).toBeNull();
    expect(read(vi, 'năm người')).toEqual({ value: 5, text: 'năm' });
    // A lone một may be the article "a": left to the lexicon, which marks it ambiguous.
    expect(read(vi, 'một người')).toBeNull();
  });

  it('tells weekdays from ordinals', () => {
    expect(read(vi, 'vào thứ ba tuần này', 4)).toBe(false);
    expect(read(vi, 'vào thứ ba tuần này', 8)).toBe(false);
    expect(read(vi, 'thứ hai tuần tới')).toBe(false);
    expect(read(vi, 'xếp thứ ba', 4)).toEqual({ value: 3, text: 'thứ ba', ordinal: true });
  });

  it('reads ordinals after thứ', () => {
    expect(read(vi, 'thứ nhất')).toEqual({ value: 1, text: 'thứ nhất', ordinal: true });
    expect(read(vi, 'thứ tư')).toEqual({ value: 4, text: 'thứ tư', ordinal: true });
    expect(read(vi, 'thứ 13')).toEqual({ value: 13, text: 'thứ 13', ordinal: true });
    expect(read(vi, 'thứ hai mươi')).toEqual({ value: 20, text: 'thứ hai mươi', ordinal: true });
    expect(read(vi, 'mọi thứ khác', 4)).toBeNull();
  });
});

describe('Thai number words', () => {
  it.each([
    ['ศูนย์', 0], ['สาม', 3], ['สิบ', 10], ['สิบเอ็ด', 11], ['สิบสอง', 12], ['ยี่สิบ', 20], ['ยี่สิบเอ็ด', 21],
    ['ยี่สิบห้า', 25], ['สามสิบ', 30], ['เก้าสิบเก้า', 99], ['หนึ่งร้อย', 100], ['ร้อยเอ็ด', 101], ['หนึ่งร้อยสิบ', 110],
    ['สามร้อยห้าสิบ', 350], ['สองพันห้า', 2005], ['หนึ่งพันห้าร้อย', 1500], ['สองหมื่น', 20000], ['ห้าแสน', 500000],
    ['หนึ่งล้าน', 1e6], ['หนึ่งล้านสองแสน', 1.2e6], ['สิบล้าน', 1e7], ['ห้าสิบพันล้าน', 5e10], ['หนึ่งพันล้าน', 1e9],
    ['หนึ่งหมื่นสองพันล้าน', 1.2e10], ['สองล้านล้าน', 2e12], ['หนึ่งล้านสองแสนล้าน', 1.2e12], ['สามจุดห้า', 3.5],
    ['หนึ่งจุดสองล้าน', 1.2e6], ['ห้าล้านครึ่ง', 5.5e6], ['สามพันกว่า', 3000], ['ร้อยยี่สิบ', 120],
    ['สองพันห้าร้อยหกสิบสี่', 2564], ['หนึ่งร้อยเอ็ดล้าน', 101e6],
  ])('%s = %d', (text, value) => {
    expect(read(th, text)).toEqual({ value, text });
  });

  it('stops at the end of the number inside running text', () => {
    expect(read(th, 'สามคน')).toEqual({ value: 3, text: 'สาม' });
    expect(read(th, 'ลงทุนห้าพันล้านบาท', 5)).toEqual({ value: 5e9, text: 'ห้าพันล้าน' });
    expect(read(th, 'สองสามวัน')).toEqual({ value: 2, text: 'สอง' });
  });

  it('does not read number words inside other words', () => {
    expect(read(th, 'ยังสามารถใช้', 3)).toBe(false); // สามารถ "can"
    expect(read(th, 'ศูนย์ข้อมูล')).toBe(false); // data centre
    expect(read(th, 'ห้างสรรพสินค้า')).toBe(false); // department store
    expect(read(th, 'ความเสี่ยง', 5)).toBe(false); // risk: สี่ after a leading vowel
    expect(read(th, 'ร้อยละ 30')).toBeNull(); // the percent prefix, read by the lexicon
    expect(read(th, '50 พันล้านหยวน', 3)).toBeNull(); // the scale of 50
    expect(read(th, 'วันที่ 19')).toBeNull(); // the day marker
    expect(read(th, 'พันธมิตร')).toBe(false); // ally
    expect(read(th, 'แสนดี')).toBe(false);
    expect(read(th, 'เป็นศูนย์ ภายใน', 4)).toEqual({ value: 0, text: 'ศูนย์' }); // net zero
    expect(read(th, 'อุตสาหกรรม', 5)).toBe(false); // industry
    expect(read(th, 'คนหนึ่ง', 2)).toBeNull(); // "a person": the lexicon's ambiguous one
    expect(read(th, 'ยี่สิบสามสิบนาที')).toEqual({ value: 20, text: 'ยี่สิบ' }); // twenty or thirty minutes
  });

  it('reads ordinals after a classifier and ที่', () => {
    expect(read(th, 'ครั้งที่ 13', 5)).toEqual({ value: 13, text: 'ที่ 13', ordinal: true });
    expect(read(th, 'ที่สาม')).toEqual({ value: 3, text: 'ที่สาม', ordinal: true });
    expect(read(th, 'อันดับที่หนึ่ง', 6)).toEqual({ value: 1, text: 'ที่หนึ่ง', ordinal: true });
    expect(read(th, 'อยู่ที่ 5.111,000 ตัน', 4)).toBe(false);
    expect(read(th, 'วันที่ 19 เมษายน', 3)).toBe(false);
  });
});

describe('Chinese number words', () => {
  it.each([
    ['零', 0], ['两个', 2], ['十', 10], ['十五', 15], ['二十', 20], ['廿五', 25], ['卅', 30], ['一百零五', 105],
    ['五百三十四', 534], ['五百卅四', 534], ['两千', 2000], ['三千五百', 3500], ['一万二千', 12000], ['一万二', 12000],
    ['两千四百五', 2450], ['九百九', 990], ['九万四', 94000], ['九万零四百', 90400], ['一千零五十', 1050],
    ['十五亿', 1.5e9], ['三百亿', 3e10], ['四千零五万', 40050000], ['四千万零六千', 40006000], ['一百零一万一千', 1011000],
    ['五亿零六', 500000006], ['四亿五千六百四十二万零一十五', 456420015], ['五兆六十二亿四万五千二', 5006200045200],
    ['一万亿', 1e12], ['贰佰零叁', 203], ['玖拾陸', 96], ['參拾參', 33], ['壹萬', 10000], ['三点五', 3.5],
    ['十五点五亿', 1.55e9], ['零点零五', 0.05], ['二〇二二', 2022], ['一九九八', 1998], ['三千多', 3000], ['三分之一', 1 / 3],
    ['百万', 1e6],
  ])('%s = %d', (text, value) => {
    const r = read(zh, text);
    expect(r && r.value).toBeCloseTo(value, 6);
  });

  it('ends the number before units, measure words and approximations', () => {
    expect(read(zh, '三千多人')).toEqual({ value: 3000, text: '三千多' });
    expect(read(zh, '十五亿吨')).toEqual({ value: 1.5e9, text: '十五亿' });
    expect(read(zh, '三千瓦')).toEqual({ value: 3, text: '三' }); // 3 kW: 千瓦 is the unit
    expect(read(zh, '五兆瓦')).toEqual({ value: 5, text: '五' }); // 5 MW
    expect(read(zh, '三四个')).toEqual({ value: 3, text: '三' });
  });

  it('does not read digit characters inside words', () => {
    for (const [text, at] of [['一些', 0], ['二氧化碳', 0], ['四川', 0], ['统一。', 1], ['十分重要', 0], ['千万不要', 0],
      ['零售', 0], ['百度', 0], ['万一', 1], ['一带一路', 0], ['周一', 1], ['大陆', 1], ['着陆', 1], ['一度持有', 0],
      ['上一个月', 1]] as const) {
      expect(read(zh, text, at), text).toBe(false);
    }
  });

  it('leaves a lone 一 (often the article "a") to the lexicon', () => {
    expect(read(zh, '一个')).toBeNull();
    expect(read(zh, '一度电')).toBeNull();
  });

  it('leaves markers, percent prefixes and scales after digits to the lexicon', () => {
    expect(read(zh, '百分之三十')).toBeNull();
    expect(read(zh, '年')).toBeNull();
    expect(read(zh, '3.2 万', 4)).toBeNull();
  });

  it('reads any number after 第 (the ordinal prefix), even one that is a word elsewhere', () => {
    expect(read(zh, '第三方', 1)).toEqual({ value: 3, text: '三' }); // third party; 三方 alone is not counted
    expect(read(zh, '第十三届', 1)).toEqual({ value: 13, text: '十三' });
  });
});
