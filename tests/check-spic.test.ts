// The SPIC–Alibaba pair end to end: the seed README's findings, and silence on what matches.
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/core/pipeline.js';
import { corpusText } from './helpers.js';

const analysis = analyze({ srcLang: 'en', tgtLang: 'hi', srcText: corpusText('spic-alibaba.en.txt'), tgtText: corpusText('spic-alibaba.hi.txt') });
const serious = analysis.findings.filter((f) => f.severity !== 'info');
const about = (i: number) => serious.filter((f) => f.src.includes(i));

describe('SPIC–Alibaba (en → hi)', () => {
  it('flags the 2023 sentence for the dropped "peak" and "in" → "तक"', () => {
    const s9 = about(9);
    expect(s9.some((f) => f.family === 'term' && f.message.includes('“peak”'))).toBe(true);
    expect(s9.some((f) => f.family === 'temporal' && f.message.includes('2023') && f.message.includes('तक'))).toBe(true);
  });

  it('reports SPIC → China Electric Power Group as one substitution', () => {
    const swaps = about(8).filter((f) => f.family === 'entity');
    expect(swaps).toHaveLength(1);
    expect(swaps[0]?.message).toContain('“SPIC” → “चीन इलेक्ट्रिक पावर ग्रुप”');
  });

  it('reports Daniel Zhang → Zhang Yong as a partial match', () => {
    const [f] = about(2).filter((x) => x.family === 'entity');
    expect(f?.message).toMatch(/Daniel Zhang.*झांग योंग.*“Daniel” missing.*Yong/);
  });

  it('raises nothing on the facts that match', () => {
    const families = new Set(serious.map((f) => `${f.src.join()}:${f.family}`));
    // July 5, eight, three, end of 2021, 1.5 billion tons, 15 years; SPIC = एसपीआईसी; Alibaba = अलीबाबा
    expect(serious.filter((f) => f.family === 'number')).toEqual([]);
    expect([...families].filter((k) => !['2:entity', '8:entity', '9:term', '9:temporal', '12:temporal'].includes(k))).toEqual([]);
  });
});

describe('tencent-net-zero (th → en)', () => {
  it('gives no error on a faithful translation', () => {
    const a = analyze({ srcLang: 'th', tgtLang: 'en', srcText: corpusText('tencent-net-zero.th.txt'), tgtText: corpusText('tencent-net-zero.en.txt') });
    expect(a.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(a.findings.filter((f) => f.severity === 'warning' && ['number', 'entity', 'temporal'].includes(f.family) && f.src.length === 1 && f.tgt.length === 1)).toEqual([]);
  });
});
