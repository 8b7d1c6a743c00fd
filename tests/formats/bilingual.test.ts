import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import { parseBilingual, primaryLanguage } from '../../src/formats/bilingual.js';
import { ROOT } from '../helpers.js';

const fixture = (name: string) => readFileSync(`${ROOT}tests/fixtures/bilingual/${name}`, 'utf8');
const read = (name: string) => parseBilingual(fixture(name), name);
function refusal(name: string): string {
  try {
    read(name);
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return (error as Error).message;
  }
  throw new Error(`${name} was accepted`);
}

describe('XLIFF 1.2', () => {
  const doc = read('sample-1.2.xlf');
  it('reads languages and translatable units (translate="no" skipped, nested groups read)', () => {
    expect(doc).toMatchObject({ format: 'xliff-1.2', srcLang: 'en', tgtLang: 'hi' });
    expect(doc.units.map((u) => u.id)).toEqual(['t1', 't2', 't3', 't5']);
    expect(doc.units.map((u) => u.line)).toEqual([9, 14, 18, 26]);
  });
  it('keeps the text of <g>, drops <x/>, <ph>, <bpt>/<ept> native code, expands entities and CDATA', () => {
    const [t1, t2, t3, t5] = doc.units;
    expect(t1!.source).toBe('On July 5, State Power Investment Corporation (SPIC) and Alibaba signed eight implementation agreements.');
    expect(t1!.target).toBe('5 जुलाई को, राज्य विद्युत निवेश समूह और अलीबाबा ने आठ कार्यान्वयन समझौतों पर हस्ताक्षर किए।');
    expect(t2!.source).toBe('The SPIC will achieve its peak carbon dioxide emissions goals in 2023 & beyond.');
    expect(t3!.source).toBe("Alibaba's goal: 1.5 billion tons <by> 2035");
    expect(t3!.target).toBe('अलीबाबा का लक्ष्य: 2035 तक 1.5 बिलियन टन');
    expect(t5!.source).toBe('Price: ₹ 100 crore');
    expect(t5!.target).toBe('');
  });
});

describe('XLIFF 2.0', () => {
  const doc = read('sample-2.0.xlf');
  it('reads one unit per segment with pc/mrk text kept and ph/sc/ec dropped', () => {
    expect(doc).toMatchObject({ format: 'xliff-2.0', srcLang: 'en-US', tgtLang: 'vi' });
    expect(primaryLanguage(doc.srcLang)).toBe('en');
    expect(doc.units).toEqual([
      { id: 's1', source: 'Alibaba will achieve carbon neutrality in its own operations by 2030.', target: 'Alibaba sẽ đạt trung hòa carbon trong hoạt động của mình vào năm 2030.', line: 6 },
      { id: 'u2#1', source: 'It plans to cut 1.5 billion tons of emissions & more!', target: 'Kế hoạch cắt giảm 1,5 tỷ tấn <khí thải> & hơn nữa!', line: 12 },
      { id: 'u2#2', source: 'The Scope 3 goal covers the value chain.', target: 'Mục tiêu Phạm vi 3 bao gồm chuỗi giá trị.', line: 17 },
    ]);
  });
});

describe('TMX 1.4', () => {
  it('takes the header srclang as source and the next language as target; inline codes dropped, <hi> kept', () => {
    const doc = read('sample-1.4.tmx');
    expect(doc).toMatchObject({ format: 'tmx', srcLang: 'th-TH', tgtLang: 'en-US' });
    expect(doc.units.map((u) => [u.source, u.target])).toEqual([
      ['เทนเซ็นต์ตั้งเป้าความเป็นกลางทางคาร์บอนภายในปี 2573', 'Tencent aims for carbon neutrality by 2030'],
      ['การปล่อยลดลง 5,111,000 ตัน & มากกว่า', 'Emissions fell 5,111,000 tons & more'],
      ['ในปี 2564 และ', 'in 2021 and'],
    ]);
  });
  it('picks the requested target among several languages', () => {
    const doc = parseBilingual(fixture('sample-1.4.tmx'), 'sample-1.4.tmx', { tgtLang: 'zh' });
    expect(doc.tgtLang).toBe('zh');
    expect(doc.units.map((u) => u.target)).toEqual(['排放减少了511.1万吨']);
  });
  it('does not decode an escaped entity twice', () => {
    const doc = parseBilingual('<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>&amp;#8377; 5</seg></tuv><tuv xml:lang="hi"><seg>x</seg></tuv></tu></body></tmx>', 'a.tmx');
    expect(doc.units[0]!.source).toBe('&#8377; 5');
  });
});

describe('refusals are one line with the line number', () => {
  it('malformed XML', () => {
    expect(refusal('malformed.xlf')).toMatch(/^malformed\.xlf:6: malformed XML: .*closing tag/);
    expect(refusal('malformed.tmx')).toMatch(/^malformed\.tmx:5: malformed XML/);
  });
  it('external entities, SYSTEM or PUBLIC, are never resolved', () => {
    expect(refusal('external-entity.xlf')).toMatch(/^external-entity\.xlf:3: refusing an external entity .*SYSTEM/);
    expect(refusal('external-entity-public.tmx')).toMatch(/^external-entity-public\.tmx:2: refusing an external entity .*PUBLIC/);
    for (const name of ['malformed.xlf', 'external-entity.xlf']) expect(refusal(name)).not.toContain('\n');
  });
  it('a DOCTYPE naming an external DTD is fine (it is never fetched)', () => {
    expect(read('sample-1.4.tmx').units).toHaveLength(3);
  });
});

describe('TSV / CSV', () => {
  it('reads CSV with a header, quoted commas and doubled quotes', () => {
    const doc = read('pairs.csv');
    expect(doc.format).toBe('csv');
    expect(doc.units.map((u) => [u.id, u.source, u.target, u.line])).toEqual([
      ['1', 'On July 5, SPIC and Alibaba signed eight agreements.', '5 जुलाई को, एसपीआईसी और अलीबाबा ने आठ समझौतों पर हस्ताक्षर किए।', 2],
      ['2', 'He said: "peak in 2023"', 'उन्होंने कहा: "2023 तक"', 3],
    ]);
  });
  it('reads a language-code header as the languages', () => {
    const doc = read('pairs-langs.tsv');
    expect(doc).toMatchObject({ format: 'tsv', srcLang: 'en', tgtLang: 'hi' });
    expect(doc.units).toHaveLength(2);
  });
  it('reads TSV without a header, and names the line of a row without a tab', () => {
    expect(parseBilingual('in 2023\t2023 में\npeak\tशिखर\n', 'rows.tsv').units.map((u) => u.target)).toEqual(['2023 में', 'शिखर']);
    expect(() => parseBilingual('a\tb\nno tab here\n', 'rows.tsv')).toThrow(/^rows\.tsv:2: expected source and target separated by a tab/);
  });
});
