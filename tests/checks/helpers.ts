// Check one or more sentence pairs as pre-aligned rows, the way `xalign check --pairs` does.
import { analyzeRows } from '../../src/core/pipeline.js';
import type { Finding, LangCode } from '../../src/core/types.js';

export function checkRows(srcLang: LangCode, tgtLang: LangCode, rows: [string, string][]): Finding[] {
  return analyzeRows({ srcLang, tgtLang, rows: rows.map(([source, target]) => ({ source, target })) }).findings;
}

export const serious = (findings: Finding[]) => findings.filter((f) => f.severity !== 'info');
export const ofFamily = (findings: Finding[], family: string) => serious(findings).filter((f) => f.family === family);
