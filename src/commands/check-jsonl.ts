// `xalign check --stdin-jsonl`: one {"id","source","target","srcLang","tgtLang"} object per stdin line in, one
// {"id","findings":[…]} line per input out, streamed, so xalign can sit in a pipeline (GNU parallel, Spark pipe).
// A bad line gives {"id","line","error"} and the run goes on; exit 2 if any line was bad, else 1 by the gate, else 0.
import { createInterface } from 'node:readline';
import { checkTexts, type BatchSettings } from '../batch/check-pair.js';
import { failOnOf, withConfigFile } from '../batch/cli-gate.js';
import type { XalignConfig } from '../core/config.js';
import { UserError } from '../core/errors.js';
import { failsGate } from '../core/gate.js';
import type { LangCode } from '../core/types.js';
import { readBaseline } from '../io/baseline.js';
import { isLangCode } from '../lang/index.js';
import { readGlossaries } from '../io/glossary.js';

interface InputLine {
  id?: unknown;
  source?: unknown;
  target?: unknown;
  srcLang?: unknown;
  tgtLang?: unknown;
  mode?: unknown;
}

function lang(value: unknown, fallback: unknown, what: string): LangCode | undefined {
  const code = value ?? fallback;
  if (code === undefined || code === '') return undefined;
  if (typeof code !== 'string' || !isLangCode(code)) throw new UserError(`${what} ${JSON.stringify(code)} is not one of en, hi, vi, th, zh`);
  return code;
}

export async function run(rawArgv: Record<string, unknown>): Promise<number> {
  const argv = withConfigFile(rawArgv);
  if (argv.source || argv.target || argv.pairs) throw new UserError('--stdin-jsonl reads its pairs from stdin: give no files and no --pairs');
  const failOn = failOnOf(argv);
  const glossaryPaths = (argv.glossary as string[] | undefined) ?? [];
  const settings: BatchSettings = {
    rules: argv.configRules as XalignConfig['rules'],
    minSeverity: argv['min-severity'] as XalignConfig['minSeverity'],
    failOn,
    baseline: argv.baseline ? [...readBaseline(String(argv.baseline))] : undefined,
    glossary: glossaryPaths.length ? readGlossaries(glossaryPaths) : undefined,
  };
  let bad = 0;
  let failing = 0;
  let lineNumber = 0;
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    lineNumber++;
    if (!line.trim()) continue;
    let id: unknown = lineNumber;
    let out: string;
    try {
      let input: InputLine;
      try {
        input = JSON.parse(line) as InputLine;
      } catch {
        throw new UserError('not a JSON object');
      }
      if (!input || typeof input !== 'object' || Array.isArray(input)) throw new UserError('not a JSON object');
      if (input.id !== undefined) id = input.id;
      if (typeof input.source !== 'string' || typeof input.target !== 'string') throw new UserError('"source" and "target" must be strings');
      const mode = input.mode === 'comparable' ? 'comparable' : 'translation';
      const { report } = checkTexts(
        {
          id: String(id),
          srcText: input.source,
          tgtText: input.target,
          srcLang: lang(input.srcLang, argv['src-lang'], 'srcLang'),
          tgtLang: lang(input.tgtLang, argv['tgt-lang'], 'tgtLang'),
          mode,
          srcName: `line ${lineNumber} source`,
          tgtName: `line ${lineNumber} target`,
        },
        settings,
      );
      failing += report.findings.filter((f) => failsGate(f, failOn)).length;
      out = JSON.stringify({
        id,
        srcLang: report.srcLang,
        tgtLang: report.tgtLang,
        findings: report.findings.map(({ rule, family, severity, src, tgt, message, evidence, values, fingerprint }) => ({
          rule,
          family,
          severity,
          src,
          tgt,
          message,
          evidence,
          ...(values ? { values } : {}),
          fingerprint,
        })),
      });
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      bad++;
      out = JSON.stringify({ id, line: lineNumber, error: error.message });
    }
    // Respect back-pressure so a slow consumer does not make us buffer the whole stream.
    if (!process.stdout.write(`${out}\n`)) await new Promise((resolve) => process.stdout.once('drain', resolve));
  }
  return bad ? 2 : failing ? 1 : 0;
}
