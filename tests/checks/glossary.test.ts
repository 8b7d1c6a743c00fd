import { describe, expect, it } from 'vitest';
import { analyzeRows } from '../../src/core/pipeline.js';
import { builtinGlossary } from '../../src/core/glossary.js';
import { parseGlossary } from '../../src/formats/glossary.js';

describe('glossaries', () => {
  it('builds the built-in glossary from the packs in all five languages', () => {
    const peak = builtinGlossary().find((e) => e.id === 'peak');
    expect(Object.keys(peak?.forms ?? {}).sort()).toEqual(['en', 'hi', 'th', 'vi', 'zh']);
  });

  it('reads a CSV glossary with a header of language codes and uses it', () => {
    const entries = parseGlossary('en,hi,note\n"grid parity","ग्रिड समता|ग्रिड पैरिटी",x\n', 'my.csv');
    expect(entries).toEqual([{ id: 'my.csv:2', forms: { en: ['grid parity'], hi: ['ग्रिड समता', 'ग्रिड पैरिटी'] }, origin: 'my.csv' }]);
    const a = analyzeRows({ srcLang: 'en', tgtLang: 'hi', glossary: entries, rows: [{ source: 'Solar reached grid parity.', target: 'सौर ऊर्जा सस्ती हो गई।' }] });
    expect(a.findings.some((f) => f.family === 'term' && f.message.includes('grid parity') && f.message.includes('my.csv'))).toBe(true);
  });

  it('reads TBX without expanding entities', () => {
    const tbx = `<?xml version="1.0"?>
<!DOCTYPE martif [<!ENTITY boom "BOOM">]>
<martif type="TBX"><text><body>
<termEntry id="t1"><langSet xml:lang="en"><tig><term>offset &boom;</term></tig></langSet>
<langSet xml:lang="vi-VN"><tig><term>bù trừ</term></tig></langSet></termEntry>
</body></text></martif>`;
    const [entry] = parseGlossary(tbx, 'terms.tbx');
    expect(entry?.id).toBe('t1');
    expect(entry?.forms.vi).toEqual(['bù trừ']);
    expect(entry?.forms.en?.[0]).not.toContain('BOOM');
  });

  it('refuses a glossary without language columns, in one line', () => {
    expect(() => parseGlossary('term,translation\na,b\n', 'bad.csv')).toThrow(/first line must name at least two language codes/);
  });
});
