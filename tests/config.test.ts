import { describe, expect, it } from 'vitest';
import { applyRuleSettings, mergeConfig, validateConfig } from '../src/core/config.js';
import { UserError } from '../src/core/errors.js';
import { applyGatePolicy, gateExitCode } from '../src/core/gate.js';
import { sampleReport } from './formats/sample-report.js';

describe('config validation', () => {
  it('accepts the documented keys', () => {
    expect(
      validateConfig({ srcLang: 'en', tgtLang: 'hi', mode: 'translation', rules: { term: false, temporal: 'warning', entity: 'off' }, glossary: 'g.csv', failOn: 'warning' }, 'x.json'),
    ).toEqual({ srcLang: 'en', tgtLang: 'hi', mode: 'translation', rules: { term: false, temporal: 'warning', entity: 'off' }, glossary: ['g.csv'], failOn: 'warning' });
  });
  it.each([
    [{ srcLang: 'fr' }, /"srcLang" must be one of en, hi, vi, th, zh, not "fr"/],
    [{ failOn: 'always' }, /"failOn" must be one of info, warning, error, none/],
    [{ rules: ['term'] }, /"rules" must be an object/],
    [{ rules: { Term: true } }, /bad rule name "Term"/],
    [{ rules: { nosuch: 'off' } }, /unknown rule "nosuch"; did you mean one of number, entity, term/],
    [{ rules: { temporl: 'off' } }, /unknown rule "temporl"; did you mean "temporal"\?/],
    [{ glossary: [3] }, /"glossary" must be a file path or a list/],
    [{ fail_on: 'error' }, /unknown key "fail_on" \(did you mean "failOn"\?\)/],
    [[], /must be a JSON object/],
  ])('refuses %j with one line', (raw, message) => {
    expect(() => validateConfig(raw, 'x.json')).toThrow(UserError);
    expect(() => validateConfig(raw, 'x.json')).toThrow(message);
  });
  it('merges layers: later wins, undefined never overrides, rules merge by key', () => {
    expect(mergeConfig({ failOn: 'info', rules: { term: false } }, { failOn: undefined, rules: { number: 'error' } }, { failOn: 'error' })).toEqual({
      failOn: 'error',
      rules: { term: false, number: 'error' },
    });
  });
});

describe('gate policy', () => {
  it('switches rules off and re-grades them, a rule id winning over its family', () => {
    const findings = sampleReport().findings;
    const out = applyRuleSettings(findings, { temporal: 'off', number: 'error', addition: false });
    expect(out.map((f) => [f.rule, f.severity])).toEqual([
      ['term', 'error'],
      ['number', 'error'],
    ]);
    expect(applyRuleSettings(findings, { term: 'info', 'term-dropped': 'warning' }).find((f) => f.rule === 'term')!.severity).toBe('info');
  });
  it('suppresses the baseline and dismissed findings, recounts, and keeps what --write-baseline records', () => {
    const report = sampleReport();
    const gated = applyGatePolicy(report, { baseline: new Set(['fp-term-peak']), dismissed: (f) => f.fingerprint === 'fp-addition' });
    expect(gated.report.findings.map((f) => f.fingerprint)).toEqual(['fp-temporal-2023', 'fp-hostile']);
    expect(gated.suppressed).toEqual({ baseline: 1, review: 1 });
    expect(gated.considered).toHaveLength(4);
    expect(gated.report.summary).toMatchObject({ error: 0, warning: 1, info: 1 });
    expect(gateExitCode(gated.report.findings, 'error')).toBe(0);
    expect(gateExitCode(gated.report.findings, 'warning')).toBe(1);
    expect(gateExitCode(gated.report.findings, 'none')).toBe(0);
    expect(gateExitCode(report.findings, 'error')).toBe(1);
  });
});
