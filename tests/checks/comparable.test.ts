// Comparable mode (two articles on the same news): only conflicts between sentences the aligner paired by a shared
// fact are findings, worded as a difference between the articles; plus number words inside names (translation mode).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/pipeline.js';
import type { Finding, LangCode } from '../../src/core/types.js';
import { corpusText } from '../helpers.js';
import { checkRows, ofFamily, serious } from './helpers.js';

const VNA = corpusText('alibaba-goals-vna.vi.txt');
const TECHWEB = corpusText('alibaba-report-techweb.en.txt');
const SPIC_EN = corpusText('spic-alibaba.en.txt');

function comparable(srcText: string, tgtText: string, srcLang: LangCode, tgtLang: LangCode): Finding[] {
  return analyze({ srcText, tgtText, srcLang, tgtLang, mode: 'comparable' }).findings;
}

/** The corpus text with one planted change (the test fails loudly if the corpus no longer has the phrase). */
function plant(text: string, from: string, to: string, all = false): string {
  expect(text).toContain(from);
  return all ? text.replaceAll(from, to) : text.replace(from, to);
}

describe('comparable mode on the corpus pairs', () => {
  it('alibaba-report: only the relation conflict, "vào năm 2030" against "No later than 2030", at any severity', () => {
    const findings = comparable(VNA, TECHWEB, 'vi', 'en');
    expect(findings.map((f) => f.rule)).toEqual(['temporal']);
    expect(findings[0]!.message).toMatch(/^The two articles differ: the source article says “vào năm 2030” .*, the target article says “No later than 2030”/);
  });

  it('alibaba-goals: nothing (halve = giảm 50%; "15 years" is not the article "một"; unpaired sentences are no omission)', () => {
    expect(comparable(SPIC_EN, VNA, 'en', 'vi')).toEqual([]);
  });
});

describe('comparable mode still reports conflicts', () => {
  it('the same amount tied to another year', () => {
    const findings = comparable(plant(VNA, 'năm 2035', 'năm 2040', true), TECHWEB, 'vi', 'en').filter((f) => f.rule === 'number');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toMatch(/^The two articles differ: the same amount \(“1,5 tỷ tấn” = “15 One hundred million tons”.*tied to “năm 2040” = 2040 in the source article and to “2035” in the target article/);
    expect(findings[0]!.severity).toBe('warning');
  });

  it('another time relation and another organisation in paired sentences', () => {
    const by = comparable(plant(SPIC_EN, 'carbon neutrality in 2030', 'carbon neutrality by 2030'), VNA, 'en', 'vi');
    expect(by.map((f) => f.rule)).toEqual(['temporal']);
    expect(by[0]!.message).toMatch(/^The two articles differ: the source article says “by 2030”/);
    const who = comparable(plant(SPIC_EN, 'The report stated that the company', 'The report stated that Tencent'), VNA, 'en', 'vi');
    expect(who.map((f) => f.rule)).toEqual(['entity']);
    expect(who[0]!.message).toMatch(/^The two articles differ: the source article names “Tencent” here/);
  });
});

describe('number words', () => {
  it('a percentage and the same share as a fraction agree (giảm 50% = halve), another share does not', () => {
    expect(serious(checkRows('vi', 'en', [['Công ty đặt mục tiêu giảm 50% lượng khí thải vào năm 2030.', 'The company aims to halve its emissions in 2030.']]))).toEqual([]);
    expect(ofFamily(checkRows('vi', 'en', [['Công ty đặt mục tiêu giảm 40% lượng khí thải vào năm 2030.', 'The company aims to halve its emissions in 2030.']]), 'number')).toHaveLength(1);
  });

  it('a number word inside a capitalized name of several words is part of the name ("Net Zero Action")', () => {
    expect(checkRows('th', 'en', [['Tencent ประกาศว่าจะเปิดตัว Net Zero Action ในปี 2564', 'Tencent announced that it will launch Net Zero Action in 2021.']])).toEqual([]);
    const tencent = analyze({ srcText: corpusText('tencent-net-zero.th.txt'), tgtText: corpusText('tencent-net-zero.en.txt'), srcLang: 'th', tgtLang: 'en' });
    expect(tencent.findings.filter((f) => f.rule === 'number')).toEqual([]);
  });

  it('but a capitalized number word opening a sentence is still a count', () => {
    expect(ofFamily(checkRows('vi', 'en', [['Ba công ty Trung Quốc đã ký thỏa thuận.', 'Two Chinese firms signed the deal.']]), 'number')).toHaveLength(1);
  });
});

describe('temporal: a relative year between the marker and the date', () => {
  it('reads 截至|今年|3月底 as "by the end of March this year", and still flags "at the end of March"', () => {
    const zh = '截至今年3月底，光伏装机容量达到4.5亿千瓦。';
    expect(ofFamily(checkRows('zh', 'en', [[zh, 'By the end of March this year, solar capacity had reached 450 million kilowatts.']]), 'temporal')).toEqual([]);
    expect(ofFamily(checkRows('zh', 'en', [[zh, 'At the end of March this year, solar capacity had reached 450 million kilowatts.']]), 'temporal')).toHaveLength(1);
  });
});
