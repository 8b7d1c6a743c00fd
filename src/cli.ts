// The command line: yargs definitions only. Each handler loads its command module lazily, so that
// `xalign --version` and `--help` stay fast and the TUI's React is loaded only for `review`.
import { readFileSync } from 'node:fs';
import yargs, { type Argv } from 'yargs';
import { hideBin } from 'yargs/helpers';
import { UserError } from './core/errors.js';
import { LANGUAGES } from './core/types.js';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

const FORMATS_CHECK = ['text', 'json', 'jsonl', 'md', 'html', 'junit', 'tsv', 'xliff'] as const;
const SEVERITY_LEVELS = ['error', 'warning', 'info', 'none'] as const;

function languageOptions<T>(y: Argv<T>) {
  return y
    .option('src-lang', { type: 'string', describe: `source language (${LANGUAGES.join(', ')}); detected when omitted` })
    .option('tgt-lang', { type: 'string', describe: 'target language; detected when omitted' });
}

function checkOptions<T>(y: Argv<T>) {
  return languageOptions(y)
    .option('glossary', { type: 'string', array: true, describe: 'glossary file (CSV/TSV or TBX); may be repeated' })
    .option('config', { type: 'string', describe: 'config file (default: ./xalign.config.json when present)' })
    .option('fail-on', { choices: SEVERITY_LEVELS, describe: 'exit 1 when a finding at or above this severity remains (default: error)' })
    .option('mode', { choices: ['translation', 'comparable'] as const, describe: 'translation, or two articles reporting the same news' })
    .option('baseline', { type: 'string', describe: 'accept the findings recorded in this baseline file' })
    .option('write-baseline', { type: 'string', describe: 'write the current findings to this baseline file' })
    .option('min-severity', { choices: ['error', 'warning', 'info'] as const, describe: 'hide findings below this severity' })
    .option('output', { alias: 'o', type: 'string', describe: 'write the report to this file instead of stdout' });
}

type Handler = (argv: Record<string, unknown>) => Promise<number | void>;
const lazy = (load: () => Promise<{ run: Handler }>) => async (argv: Record<string, unknown>) => {
  const { run } = await load();
  const code = await run(argv);
  if (typeof code === 'number') process.exitCode = code;
};

function fail(message: string): never {
  process.stderr.write(`xalign: ${message}\n`);
  process.exit(2);
}

export async function main(args: string[]): Promise<void> {
  const cli = yargs(args)
    .scriptName('xalign')
    .usage('$0 <command> [options]\n\nChecks a translation against its source: sentence alignment, numbers, names, key terms and deadlines.')
    .command(
      'check [source] [target]',
      'align two texts and report mismatches (numbers, entities, terms, deadlines, omissions)',
      (y) =>
        checkOptions(y)
          .positional('source', { type: 'string', describe: 'source text file' })
          .positional('target', { type: 'string', describe: 'target text file' })
          .option('pairs', { type: 'string', describe: 'already aligned rows: TSV/CSV, XLIFF 1.2/2.0 or TMX; each row checked on its own' })
          .option('stdin-jsonl', { type: 'boolean', describe: 'read {"id","source","target","srcLang","tgtLang"} lines on stdin, write findings as JSON lines' })
          .option('format', { alias: 'f', choices: FORMATS_CHECK, default: 'text' as const, describe: 'report format' })
          .option('color', { type: 'boolean', describe: 'force colours on or off (default: on for a terminal unless NO_COLOR)' }),
      lazy(() => import('./commands/check.js')),
    )
    .command(
      'align <source> <target>',
      'align two texts sentence by sentence',
      (y) =>
        languageOptions(y)
          .positional('source', { type: 'string', demandOption: true, describe: 'source text file' })
          .positional('target', { type: 'string', demandOption: true, describe: 'target (translation) text file' })
          .option('segmented', { type: 'boolean', describe: 'the files hold one sentence per line, taken as is' })
          .option('mode', { choices: ['translation', 'comparable'] as const, default: 'translation' as const, describe: 'translation, or two articles reporting the same news' })
          .option('glossary', { type: 'string', array: true, describe: 'glossary file (CSV/TSV or TBX); may be repeated' })
          .option('format', { alias: 'f', choices: ['text', 'json', 'tsv', 'tmx'] as const, default: 'text' as const, describe: 'side by side, the beads as JSON, TSV rows, or TMX 1.4b' })
          .option('output', { alias: 'o', type: 'string', describe: 'write to this file instead of stdout' })
          .example('$0 align a.en.txt a.hi.txt -f tmx -o a.tmx', 'a translation memory for CAT tools'),
      lazy(() => import('./commands/align.js')),
    )
    .command(
      'segment <file>',
      'split a text into sentences',
      (y) =>
        y
          .positional('file', { type: 'string', demandOption: true, describe: 'text file, or - for stdin' })
          .option('lang', { type: 'string', describe: 'language; detected when omitted' })
          .option('format', { alias: 'f', choices: ['text', 'json'] as const, default: 'text' as const }),
      lazy(() => import('./commands/segment.js')),
    )
    .command(
      'facts [text..]',
      'extract numbers, dates, amounts and units',
      (y) =>
        y
          .positional('text', { type: 'string', array: true, describe: 'text to read (or use --file, or --lines with stdin)' })
          .option('lang', { type: 'string', describe: 'language; detected when omitted' })
          .option('file', { type: 'string', describe: 'read this file, one sentence at a time' })
          .option('lines', { type: 'boolean', describe: 'read stdin; print one JSON array of facts per input line' })
          .option('format', { alias: 'f', choices: ['text', 'json'] as const, default: 'text' as const }),
      lazy(() => import('./commands/facts.js')),
    )
    .command(
      'report [corpus]',
      'check every pair of a manifest (corpus/pairs.json) or folder, and write reports',
      (y) =>
        y
          .positional('corpus', { type: 'string', default: 'corpus/pairs.json', describe: 'manifest JSON, or a folder of *.<lang>.txt pairs' })
          .option('out', { type: 'string', default: 'xalign-report', describe: 'folder for the reports' })
          .option('jobs', { alias: 'j', type: 'number', describe: 'worker threads (default: number of cores)' })
          .option('shard', { type: 'string', describe: 'run only slice i of n, as i/n (1-based)' })
          .option('config', { type: 'string', describe: 'config file (default: ./xalign.config.json when present)' })
          .option('fail-on', { choices: SEVERITY_LEVELS, describe: 'exit 1 when a finding at or above this severity remains (default: error)' })
          .option('baseline', { type: 'string', describe: 'accept the findings recorded in this baseline file' })
          .option('write-baseline', { type: 'string', describe: 'write the findings of every pair to this baseline file' })
          .option('glossary', { type: 'string', array: true, describe: 'glossary file (CSV/TSV or TBX); may be repeated' })
          .example('$0 report corpus/pairs.json', 'every pair of the manifest → xalign-report/index.html')
          .example('$0 report archive/ --shard 1/4', 'a quarter of a folder of <name>.<lang>.txt pairs'),
      lazy(() => import('./commands/report.js')),
    )
    .command(
      'review <source> <target>',
      'review a translation interactively in the terminal',
      (y) =>
        checkOptions(y)
          .positional('source', { type: 'string', demandOption: true, describe: 'source text file' })
          .positional('target', { type: 'string', demandOption: true, describe: 'target text file; decisions are saved next to it' }),
      lazy(() => import('./commands/review.js')),
    )
    .command(
      'start',
      false, // `npm start`: the bundled SPIC–Alibaba pair, interactive on a terminal, a report otherwise
      (y) => y,
      lazy(() => import('./commands/start.js')),
    )
    .demandCommand(1, 'name a command: check, align, segment, facts, report or review')
    .strict()
    .recommendCommands()
    .version(pkg.version)
    .help()
    .alias('h', 'help')
    .wrap(Math.min(110, process.stdout.columns || 100))
    .fail((message, error) => {
      if (error) throw error;
      fail(`${message} (see xalign --help)`);
    });
  await cli.parseAsync();
}

// `xalign … | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(hideBin(process.argv)).catch((error: unknown) => {
  if (error instanceof UserError) fail(error.message);
  if (error instanceof Error && 'code' in error && error.code === 'EPIPE') process.exit(0);
  fail(`internal error: ${error instanceof Error ? error.message : String(error)} (please report this)`);
});
