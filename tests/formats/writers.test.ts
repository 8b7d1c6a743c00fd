import { createHash } from 'node:crypto';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { parseBilingual } from '../../src/formats/bilingual.js';
import { formatHtml, formatHtmlIndex } from '../../src/formats/html.js';
import { formatJsonl } from '../../src/formats/jsonl.js';
import { formatJunit } from '../../src/formats/junit.js';
import { formatMarkdown } from '../../src/formats/markdown.js';
import { formatTsv } from '../../src/formats/tsv.js';
import { formatXliff } from '../../src/formats/xliff.js';
import { HOSTILE_SRC, sampleReport, spicSentences } from './sample-report.js';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('HTML report', () => {
  const html = formatHtml(sampleReport(), { failOn: 'error' });

  it('escapes every piece of document text', () => {
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).not.toContain('<script>window.__xss');
    expect(html).not.toMatch(/<img\b/i);
    expect(html).not.toMatch(/<svg\b/i);
    expect(html).not.toContain('<b>message</b>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(2)&gt;');
    // Only our own script element exists.
    expect(html.match(/<script\b/g)).toHaveLength(1);
  });

  it('has a CSP that admits exactly the inline style and script it carries', () => {
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html);
    expect(meta).not.toBeNull();
    const policy = meta![1]!;
    expect(policy).toContain("default-src 'none'");
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(policy).toContain(`style-src ${hash(style)}`);
    expect(policy).toContain(`script-src ${hash(script)}`);
    expect(policy).not.toContain('unsafe-inline');
    expect(html).not.toMatch(/<[^>]*\son[a-z]+=/i); // no inline handlers (the CSP would block them anyway)
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//); // nothing fetched from the network
  });

  it('highlights facts and the evidence of both sides of the 2023 finding, linked both ways', () => {
    const { en, hi } = spicSentences();
    const row = /<tr class="pair[^"]*" id="pair-1"[\s\S]*?<\/tr>/.exec(html)?.[0] ?? '';
    expect(row).toContain('id="pair-1"');
    expect(row).toMatch(/<mark class="ev warning" title="temporal"><span class="fact" title="year: 2023">/);
    expect(row).toContain('<mark class="ev warning" title="temporal">in </mark>');
    expect(row).toContain('तक</mark>');
    expect(row).toContain('title="term">peak</mark>');
    expect(row).toContain(en.slice(0, 30));
    expect(row).toContain(hi.slice(0, 20));
    expect(html).toMatch(/<li class="finding warning" id="finding-0"[^>]*data-pair="1">[\s\S]*?<a href="#pair-1">pair 2<\/a>/);
    expect(row).toContain('href="#finding-0"');
    expect(row).toContain('href="#finding-1"');
  });

  it('shows the summary, the gate and one filter box per family present', () => {
    expect(html).toMatch(/1 error<\/span>.*2 warnings<\/span>.*1 info<\/span>/);
    expect(html).toContain('FAIL (fail on error: 1)');
    expect(formatHtml(sampleReport(), { failOn: 'none' })).toContain('PASS (fail on none)');
    for (const family of ['temporal', 'term', 'number', 'addition']) expect(html).toContain(`name="family" value="${family}"`);
    expect(html).not.toContain('value="entity"');
    expect(html).toContain('(no sentence)');
  });

  it('renders the corpus index without any script', () => {
    const index = formatHtmlIndex(
      [
        { id: 'spic<x>', srcLang: 'en', tgtLang: 'hi', mode: 'translation', pairs: 14, counts: { error: 2, warning: 1, info: 0 }, href: 'spic.html' },
        { id: 'broken', srcLang: 'th', tgtLang: 'en', mode: 'translation', pairs: 0, counts: { error: 0, warning: 0, info: 0 }, error: 'cannot read x' },
      ],
      { failOn: 'error', failing: 2 },
    );
    expect(index).toContain('spic&lt;x&gt;');
    expect(index).toContain("script-src 'none'");
    expect(index).not.toContain('<script');
    expect(index).toContain('FAIL (fail on error: 2)');
  });
});

describe('Markdown summary', () => {
  const text = formatMarkdown(sampleReport(), { failOn: 'warning' });
  it('gives a verdict, counts and a table with escaped cells', () => {
    expect(text).toMatch(/^### xalign: spic-alibaba\.en\.txt → spic-alibaba\.hi\.txt/);
    expect(text).toContain('❌ **failed**: 3 findings at or above warning');
    expect(text).toContain('1 error, 2 warnings, 1 info'); // counts read as English: 0 errors, 1 warning
    const rows = text.split('\n').filter((l) => l.startsWith('| '));
    expect(rows).toHaveLength(5); // header + 4 findings
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length).toBe(6); // pipes inside cells are escaped
    expect(text).not.toMatch(/<script|<b>|<img/);
    expect(text).toContain('&lt;b&gt;message&lt;/b&gt;');
  });
  it('passes when nothing reaches the gate', () => {
    const r = sampleReport();
    r.findings = r.findings.filter((f) => f.severity === 'info');
    expect(formatMarkdown(r, { failOn: 'warning' })).toContain('✅ **passed**');
  });
});

describe('JUnit XML', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase', 'failure'].includes(name) });
  type Case = { name: string; failure?: { message: string; type: string }[]; 'system-out'?: string };
  function parse(xml: string) {
    expect(XMLValidator.validate(xml)).toBe(true);
    return parser.parse(xml).testsuites as { tests: string; failures: string; testsuite: { name: string; tests: string; failures: string; testcase: Case[] }[] };
  }

  it('is one test case per pair and one failure per finding at or above --fail-on', () => {
    const errorOnly = parse(formatJunit(sampleReport(), { failOn: 'error' }));
    expect(errorOnly.testsuite[0]!.testcase).toHaveLength(4);
    expect(errorOnly.failures).toBe('1');
    const pair1 = errorOnly.testsuite[0]!.testcase[1]!;
    expect(pair1.failure).toHaveLength(1);
    expect(pair1.failure![0]!.type).toBe('error.term');
    expect(pair1['system-out']).toContain('warning temporal');

    const info = parse(formatJunit(sampleReport(), { failOn: 'info' }));
    expect(info.testsuite[0]!.testcase.flatMap((c) => c.failure ?? [])).toHaveLength(4);
    expect(info.testsuite[0]!.failures).toBe('3');
    const none = parse(formatJunit(sampleReport(), { failOn: 'none' }));
    expect(none.failures).toBe('0');
  });

  it('escapes hostile text and drops characters XML forbids', () => {
    const r = sampleReport();
    r.pairs[0]!.srcText = `bell\u0007 and form feed\u000C in ${HOSTILE_SRC}`;
    const xml = formatJunit([r, { ...sampleReport(), id: 'second' }], { failOn: 'info' });
    const doc = parse(xml);
    expect(doc.testsuite.map((s) => s.name)).toEqual(['spic-alibaba.en.txt -> spic-alibaba.hi.txt', 'second']);
    expect(doc.tests).toBe('8');
    expect(doc.testsuite[0]!.testcase[0]!.name).toContain('bell and form feed in The board said <script>');
  });
});

describe('JSON lines, TSV and XLIFF 2.0', () => {
  it('writes one self-contained JSON object per finding', () => {
    const lines = formatJsonl({ ...sampleReport(), id: 'spic' }).trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    const first = JSON.parse(lines[0]!);
    expect(first).toMatchObject({ id: 'spic', rule: 'temporal', pair: 1, srcLang: 'en', tgtLang: 'hi' });
    expect(first.srcText).toContain('in 2023');
  });

  it('writes TSV with a fixed number of columns', () => {
    const rows = formatTsv(sampleReport()).trimEnd().split('\n');
    expect(rows).toHaveLength(5);
    for (const row of rows) expect(row.split('\t')).toHaveLength(11);
    expect(rows[1]!.split('\t').slice(0, 4)).toEqual(['warning', 'temporal', 'temporal', '1']);
  });

  it('writes XLIFF 2.0 with the findings as notes, which our own reader reads back', () => {
    const xml = formatXliff(sampleReport());
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<note category="xalign:temporal" priority="5" appliesTo="target">warning temporal:');
    expect(xml).toContain('priority="1"');
    const back = parseBilingual(xml, 'out.xlf');
    expect(back.format).toBe('xliff-2.0');
    expect(back.srcLang).toBe('en');
    expect(back.units.map((u) => u.source)).toEqual(sampleReport().pairs.map((p) => p.srcText));
    expect(back.units[2]!.target).toContain('<script>window.__xss = 1</script>');
  });
});

describe('pair labels', () => {
  it('name a run of sentences as a range and sentences apart (comparable mode) one by one', async () => {
    const { pairLabel } = await import('../../src/formats/report-view.js');
    const pair = (src: number[], tgt: number[]) => ({ index: 0, src, tgt, score: 1, srcText: '', tgtText: '' });
    expect(pairLabel(pair([1, 2], [3]))).toBe('2–3 ↔ 4');
    expect(pairLabel(pair([1, 3], [3]))).toBe('2,4 ↔ 4');
    expect(pairLabel(pair([2], []))).toBe('3 ↔ —');
  });
});
