// xalign.config.json: validation and merging of plain config objects (no file system; see src/io/config.ts).
import { RULE_IDS } from '../checks/index.js';
import { UserError } from './errors.js';
import { FAMILIES, LANGUAGES, SEVERITIES, type AlignMode, type Finding, type LangCode, type Severity } from './types.js';

export type FailOn = Severity | 'none';

/** A rule (by id) or a whole family: on, off, or on with another severity. */
export type RuleSetting = boolean | 'off' | Severity;

export interface XalignConfig {
  srcLang?: LangCode;
  tgtLang?: LangCode;
  mode?: AlignMode;
  /** Keyed by rule id or family name; a rule's own setting wins over its family's. */
  rules?: Record<string, RuleSetting>;
  /** Glossary files (paths relative to the config file once loaded). */
  glossary?: string[];
  failOn?: FailOn;
  minSeverity?: Severity;
  baseline?: string;
}

const KEYS = ['$schema', 'srcLang', 'tgtLang', 'mode', 'rules', 'glossary', 'failOn', 'minSeverity', 'baseline'] as const;
const FAIL_ON = [...SEVERITIES, 'none'] as const;

function describe(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : JSON.stringify(value) ?? String(value);
}

function oneOf<T extends string>(where: string, key: string, value: unknown, allowed: readonly T[]): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UserError(`${where}: "${key}" must be one of ${allowed.join(', ')}, not ${describe(value)}`);
}

/** What "rules" may name: a rule id or a family (which covers every rule of that family). */
const RULE_NAMES: readonly string[] = [...new Set([...RULE_IDS, ...FAMILIES])];

/** Edit distance, for "did you mean": a typo is a letter or two away. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/** The known name nearest to `name` within a third of its letters (at least 1), or a known name it starts or ends. */
function closest(name: string, known: readonly string[]): string | undefined {
  const scored = known.map((k) => ({ k, d: distance(name, k) })).sort((x, y) => x.d - y.d);
  const best = scored[0];
  if (best && best.d <= Math.max(1, Math.floor(Math.max(name.length, best.k.length) / 3))) return best.k;
  return known.find((k) => name.startsWith(k) || (name.length >= 4 && k.startsWith(name)));
}

/** Checks a parsed config object; `where` names it in messages (the file path). Unknown keys are errors, so typos surface. */
export function validateConfig(raw: unknown, where: string): XalignConfig {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new UserError(`${where}: the config must be a JSON object`);
  const input = raw as Record<string, unknown>;
  for (const key of Object.keys(input)) {
    if (!(KEYS as readonly string[]).includes(key)) {
      const near = KEYS.find((known) => known.toLowerCase() === key.toLowerCase().replace(/[-_]/g, ''));
      throw new UserError(`${where}: unknown key "${key}"${near ? ` (did you mean "${near}"?)` : ''}; known keys: ${KEYS.slice(1).join(', ')}`);
    }
  }
  const config: XalignConfig = {};
  if (input.srcLang !== undefined) config.srcLang = oneOf(where, 'srcLang', input.srcLang, LANGUAGES);
  if (input.tgtLang !== undefined) config.tgtLang = oneOf(where, 'tgtLang', input.tgtLang, LANGUAGES);
  if (input.mode !== undefined) config.mode = oneOf(where, 'mode', input.mode, ['translation', 'comparable'] as const);
  if (input.failOn !== undefined) config.failOn = oneOf(where, 'failOn', input.failOn, FAIL_ON);
  if (input.minSeverity !== undefined) config.minSeverity = oneOf(where, 'minSeverity', input.minSeverity, SEVERITIES);
  if (input.baseline !== undefined) {
    if (typeof input.baseline !== 'string' || input.baseline === '') throw new UserError(`${where}: "baseline" must be a file path`);
    config.baseline = input.baseline;
  }
  if (input.glossary !== undefined) {
    const list = typeof input.glossary === 'string' ? [input.glossary] : input.glossary;
    if (!Array.isArray(list) || !list.every((item) => typeof item === 'string' && item !== '')) {
      throw new UserError(`${where}: "glossary" must be a file path or a list of file paths`);
    }
    config.glossary = list as string[];
  }
  if (input.rules !== undefined) {
    if (typeof input.rules !== 'object' || input.rules === null || Array.isArray(input.rules)) {
      throw new UserError(`${where}: "rules" must be an object such as {"term": false, "temporal": "warning"}`);
    }
    const rules: Record<string, RuleSetting> = {};
    for (const [id, setting] of Object.entries(input.rules as Record<string, unknown>)) {
      if (!/^[a-z][a-z0-9-]*$/.test(id)) throw new UserError(`${where}: "rules" has a bad rule name ${describe(id)} (lower case, e.g. "number")`);
      if (!RULE_NAMES.includes(id)) {
        const near = closest(id, RULE_NAMES);
        const hint = near ? `did you mean "${near}"? (rules and families: ${RULE_NAMES.join(', ')})` : `did you mean one of ${RULE_NAMES.join(', ')}?`;
        throw new UserError(`${where}: unknown rule "${id}"; ${hint}`);
      }
      if (typeof setting === 'boolean' || setting === 'off' || (SEVERITIES as readonly unknown[]).includes(setting)) {
        rules[id] = setting as RuleSetting;
      } else {
        throw new UserError(`${where}: rule "${id}" must be true, false, "off", "error", "warning" or "info", not ${describe(setting)}`);
      }
    }
    config.rules = rules;
  }
  return config;
}

/** Later layers win (defaults < config file < command line); undefined never overrides. Rules merge key by key. */
export function mergeConfig(...layers: (XalignConfig | undefined)[]): XalignConfig {
  const merged: XalignConfig = {};
  for (const layer of layers) {
    if (!layer) continue;
    for (const [key, value] of Object.entries(layer) as [keyof XalignConfig, unknown][]) {
      if (value === undefined) continue;
      if (key === 'rules') merged.rules = { ...merged.rules, ...(value as Record<string, RuleSetting>) };
      else (merged as Record<string, unknown>)[key] = value;
    }
  }
  return merged;
}

/** The names in `rules` that are neither a family nor one of the known rule ids (for a warning, not an error). */
export function unknownRuleNames(config: XalignConfig, knownRuleIds: readonly string[]): string[] {
  return Object.keys(config.rules ?? {}).filter((id) => !knownRuleIds.includes(id) && !(FAMILIES as readonly string[]).includes(id));
}

/** Applies rule settings to findings: drops those switched off, re-grades those given a severity. */
export function applyRuleSettings<F extends Finding>(findings: readonly F[], rules: XalignConfig['rules']): F[] {
  if (!rules || Object.keys(rules).length === 0) return [...findings];
  const out: F[] = [];
  for (const finding of findings) {
    const setting = rules[finding.rule] ?? rules[finding.family];
    if (setting === false || setting === 'off') continue;
    out.push(typeof setting === 'string' ? { ...finding, severity: setting } : finding);
  }
  return out;
}
