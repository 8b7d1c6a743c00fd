// Runs the check rules over an aligned document pair and passes their findings through the post-processing chain.
import { RULES } from '../checks/index.js';
import { buildContext, type CheckInput } from '../checks/rule.js';
import { postprocess, type PostprocessOptions } from './postprocess.js';
import type { Finding } from './types.js';

export interface CheckOptions extends PostprocessOptions {
  /** Only these rule ids (default: all). */
  rules?: readonly string[];
}

export function checkAlignment(input: CheckInput, options: CheckOptions = {}): Finding[] {
  const context = buildContext(input);
  const rules = options.rules ? RULES.filter((r) => options.rules!.includes(r.id)) : RULES;
  const findings = rules.flatMap((rule) => rule.run(context));
  return postprocess(findings, input, options);
}

export type { CheckInput } from '../checks/rule.js';
