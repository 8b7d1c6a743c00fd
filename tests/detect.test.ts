import { describe, expect, it } from 'vitest';
import { detectLanguage, parseLangCode, resolveLanguage, resolvePairLanguages } from '../src/core/detect.js';
import { UserError } from '../src/core/errors.js';
import { corpusText } from './helpers.js';

describe('detectLanguage', () => {
  it('names each seed article by its language', () => {
    expect(detectLanguage(corpusText('spic-alibaba.hi.txt'))).toBe('hi');
    expect(detectLanguage(corpusText('spic-alibaba.en.txt'))).toBe('en');
    expect(detectLanguage(corpusText('alibaba-report-techweb.en.txt'))).toBe('en');
    expect(detectLanguage(corpusText('alibaba-goals-vna.vi.txt'))).toBe('vi');
    expect(detectLanguage(corpusText('tencent-net-zero.th.txt'))).toBe('th');
    expect(detectLanguage(corpusText('tencent-net-zero.en.txt'))).toBe('en');
  });

  it('reads the script, even with Latin names and numbers mixed in', () => {
    expect(detectLanguage('阿里巴巴集团宣布2030年实现碳中和（Alibaba Group）。')).toBe('zh');
    expect(detectLanguage('Tencent ประกาศ Net Zero Action ภายในปี 2573')).toBe('th');
    expect(detectLanguage('SPIC अलीबाबा को 2030 तक मदद करेगा।')).toBe('hi');
  });

  it('tells Vietnamese from English by its letters, or by common words when typed without diacritics', () => {
    expect(detectLanguage('Tập đoàn Alibaba công bố mục tiêu trung tính các bon.')).toBe('vi');
    expect(detectLanguage('Alibaba cam ket giam 1,5 ty tan cac bon trong he sinh thai cua Tap doan va cac doi tac vao nam 2035')).toBe('vi');
    expect(detectLanguage('Tan Nam and Doan Da met the mayor in Hanoi on Monday to discuss the new trade agreement between the two cities')).toBe('en');
    expect(detectLanguage('The company will achieve carbon neutrality in 2030.')).toBe('en');
  });

  it('returns null for text without letters', () => {
    expect(detectLanguage('2030 — 1.5 %')).toBeNull();
    expect(detectLanguage('')).toBeNull();
  });
});

describe('language flags', () => {
  it('accepts known codes in any case and refuses unknown ones with a UserError', () => {
    expect(parseLangCode('TH')).toBe('th');
    expect(() => parseLangCode('fr')).toThrow(UserError);
    expect(() => parseLangCode('fr')).toThrow(/unknown language code 'fr'.*en, hi, vi, th, zh/);
  });

  it('lets an explicit flag win over detection', () => {
    expect(resolveLanguage('The company said so.', 'vi', 'a.txt')).toBe('vi');
    expect(() => resolveLanguage('2030', undefined, 'numbers.txt')).toThrow(/cannot tell the language of numbers\.txt/);
  });

  it('refuses a flag that names another script than the text is written in, but not for a few words', () => {
    const en = corpusText('spic-alibaba.en.txt');
    expect(() => resolveLanguage(en, 'th', 'spic-alibaba.en.txt', 'src-lang')).toThrow(
      /^spic-alibaba\.en\.txt is set to Thai \(--src-lang th\) but is written in Latin script \(it looks like English\)/,
    );
    expect(() => resolveLanguage(corpusText('tencent-net-zero.th.txt'), 'zh', 't.txt')).toThrow(/written in Thai script/);
    expect(resolveLanguage('Tencent 2021', 'th', 'a line')).toBe('th');
    // one script, two languages: the user's call
    expect(resolveLanguage(en, 'vi', 'a.txt')).toBe('vi');
  });

  it('resolves a pair, explicit flags first, the rest detected', () => {
    const hi = corpusText('spic-alibaba.hi.txt');
    const en = corpusText('spic-alibaba.en.txt');
    expect(resolvePairLanguages({ srcText: en, tgtText: hi })).toEqual({ srcLang: 'en', tgtLang: 'hi' });
    expect(resolvePairLanguages({ srcText: en, tgtText: hi, tgtLang: 'hi' })).toEqual({ srcLang: 'en', tgtLang: 'hi' });
    expect(resolvePairLanguages({ srcText: 'Ngay mai', tgtText: hi, srcLang: 'vi' })).toEqual({ srcLang: 'vi', tgtLang: 'hi' });
  });

  it('refuses a pair whose two sides are in the same language', () => {
    const en = corpusText('spic-alibaba.en.txt');
    expect(() => resolvePairLanguages({ srcText: en, tgtText: en })).toThrow(UserError);
    expect(() => resolvePairLanguages({ srcText: en, tgtText: en })).toThrow(/source and target both look like English \(en\)/);
    const hi = corpusText('spic-alibaba.hi.txt');
    expect(() => resolvePairLanguages({ srcText: hi, tgtText: 'x', srcLang: 'hi', tgtLang: 'hi' })).toThrow(/^source and target are both set to Hindi \(hi\); xalign compares a text with its translation in another language: set --src-lang and --tgt-lang to two different languages$/);
    expect(() => resolvePairLanguages({ srcText: en, tgtText: en, tgtLang: 'xx' })).toThrow(/unknown language code 'xx' for --tgt-lang/);
  });
});
