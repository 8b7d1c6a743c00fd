import { describe, expect, it } from 'vitest';
import { segment } from '../src/core/segment.js';
import { explainSpaces } from '../src/core/segment-spaces.js';
import { languagePack } from '../src/lang/index.js';
import type { LangCode, Sentence } from '../src/core/types.js';
import { corpusText } from './helpers.js';

const texts = (s: Sentence[]) => s.map((x) => x.text);

function expectOffsets(text: string, sentences: Sentence[]): void {
  let last = 0;
  for (const s of sentences) {
    expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(s.start).toBeGreaterThanOrEqual(last);
    expect(s.text).toBe(s.text.trim());
    expect(s.text).not.toContain('\n');
    last = s.end;
  }
}

describe('segment: the SPIC–Alibaba pair (seed README sentence table)', () => {
  const en = corpusText('spic-alibaba.en.txt');
  const hi = corpusText('spic-alibaba.hi.txt');
  const enS = segment(en, 'en');
  const hiS = segment(hi, 'hi');

  it('gives 14 sentences on each side, with offsets into the text', () => {
    expect(enS).toHaveLength(14);
    expect(hiS).toHaveLength(14);
    expectOffsets(en, enS);
    expectOffsets(hi, hiS);
  });

  it('keeps the title lines as sentence 0', () => {
    expect(enS[0]!.text).toBe('State Power Investment Corporation Limited and Alibaba Reach Agreement');
    expect(hiS[0]!.text).toBe('राज्य विद्युत निवेश समूह कं, लिमिटेड अलीबाबा के साथ समझौते पर पहुंचता है');
  });

  it('splits the quotation that spans sentences 2–3, the closing quote staying with sentence 3', () => {
    expect(hiS[2]!.text).toMatch(/^अलीबाबा समूह के निदेशक मंडल .*कहा: “यह सामान्य प्रवृत्ति है .*हो रहा है।$/);
    expect(hiS[3]!.text).toMatch(/^अलीबाबा और एसपीआईसी के पास .*सक्षम होंगे।”$/);
    expect(enS[2]!.text).toMatch(/^Daniel Zhang, Chairman and CEO .*: “It is the general trend .*all-round way\.$/);
    expect(enS[3]!.text).toMatch(/^Alibaba and SPIC have the same vision .*responsibilities\.”$/);
  });

  it('reads the visarga in "यह भी देखेंः" as a colon, not a sentence end', () => {
    expect(hiS[10]!.text).toBe('यह भी देखेंःअलीबाबा क्लाउड कार्बन प्रबंधन समाधान ऊर्जा विशेषज्ञ का परिचय देता है');
    expect(enS[10]!.text).toBe('SEE ALSO: Alibaba Cloud Launches Carbon Management Solution Energy Expert');
  });

  it('survives the missing space in "समूहएक" and lines up the rows the README names', () => {
    expect(hiS[1]!.text).toContain('समूहएक रणनीतिक');
    expect(hiS[1]!.text.endsWith('हस्ताक्षर किए।')).toBe(true);
    expect(enS[8]!.text.startsWith('The SPIC is one of the three major nuclear power')).toBe(true);
    expect(hiS[8]!.text.startsWith('चीन इलेक्ट्रिक पावर ग्रुप चीन में तीन प्रमुख')).toBe(true);
    expect(enS[9]!.text).toMatch(/peak carbon dioxide emissions goals in 2023\.$/);
    expect(hiS[9]!.text).toContain('2023 तक');
    expect(enS[12]!.text).toContain('in 2030');
    expect(hiS[12]!.text).toContain('2030 तक');
    expect(enS[13]!.text).toContain('1.5 billion tons');
    expect(hiS[13]!.text).toContain('1.5 बिलियन टन');
  });
});

describe('segment: the other seed articles', () => {
  it('VNA (vi): 17 sentences; "11.11" and "1,5" stay inside theirs; short lines are sentences', () => {
    const text = corpusText('alibaba-goals-vna.vi.txt');
    const s = segment(text, 'vi');
    expectOffsets(text, s);
    expect(s).toHaveLength(17);
    expect(s[0]!.text).toBe('Tập đoàn Alibaba công bố mục tiêu trung tính các bon đến năm 2030');
    expect(s[2]!.text).toBe('Chú thích ảnh');
    expect(s[9]!.text).toMatch(/^Alibaba khởi xướng dự án “1,5 tỷ tấn cho 1,5 độ C”, .*vào năm 2035\.$/);
    expect(s[11]!.text).toBe('Tập đoàn Alibaba khởi động Lễ hội Mua sắm toàn cầu 11.11');
    expect(s[13]!.text).toMatch(/^Ngày 20\/10, .*11\.11 lần thứ 13, .*toàn diện\.$/);
    expect(s[14]!.text).toBe('Chia sẻ:');
  });

  it('TechWeb (machine-translated en): 49 sentences; "Dr. Wu Yin" and decimals are not split', () => {
    const text = corpusText('alibaba-report-techweb.en.txt');
    const s = segment(text, 'en');
    expectOffsets(text, s);
    expect(s).toHaveLength(49);
    expect(s[2]!.text).toBe('2022-02-04 14:57:57 TechWeb');
    expect(texts(s).some((t) => t.startsWith('Dr. Wu Yin, former deputy director'))).toBe(true);
    expect(texts(s).some((t) => t.startsWith('At present, China\'s energy intensity is the world average 1.3 times'))).toBe(true);
    expect(s[48]!.text).toBe('Random recommended');
  });

  // 18, read against the English translation (20 sentences): every split falls where an English sentence ends;
  // the two English ends not split are "…early 2021. It will achieve…" (the Thai has no space: "2021บรรลุ") and
  // "…carbon neutrality actions. In this regard…" ("ของ บริษัท ในเรื่องนี้", a space no cue marks). The earlier 19
  // held a split inside "50 พันล้านหยวน 7.9 พันล้านดอลลาร์สหรัฐ ‖ในระยะแรก" (one English sentence) and between
  // "ดังกล่าว บริษัท กำลังส่งเสริม ‖การปล่อยมลพิษ…" instead of before "บริษัท" (the subject of English sentence 5).
  it('Tencent (th): 18 sentences; numbers, Latin names and "2021บรรลุ" stay whole', () => {
    const text = corpusText('tencent-net-zero.th.txt');
    const s = segment(text, 'th');
    expectOffsets(text, s);
    expect(s).toHaveLength(18);
    expect(s[4]!.text.startsWith('บริษัท กำลังส่งเสริม การปล่อยมลพิษสุทธิเป็นศูนย์')).toBe(true);
    expect(s[5]!.text).toMatch(/^เมื่อวันที่ 19 เมษายน 2564 .*50 พันล้านหยวน 7\.9 พันล้านดอลลาร์สหรัฐ ในระยะแรก.*กลยุทธ์$/);
    expect(s[0]!.text).toBe('Tencent แสวงหาความเป็นกลางของคาร์บอนอย่างสมบูรณ์ภายในปี 2573');
    expect(texts(s).filter((t) => t.includes('Net Zero Action'))).toHaveLength(1);
    expect(texts(s).filter((t) => t.includes('ในต้นปี 2021บรรลุ'))).toHaveLength(1);
    expect(texts(s).filter((t) => t.endsWith('อยู่ที่ 5.111,000 ตัน'))).toHaveLength(1);
    expect(texts(s).filter((t) => t.includes('50 พันล้านหยวน 7.9 พันล้านดอลลาร์สหรัฐ'))).toHaveLength(1);
    expect(texts(s)).toContain('ดูเพิ่มเติมที่:รถไฟความเร็วสูงของจีนและการขนส่งสีเขียวทั่วโลก');
    expect(s[17]!.text.startsWith('Tencent กำลังทำงานร่วมกับ CarbFix ของไอซ์แลนด์')).toBe(true);
    expect(s[17]!.text).toContain('การจัดเก็บ CO2 ในประเทศจีน');
    // no fragment is a lone word, name or number
    for (const t of texts(s)) expect(t.length).toBeGreaterThanOrEqual(30);
  });

  it('Tencent (the project\'s English translation): 20 sentences, one paragraph per Thai paragraph', () => {
    const en = corpusText('tencent-net-zero.en.txt');
    const th = corpusText('tencent-net-zero.th.txt');
    expect(en.split(/\n\s*\n/).length).toBe(th.split(/\n\s*\n/).length);
    const s = segment(en, 'en');
    expectOffsets(en, s);
    expect(s).toHaveLength(20);
    expect(s[0]!.text).toBe('Tencent Seeks Complete Carbon Neutrality by 2030');
    expect(en).toContain('5,111,000 tons');
    expect(en).toContain('50 billion yuan (7.9 billion US dollars)');
    expect(en).toContain('19 April 2021');
    expect(en).not.toMatch(/25[67]\d/); // Buddhist-Era years rendered in the Western calendar
  });
});

describe('segment: rules', () => {
  const seg = (text: string, lang: LangCode) => texts(segment(text, lang));

  it('always ends a sentence at a line break, and yields nothing for blank text', () => {
    expect(seg('Title line\nFirst sentence. Second one\n\n  \nLast', 'en')).toEqual(['Title line', 'First sentence.', 'Second one', 'Last']);
    expect(segment('', 'en')).toEqual([]);
    expect(segment(' \n\t\n', 'hi')).toEqual([]);
  });

  it('keeps English abbreviations, initials, decimals and versions inside the sentence', () => {
    const text =
      'State Power Investment Group Co., Ltd. signed with Apple Inc. and XYZ Corp. on Jan. 5 vs. rivals, e.g. Amazon, at No. 10 Downing St. in the U.S. capital. ' +
      'Dr. J. K. Rowling said prices rose 1.5% in version 11.11 etc. Then he left... Nothing happened. It grew 3.2 times.';
    expect(seg(text, 'en')).toEqual([
      'State Power Investment Group Co., Ltd. signed with Apple Inc. and XYZ Corp. on Jan. 5 vs. rivals, e.g. Amazon, at No. 10 Downing St. in the U.S. capital.',
      'Dr. J. K. Rowling said prices rose 1.5% in version 11.11 etc.',
      'Then he left...',
      'Nothing happened.',
      'It grew 3.2 times.',
    ]);
  });

  it('ends a sentence after an abbreviation when a capitalised sentence follows, not before a lower-case word', () => {
    expect(seg('They sold shares of Alibaba Group Holding Ltd. The deal closed.', 'en')).toEqual([
      'They sold shares of Alibaba Group Holding Ltd.',
      'The deal closed.',
    ]);
    expect(seg('He said it in approx. five minutes. Yahoo! is a company. Really? Yes!', 'en')).toEqual([
      'He said it in approx. five minutes.',
      'Yahoo! is a company.',
      'Really?',
      'Yes!',
    ]);
  });

  it('keeps closing quotes and brackets with the sentence they close', () => {
    expect(seg('He said, “It works.” The plan (agreed in May.) Worked. “Why?” she asked.', 'en')).toEqual([
      'He said, “It works.”',
      'The plan (agreed in May.)',
      'Worked.',
      '“Why?” she asked.',
    ]);
  });

  it('splits Hindi at danda, double danda, "|" and a sentence-final dot; not at a visarga or डॉ.', () => {
    expect(seg('उन्होंने कहा: “यह सामान्य प्रवृत्ति है। अलीबाबा आगे बढ़ेगा।” कंपनी 2030 तक लक्ष्य पूरा करेगी॥ डॉ. शर्मा ने कहा कि यह 1.5 गुना है. अब आगे देखें | यह भी देखेंः अंत।', 'hi')).toEqual([
      'उन्होंने कहा: “यह सामान्य प्रवृत्ति है।',
      'अलीबाबा आगे बढ़ेगा।”',
      'कंपनी 2030 तक लक्ष्य पूरा करेगी॥',
      'डॉ. शर्मा ने कहा कि यह 1.5 गुना है.',
      'अब आगे देखें |',
      'यह भी देखेंः अंत।',
    ]);
    // a danda with no space after it still ends the sentence
    expect(seg('पहला वाक्य है।दूसरा वाक्य है।', 'hi')).toEqual(['पहला वाक्य है।', 'दूसरा वाक्य है।']);
  });

  it('splits Chinese at 。！？ with closing quotes kept, without spaces, and not at a decimal', () => {
    expect(seg('他说：“我们会在2030年实现碳中和。”公司还表示，将投资1.5亿元！这是真的吗？是的。', 'zh')).toEqual([
      '他说：“我们会在2030年实现碳中和。”',
      '公司还表示，将投资1.5亿元！',
      '这是真的吗？',
      '是的。',
    ]);
    // a remark in brackets after the full stop annotates that sentence (as "(see below)" does in English)
    expect(seg('阿里巴巴（Alibaba）宣布了目标。（见下文）', 'zh')).toEqual(['阿里巴巴（Alibaba）宣布了目标。（见下文）']);
  });

  it('keeps Chinese closing quotes “” ‘’ 「」 after 。 with their sentence; ； does not end one', () => {
    expect(seg('他说：“我们已经完成了。”她回答：‘很好。’经理写道：「明天开会。」会议改期了；大家都同意。', 'zh')).toEqual([
      '他说：“我们已经完成了。”',
      '她回答：‘很好。’',
      '经理写道：「明天开会。」',
      '会议改期了；大家都同意。',
    ]);
  });

  it('reads "a.m."/"p.m." before a weekday, month or time zone as inside the sentence, and before other capitals as an end', () => {
    expect(seg('At 1:15 a.m. Saturday, according to witnesses, the bus left. The talks ended at 5 p.m. The next day was calm.', 'en')).toEqual([
      'At 1:15 a.m. Saturday, according to witnesses, the bus left.',
      'The talks ended at 5 p.m.',
      'The next day was calm.',
    ]);
    expect(seg('The launch is at 9 a.m. EST on the island.', 'en')).toHaveLength(1);
  });

  it('attaches a citation or remark in brackets to the sentence its full stop ended', () => {
    expect(seg('Flexible working hours reduce the limits of time. (Bremer, 1998) The use of the Internet grew.', 'en')).toEqual([
      'Flexible working hours reduce the limits of time. (Bremer, 1998)',
      'The use of the Internet grew.',
    ]);
    expect(seg('It flies to South America. (see below) In 1994, the region fought.', 'en')).toEqual([
      'It flies to South America. (see below)',
      'In 1994, the region fought.',
    ]);
    expect(seg('लचीले कार्य घंटों में बदलाव किया जा सकता है. (ब्रेमर, 1998) इंटरनेट का उपयोग बढ़ा।', 'hi')).toEqual([
      'लचीले कार्य घंटों में बदलाव किया जा सकता है. (ब्रेमर, 1998)',
      'इंटरनेट का उपयोग बढ़ा।',
    ]);
    expect(seg('时间上的限制也比较少。（布雷默，1998年）学习者可以使用互联网。', 'zh')).toEqual(['时间上的限制也比较少。（布雷默，1998年）', '学习者可以使用互联网。']);
    // a bracketed sentence of its own, and a list marker, stay apart
    expect(seg('Done. (1) First item. (Note: this ends.) Then more.', 'en')).toEqual(['Done.', '(1) First item.', '(Note: this ends.)', 'Then more.']);
  });

  it('ends a sentence at an ellipsis followed by a capital (news prose), not at one followed by a lower-case word', () => {
    expect(seg('At present, there are... Every year the demand grows. He paused... and went on.', 'en')).toEqual([
      'At present, there are...',
      'Every year the demand grows.',
      'He paused... and went on.',
    ]);
  });

  it('starts a sentence at a capitalised sentence adverb after an unpunctuated line end ("selfishly Hopefully,")', () => {
    expect(seg('Many gain more in the short term by acting selfishly Hopefully, most people will see that. He said, However, it was fine.', 'en')).toEqual([
      'Many gain more in the short term by acting selfishly',
      'Hopefully, most people will see that.',
      'He said, However, it was fine.',
    ]);
  });

  it('reads a lone accented capital as a word, not an initial (Vietnamese "Ý", Italy)', () => {
    expect(seg('Monterosso nằm ở vùng Liguria của Ý. Chúng được liệt kê trong danh sách di sản.', 'vi')).toEqual([
      'Monterosso nằm ở vùng Liguria của Ý.',
      'Chúng được liệt kê trong danh sách di sản.',
    ]);
  });

  it('splits Vietnamese, keeping TS., decimal commas and 11.11 inside', () => {
    expect(seg('Ông A cho biết: “Chúng tôi sẽ đạt mục tiêu.” Theo TS. Trần, mức giảm là 1,5 tỷ tấn. Lễ hội 11.11 bắt đầu ngày 20/10.', 'vi')).toEqual([
      'Ông A cho biết: “Chúng tôi sẽ đạt mục tiêu.”',
      'Theo TS. Trần, mức giảm là 1,5 tỷ tấn.',
      'Lễ hội 11.11 bắt đầu ngày 20/10.',
    ]);
  });

  it('splits Thai at a clause-separating space between long clauses', () => {
    expect(seg('บริษัทประกาศผลประกอบการประจำปีเมื่อวันจันทร์ที่ผ่านมาโดยมีรายได้เพิ่มขึ้นอย่างมาก นักวิเคราะห์หลายคนคาดว่าแนวโน้มนี้จะดำเนินต่อไปในปีหน้าด้วย', 'th')).toEqual([
      'บริษัทประกาศผลประกอบการประจำปีเมื่อวันจันทร์ที่ผ่านมาโดยมีรายได้เพิ่มขึ้นอย่างมาก',
      'นักวิเคราะห์หลายคนคาดว่าแนวโน้มนี้จะดำเนินต่อไปในปีหน้าด้วย',
    ]);
    // the discourse opener อย่างไรก็ตาม starts the new sentence; the space after it does not end one
    expect(seg('เขาเดินทางไปกรุงเทพฯ เมื่อวานนี้เพื่อเข้าร่วมการประชุมสำคัญเกี่ยวกับสภาพภูมิอากาศของโลก อย่างไรก็ตาม การประชุมดังกล่าวถูกเลื่อนออกไปเป็นสัปดาห์หน้าเนื่องจากสภาพอากาศไม่ดี', 'th')).toEqual([
      'เขาเดินทางไปกรุงเทพฯ เมื่อวานนี้เพื่อเข้าร่วมการประชุมสำคัญเกี่ยวกับสภาพภูมิอากาศของโลก',
      'อย่างไรก็ตาม การประชุมดังกล่าวถูกเลื่อนออกไปเป็นสัปดาห์หน้าเนื่องจากสภาพอากาศไม่ดี',
    ]);
  });

  it('never splits Thai inside a number, a Latin name, before ๆ or before a conjunction, nor short fragments off', () => {
    for (const text of [
      'โครงการ Net Zero Action ของบริษัทจะช่วยลดการปล่อยคาร์บอนได้มากกว่า 5 111 000 ตัน ต่อปีในระยะยาวตามที่ได้วางแผนไว้แล้ว',
      'รัฐบาลประกาศแผนลดการปล่อยก๊าซเรือนกระจกภายในปี 2573 ด้วยงบประมาณ 50 พันล้านบาท และจะเริ่มดำเนินการทันทีตามที่ได้ประกาศไว้',
      'นักวิทยาศาสตร์ได้ทดลองเทคโนโลยีใหม่ ๆ ในศูนย์ข้อมูลหลายแห่งทั่วประเทศเป็นเวลานาน ซึ่งช่วยลดการใช้พลังงานลงได้อย่างมาก',
      'ราคา 50 บาท',
      'Tencent ประกาศ',
    ]) {
      expect(seg(text, 'th')).toEqual([text]);
    }
  });

  it('does not split at a Thai abbreviation dot, even glued to the word before it, nor at "!" before และ', () => {
    expect(seg('ในปี ค.ศ. 2021 บริษัทได้เริ่มดำเนินการตามแผนที่วางไว้อย่างต่อเนื่อง', 'th')).toHaveLength(1);
    expect(seg('รายชื่อชาวอเมริกันที่ร่ำรวยที่สุดประจำปีได้รับการเผยแพร่ในปีค.ศ. 2008 โดยนิตยสารชื่อดังฉบับหนึ่งของสหรัฐอเมริกา', 'th')).toHaveLength(1);
    expect(seg('ลมแรงสูงสุด 40 ไมล์/ชม. (64 กม./ชม.) และกำลังเคลื่อนตัวไปทางทิศตะวันตกเฉียงเหนืออย่างช้า ๆ ตลอดทั้งคืน', 'th')).toHaveLength(1);
    expect(seg('จำนวนผู้ใช้บริการของ Yahoo! และบริการของไมโครซอฟต์รวมกันจะมีมากกว่าผู้ใช้บริการของคู่แข่งรายใหญ่ทั้งหมด', 'th')).toHaveLength(1);
  });

  it('Thai: a discourse connective or a Latin subject followed by a Thai predicate opens a sentence', () => {
    expect(seg('พายุลูกนี้ทำให้บ้านเรือนเสียหายมากกว่าหนึ่งพันหลังในจังหวัดทางภาคใต้ของประเทศ นอกจากนี้ ยังมีผู้ได้รับบาดเจ็บอีกหลายสิบคนจากเหตุการณ์ดังกล่าว', 'th')).toEqual([
      'พายุลูกนี้ทำให้บ้านเรือนเสียหายมากกว่าหนึ่งพันหลังในจังหวัดทางภาคใต้ของประเทศ',
      'นอกจากนี้ ยังมีผู้ได้รับบาดเจ็บอีกหลายสิบคนจากเหตุการณ์ดังกล่าว',
    ]);
    expect(seg('ราคาน้ำมันในตลาดโลกปรับตัวสูงขึ้นอย่างต่อเนื่องตลอดสัปดาห์ที่ผ่านมา Microsoft ได้ประกาศว่าจะลดราคาผลิตภัณฑ์ทั้งหมดลงในปีหน้า', 'th')).toEqual([
      'ราคาน้ำมันในตลาดโลกปรับตัวสูงขึ้นอย่างต่อเนื่องตลอดสัปดาห์ที่ผ่านมา',
      'Microsoft ได้ประกาศว่าจะลดราคาผลิตภัณฑ์ทั้งหมดลงในปีหน้า',
    ]);
  });

  it('Thai: explains each space by the cues that fired, each pushing the score its way', () => {
    const text = 'เขาเดินทางไปกรุงเทพฯ เพื่อเข้าร่วมการประชุมสำคัญเกี่ยวกับสภาพภูมิอากาศของโลกแล้ว อย่างไรก็ตาม การประชุมถูกเลื่อนออกไป และจะจัดขึ้นในสัปดาห์หน้า';
    const spaces = explainSpaces(text, 0, text.length, languagePack('th').sentence);
    const at = (word: string) => spaces.find((s) => text.startsWith(word, s.at))!;
    expect(at('เพื่อ').cues).toContain('CONTINUES_AFTER');
    expect(at('อย่างไรก็ตาม').cues).toEqual(expect.arrayContaining(['CONNECTIVE', 'CLOSES']));
    expect(at('การประชุมถูก').cues).toContain('CONTINUES_BEFORE'); // the space after a connective
    expect(at('และ').cues).toContain('CONTINUES_AFTER');
    expect(at('อย่างไรก็ตาม').score).toBeGreaterThan(0);
    for (const w of ['เพื่อ', 'การประชุมถูก', 'และ']) expect(at(w).score).toBeLessThan(0);
  });

  it('Thai: a fronted time phrase stays with the sentence it opens', () => {
    expect(seg('ผู้เช่าหลายรายเริ่มเล่าเรื่องราวที่เกิดขึ้นกับพวกเขาให้กันฟังในที่ประชุม ในเดือนเมษายนปีนี้ ผู้พิพากษาได้ออกคำสั่งห้ามการขับไล่ผู้เช่าทั้งหมดชั่วคราว', 'th')).toEqual([
      'ผู้เช่าหลายรายเริ่มเล่าเรื่องราวที่เกิดขึ้นกับพวกเขาให้กันฟังในที่ประชุม',
      'ในเดือนเมษายนปีนี้ ผู้พิพากษาได้ออกคำสั่งห้ามการขับไล่ผู้เช่าทั้งหมดชั่วคราว',
    ]);
  });

  it('Thai: never splits inside a titled name, a date, an amount and its conversion, or a list', () => {
    for (const text of [
      'การประชุมครั้งนี้มีผู้เข้าร่วมจากหลายประเทศทั่วโลกเป็นจำนวนมากกว่าที่คาดไว้แล้ว เซอร์ริชาร์ด แบรนสัน ได้กล่าวเปิดงานด้วยตนเองเมื่อเช้าวันนี้',
      'ผู้เช่าได้ยื่นฟ้องต่อศาลเมื่อวันที่ 20 มีนาคม ที่ศูนย์กฎหมายชุมชนแห่งหนึ่งในเมืองโอ๊กแลนด์ของรัฐแคลิฟอร์เนีย',
      'รัฐบาลจีนประกาศว่าจะลงทุนในโครงการพลังงานสะอาดเป็นเงิน 50 พันล้านหยวน 7.9 พันล้านดอลลาร์สหรัฐ ในระยะแรกของแผนพัฒนาห้าปี',
      'คณะกรรมการได้รับฟังความเห็นจากผู้พิพากษา นักกฎหมาย และทนายความหลายคนที่เกี่ยวข้องกับคดีนี้โดยตรงตลอดทั้งเดือน',
    ]) {
      expect(seg(text, 'th')).toEqual([text]);
    }
  });

  it('treats "2021บรรลุ" and other missing spaces as ordinary text', () => {
    expect(seg('ในต้นปี 2021บรรลุความเป็นกลางของคาร์บอน', 'th')).toEqual(['ในต้นปี 2021บรรลุความเป็นกลางของคาร์บอน']);
    expect(seg('It ended.Then it began again.', 'en')).toEqual(['It ended.Then it began again.']);
  });

  it('runs in linear time on pathological runs (dots, spaces, terminators)', () => {
    const cases: Array<[string, LangCode]> = [
      ['a.'.repeat(1_000_000), 'en'],
      ['.'.repeat(2_000_000), 'en'],
      ['ก '.repeat(1_000_000), 'th'],
      // every chunk opens and closes with a cue word, so word segmentation runs at every space
      ['การประชุม และ '.repeat(50_000), 'th'],
      ['।'.repeat(1_000_000), 'hi'],
      ['x'.repeat(2_000_000), 'zh'],
    ];
    // A guard against a quadratic step (which would take hours here), not a speed measure: `npm run bench` measures
    // speed. The bound leaves room for a loaded two-core CI machine.
    for (const [text, lang] of cases) {
      const t0 = performance.now();
      segment(text, lang);
      expect(performance.now() - t0).toBeLessThan(30_000);
    }
  });
});
