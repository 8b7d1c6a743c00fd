// Every check rule, in the order their findings are listed for the same pair.
import entity from './entity.js';
import number from './number.js';
import { addition, omission } from './omission.js';
import type { Rule } from './rule.js';
import temporal from './temporal.js';
import term from './term.js';
import untranslated from './untranslated.js';

export const RULES: readonly Rule[] = [number, entity, term, temporal, omission, addition, untranslated];
export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);
export type { Rule, CheckContext } from './rule.js';
