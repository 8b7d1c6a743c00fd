// Targeted tests for the general fixes found by red-teaming the checks with tests/fixtures/checks-cases.tsv.
import { describe, expect, it } from 'vitest';
import { romanize, soundsAlike } from '../../src/checks/names.js';
import { checkBeads, documentNorms } from '../../src/core/check.js';
import { analyze } from '../../src/core/pipeline.js';
import { corpusText } from '../helpers.js';
import { checkRows, ofFamily, serious } from './helpers.js';

describe('term: one source phrase naming two concepts', () => {
  it('accepts either concept in the translation (光伏 = photovoltaic or solar; ลดการปล่อย… holds "emissions")', () => {
    expect(serious(checkRows('zh', 'en', [['光伏组件价格下降了40%。', 'The price of solar modules fell by 40%.']]))).toEqual([]);
    expect(serious(checkRows('th', 'en', [['โครงการนี้จะช่วยลดการปล่อยคาร์บอนไดออกไซด์ได้ 2.4 ล้านตันต่อปี', 'The project will reduce carbon dioxide emissions by 2.4 million tonnes a year.']]))).toEqual([]);
    expect(serious(checkRows('vi', 'en', [['Nhà máy điện mặt trời này có công suất 450 MW.', 'This solar power plant has a capacity of 450 MW.']]))).toEqual([]);
  });
  it('still flags the term when neither is there', () => {
    expect(ofFamily(checkRows('zh', 'en', [['光伏出口增长了15%。', 'Exports grew by 15%.']]), 'term')).toHaveLength(1);
  });
});

describe('temporal', () => {
  it('reads 截至2022年底 as "by the end of 2022": the marker before wins over a within-year 底', () => {
    expect(ofFamily(checkRows('zh', 'en', [['截至2022年底，装机容量达到3.9亿千瓦。', 'By the end of 2022, installed capacity reached 390 million kilowatts.']]), 'temporal')).toEqual([]);
    expect(ofFamily(checkRows('zh', 'en', [['截至2022年底，装机容量达到3.9亿千瓦。', 'In 2022, installed capacity reached 390 million kilowatts.']]), 'temporal')).toHaveLength(1);
  });
  it('sees a marker before a date word (ก่อน|เดือน|พฤศจิกายน 2566)', () => {
    expect(ofFamily(checkRows('th', 'en', [['ประเทศไทยจะเป็นเจ้าภาพการประชุมก่อนเดือนพฤศจิกายน 2566', 'Thailand will host the meeting in November 2023.']]), 'temporal')).toHaveLength(1);
    expect(ofFamily(checkRows('th', 'en', [['ประเทศไทยจะเป็นเจ้าภาพการประชุมก่อนเดือนพฤศจิกายน 2566', 'Thailand will host the meeting before November 2023.']]), 'temporal')).toEqual([]);
  });
});

describe('number: a month written as a word on the other side', () => {
  it('matches vi "tháng 7" with "in July", not with "in August"', () => {
    expect(serious(checkRows('vi', 'en', [['Đoàn đã đến Thái Lan vào tháng 7.', 'The delegation visited Thailand in July.']]))).toEqual([]);
    expect(ofFamily(checkRows('vi', 'en', [['Đoàn đã đến Thái Lan vào tháng 7.', 'The delegation visited Thailand in August.']]), 'number')).toHaveLength(1);
  });
});

describe('entity', () => {
  it('does not take "US" in "US dollars" or "R&D" for names', () => {
    expect(serious(checkRows('zh', 'en', [['该公司计划未来五年内投资200亿美元。', 'The company plans to invest 20 billion US dollars over the next five years.']]))).toEqual([]);
    expect(serious(checkRows('zh', 'en', [['华为在深圳有三千多名研发人员。', 'Huawei has more than 3,000 R&D staff in Shenzhen.']]))).toEqual([]);
  });
  it('reports a name opening an English sentence when the other side names someone else', () => {
    expect(ofFamily(checkRows('en', 'vi', [['Samsung will build a new factory in Bac Ninh.', 'LG sẽ xây dựng một nhà máy mới tại Bắc Ninh.']]), 'entity')).toHaveLength(1);
    // alone, an unknown opening word says nothing
    expect(serious(checkRows('zh', 'en', [['抗议者堵住了交通。', 'Protesters blocked the traffic.']]))).toEqual([]);
  });
  it('romanizes Devanagari with the inherent vowel, so transliterated names match', () => {
    expect(romanize('नरेंद्र मोदी')).toBe('narendra modi');
    expect(soundsAlike('Whitehall', 'व्हाइटहॉल')).toBe(true);
    expect(soundsAlike('Fernando', 'फ़र्नांडो')).toBe(true);
    expect(serious(checkRows('hi', 'en', [['प्रधानमंत्री नरेंद्र मोदी ने 5 जुलाई को संयंत्र का उद्घाटन किया।', 'Prime Minister Narendra Modi inaugurated the plant on July 5.']]))).toEqual([]);
  });
  it('gives the acronym dropped after the full name in SPIC–Alibaba sentence 1 as info', () => {
    const a = analyze({ srcLang: 'en', tgtLang: 'hi', srcText: corpusText('spic-alibaba.en.txt'), tgtText: corpusText('spic-alibaba.hi.txt') });
    const f = a.findings.filter((x) => x.src.includes(1) && x.family === 'entity');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'info' });
    expect(f[0]!.message).toContain('(SPIC)');
    // sentence 3 spells it out (एसपीआईसी): nothing there
    expect(a.findings.filter((x) => x.src.includes(3) && x.family === 'entity')).toEqual([]);
  });
});

describe('omission: shorter than usual with a key term gone', () => {
  it('reports the missing clause', () => {
    const f = ofFamily(
      checkRows('hi', 'en', [['सम्मेलन में पर्यावरण मंत्री ने कहा कि सरकार जीवाश्म ईंधन पर निर्भरता कम करने और हरित हाइड्रोजन को बढ़ावा देने के लिए जल्द ही एक नई राष्ट्रीय नीति लाएगी।', 'At the conference, the environment minister said the government would bring a new policy.']]),
      'omission',
    );
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('जीवाश्म ईंधन');
  });
});

describe('checkBeads', () => {
  const a = analyze({ srcLang: 'en', tgtLang: 'hi', srcText: corpusText('spic-alibaba.en.txt'), tgtText: corpusText('spic-alibaba.hi.txt') });
  it('gives, for some beads, exactly the whole-document findings of those beads', () => {
    const picked = [a.beads[2]!, a.beads[9]!];
    const mine = a.findings.filter((f) => picked.some((b) => b.src.join() === f.src.join() && b.tgt.join() === f.tgt.join()));
    expect(checkBeads(a, picked)).toEqual(mine);
  });
  it('compares lengths with the whole document, not with the few beads checked', () => {
    // a bead whose translation is cut to a third: short against the document's norm
    const cut = { ...a, target: a.target.map((s, i) => (i === 10 ? { ...s, text: s.text.slice(0, Math.floor(s.text.length / 3)) } : s)) };
    const norms = documentNorms({ ...a, rows: false });
    expect(norms.lengthRatio).toBeGreaterThan(0.5);
    expect(checkBeads(cut, [a.beads[10]!]).some((f) => f.family === 'omission')).toBe(true);
    // with a norm that says this document's translations are a third as long, the same bead is fine
    expect(checkBeads(cut, [a.beads[10]!], { norms: { lengthRatio: norms.lengthRatio! / 3 } }).some((f) => f.family === 'omission')).toBe(false);
  });
});

describe('number: digits written but not read as a fact on the other side', () => {
  it('gives a time of day or a name with a number at most info', () => {
    expect(ofFamily(checkRows('vi', 'en', [['Khoảng 11 giờ 29 phút, đoàn biểu tình di chuyển.', 'Around 11:29, the protest moved on.']]), 'number')).toEqual([]);
    expect(ofFamily(checkRows('th', 'en', [['การประท้วงเริ่มขึ้นประมาณ 11.20 น.', 'The protest started around 11:20.']]), 'number')).toEqual([]);
  });
  it('still warns when the digits are nowhere on the other side', () => {
    expect(ofFamily(checkRows('vi', 'en', [['Khoảng 11 giờ 29 phút, đoàn biểu tình di chuyển.', 'Around noon, the protest moved on.']]), 'number').length).toBeGreaterThan(0);
  });
  it('does not call "two" against 20 a sure error (two decades = 二十年)', () => {
    const f = ofFamily(checkRows('zh', 'en', [['原油出口跌到了二十年来的最低水平。', 'Crude exports fell to their lowest level for two decades.']]), 'number');
    expect(f.every((x) => x.severity !== 'error')).toBe(true);
  });
  it('reads th ครึ่งหนึ่ง as one half', () => {
    expect(serious(checkRows('th', 'en', [['บริษัทตั้งเป้าลดการปล่อยก๊าซลงครึ่งหนึ่งภายในปี พ.ศ. 2573', 'The company aims to halve its emissions by 2030.']]))).toEqual([]);
  });
});

describe('term: a glossary form with a gap', () => {
  it('matches "cut … emissions" over a few words (减排 = cut carbon dioxide emissions)', () => {
    expect(serious(checkRows('zh', 'en', [['近三年来，公司累计减排二氧化碳约120万吨。', 'Over the past three years, the company has cut carbon dioxide emissions by a total of about 1.2 million tons.']]))).toEqual([]);
    expect(ofFamily(checkRows('zh', 'en', [['公司今年减排成效显著。', 'The company made great progress this year.']]), 'term')).toHaveLength(1);
  });
});

describe('entity: built-in aliases of frequent names, and Vietnamese personal names', () => {
  it('knows Microsoft = माइक्रोसॉफ्ट = ไมโครซอฟท์ and reports it swapped', () => {
    expect(serious(checkRows('th', 'en', [['ไมโครซอฟท์จะลงทุนสร้างศูนย์ข้อมูลในประเทศไทย', 'Microsoft will invest in building a data center in Thailand.']]))).toEqual([]);
    expect(ofFamily(checkRows('hi', 'en', [['माइक्रोसॉफ्ट ने हैदराबाद में नया डेटा सेंटर खोलने की घोषणा की।', 'Google announced it would open a new data center in Hyderabad.']]), 'entity')).toHaveLength(1);
  });
  it('reports a Vietnamese name replaced by another person', () => {
    const rows: [string, string][] = [['Ông Trần Hồng Hà cho biết Chính phủ sẽ chi 15.000 tỷ đồng cho lưới điện.', 'Mr Le Minh Khai said the government would spend 15 trillion dong on the power grid.']];
    expect(ofFamily(checkRows('vi', 'en', rows), 'entity')).toHaveLength(1);
    expect(serious(checkRows('vi', 'en', [[rows[0]![0], 'Mr Tran Hong Ha said the government would spend 15 trillion dong on the power grid.']]))).toEqual([]);
  });
});
