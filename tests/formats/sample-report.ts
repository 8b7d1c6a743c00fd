// A hand-built Report (the shape of src/core/report.ts) on real corpus sentences, for the writers' tests:
// the SPIC 2023 sentence with its two findings, a faithful pair, a hostile sentence, and an unpaired target.
import type { Report, ReportFinding } from '../../src/core/report.js';
import type { Evidence, Fact, Sentence } from '../../src/core/types.js';
import { corpusText } from '../helpers.js';

export const HOSTILE_SRC = 'The board said <script>alert(1)</script> and "><img src=x onerror=alert(2)> in 2030.';
export const HOSTILE_TGT = 'बोर्ड ने कहा <script>window.__xss = 1</script> 2030 तक \'"><svg onload=alert(3)>';

function sentence(text: string, all: Sentence[]): Sentence {
  const start = all.length ? all[all.length - 1]!.end + 1 : 0;
  const s = { text, start, end: start + text.length };
  all.push(s);
  return s;
}

function fact(text: string, needle: string, value: number, kind: Fact['kind'] = 'year', from = 0): Fact {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`fixture: "${needle}" not in "${text}"`);
  return { kind, value, text: needle, start, end: start + needle.length };
}

function ev(side: 'src' | 'tgt', sentenceIndex: number, text: string, needle: string, last = false): Evidence {
  const start = last ? text.lastIndexOf(needle) : text.indexOf(needle);
  if (start < 0) throw new Error(`fixture: "${needle}" not in "${text}"`);
  return { side, sentence: sentenceIndex, start, end: start + needle.length, text: needle };
}

export function spicSentences(): { en: string; hi: string } {
  const en = corpusText('spic-alibaba.en.txt').split('\n').find((l) => l.includes('2023'))!;
  const hi = corpusText('spic-alibaba.hi.txt').split('\n').find((l) => l.includes('2023'))!;
  // The second sentence of each paragraph is the 2023 one.
  return { en: en.slice(en.indexOf('After China')), hi: hi.slice(hi.indexOf('चीन द्वारा')) };
}

export type SampleReport = Report & {
  id?: string;
  sentences: { src: Sentence[]; tgt: Sentence[] };
  facts: { src: Fact[][]; tgt: Fact[][] };
};

export function sampleReport(): SampleReport {
  const { en, hi } = spicSentences();
  const src: Sentence[] = [];
  const tgt: Sentence[] = [];
  const en0 = 'On July 5, State Power Investment Corporation Limited (SPIC) and Alibaba Group signed a strategic cooperation agreement along with eight implementation agreements.';
  const hi0 = '5 जुलाई को,राज्य विद्युत निवेश समूह कं, लिमिटेड और अलीबाबा समूहएक रणनीतिक सहयोग समझौते और आठ कार्यान्वयन समझौतों पर हस्ताक्षर किए।';
  sentence(en0, src);
  sentence(hi0, tgt);
  sentence(en, src);
  sentence(hi, tgt);
  sentence(HOSTILE_SRC, src);
  sentence(HOSTILE_TGT, tgt);
  sentence('यह भी देखेंः अलीबाबा की रिपोर्ट', tgt);
  const findings: ReportFinding[] = [
    {
      rule: 'temporal',
      family: 'temporal',
      severity: 'warning',
      src: [1],
      tgt: [1],
      message: 'The source says "in 2023" but the translation says "2023 तक" (by 2023): the deadline changed.',
      evidence: [ev('src', 1, en, 'in 2023'), ev('tgt', 1, hi, '2023 तक')],
      values: { src: 'in 2023', tgt: 'by 2023' },
      fingerprint: 'fp-temporal-2023',
      pair: 1,
    },
    {
      rule: 'term',
      family: 'term',
      severity: 'error',
      src: [1],
      tgt: [1],
      message: 'The key term "peak" (3 times in the source) appears only twice in the translation (शिखर/पीक): one is missing.',
      evidence: [ev('src', 1, en, 'peak', true), ev('tgt', 1, hi, 'लक्ष्य')],
      fingerprint: 'fp-term-peak',
      pair: 1,
    },
    {
      rule: 'number',
      family: 'number',
      severity: 'info',
      src: [2],
      tgt: [2],
      message: 'A hostile <b>message</b> with "quotes" & ampersands | pipes * stars.',
      evidence: [ev('src', 2, HOSTILE_SRC, '<script>alert(1)</script>'), ev('tgt', 2, HOSTILE_TGT, '<script>window.__xss = 1</script>')],
      fingerprint: 'fp-hostile',
      pair: 2,
    },
    {
      rule: 'addition',
      family: 'addition',
      severity: 'warning',
      src: [],
      tgt: [3],
      message: 'This target sentence has no counterpart in the source.',
      evidence: [],
      fingerprint: 'fp-addition',
      pair: 3,
    },
  ];
  const pairs = [
    { index: 0, src: [0], tgt: [0], score: 0.92, srcText: en0, tgtText: hi0 },
    { index: 1, src: [1], tgt: [1], score: 0.81, srcText: en, tgtText: hi },
    { index: 2, src: [2], tgt: [2], score: 0.5, srcText: HOSTILE_SRC, tgtText: HOSTILE_TGT },
    { index: 3, src: [], tgt: [3], score: 0.1, srcText: '', tgtText: tgt[3]!.text },
  ];
  return {
    srcLang: 'en',
    tgtLang: 'hi',
    mode: 'translation',
    source: 'spic-alibaba.en.txt',
    target: 'spic-alibaba.hi.txt',
    pairs,
    findings,
    summary: { error: 1, warning: 2, info: 1, pairs: pairs.length, sentences: { src: src.length, tgt: tgt.length } },
    sentences: { src, tgt },
    facts: {
      src: [[fact(en0, 'July 5', 5, 'date'), fact(en0, 'eight', 8, 'number')], [fact(en, '2023', 2023)], [fact(HOSTILE_SRC, '2030', 2030)]],
      tgt: [[fact(hi0, '5 जुलाई', 5, 'date'), fact(hi0, 'आठ', 8, 'number')], [fact(hi, '2023', 2023)], [fact(HOSTILE_TGT, '2030', 2030)], []],
    },
  };
}
