// `xalign check SRC TGT` and `xalign check --pairs FILE`: segment (or take the rows), align, check, report.
import type { FailOn } from '../core/config.js';
import { resolvePairLanguages } from '../core/detect.js';
import { UserError } from '../core/errors.js';
import { gateCheck, withConfigFile } from '../batch/cli-gate.js';
import { gateExitCode } from '../core/gate.js';
import { analyze, analyzeRows, type Row } from '../core/pipeline.js';
import { MAX_SENTENCE_CHARS } from '../core/long-sentences.js';
import { buildReport } from '../core/report.js';
import type { AlignMode, Analysis, Severity } from '../core/types.js';
import { parseBilingual, primaryLanguage } from '../formats/bilingual.js';
import { REPORT_FORMATS, renderReportChunks, type ReportFormat } from '../formats/index.js';
import { readTextFile } from '../io/input.js';
import { writeOutputFile, writeToStream } from '../io/output.js';
import { readGlossaries } from '../io/glossary.js';

const HEADER_WORDS = new Set(['source', 'src', 'target', 'tgt', 'translation']);

/** The longest side of a pre-aligned row. Rows are checked as they are, not cut, and the name and number checks
 *  grow faster than the text, so a row far longer than any sentence or paragraph would hang the check. */
const MAX_ROW_CHARS = 4 * MAX_SENTENCE_CHARS;

function refuseOverlongRow(path: string, line: number, row: Row): void {
  const longest = Math.max(row.source.length, row.target.length);
  if (longest > MAX_ROW_CHARS) {
    throw new UserError(
      `${path}:${line}: a row of ${longest.toLocaleString('en-US')} characters is longer than any sentence (at most ${MAX_ROW_CHARS.toLocaleString('en-US')}); split it into sentences, or check the two texts as files: xalign check SOURCE TARGET`,
    );
  }
}

/**
 * TSV rows are one per line, split at tabs with no quoting (a sentence may start with a quotation mark);
 * CSV, XLIFF and TMX go through the bilingual readers.
 */
function readRows(path: string): { rows: Row[]; srcLang?: string; tgtLang?: string } {
  const text = readTextFile(path);
  const isTsv = /\.(tsv|tab|txt)$/i.test(path) || (!/\.(csv|xlf|xliff|sdlxliff|mqxliff|tmx)$/i.test(path) && !/^\s*</.test(text) && text.includes('\t'));
  if (!isTsv) {
    const doc = parseBilingual(text, path);
    doc.units.forEach((u, i) => refuseOverlongRow(path, u.line ?? i + 1, u));
    return { rows: doc.units.map((u) => ({ source: u.source, target: u.target })), srcLang: primaryLanguage(doc.srcLang), tgtLang: primaryLanguage(doc.tgtLang) };
  }
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  let srcLang: string | undefined, tgtLang: string | undefined;
  let headerLines = 0;
  const head = (lines[0] ?? '').split('\t').map((c) => c.trim().toLowerCase());
  if (head.length >= 2 && (head.every((c) => HEADER_WORDS.has(c)) || head.every((c) => /^(en|hi|vi|th|zh)$/.test(c)))) {
    if (!HEADER_WORDS.has(head[0]!)) [srcLang, tgtLang] = head;
    lines.shift();
    headerLines = 1;
  }
  const firstRowLine = 1 + headerLines;
  const rows = lines.map((line, i) => {
    const tab = line.indexOf('\t');
    if (tab < 0 && line.trim()) throw new UserError(`${path}:${i + firstRowLine}: expected source and target separated by a tab`);
    const row = { source: line.slice(0, Math.max(0, tab)).trim(), target: line.slice(tab + 1).trim() };
    refuseOverlongRow(path, i + firstRowLine, row);
    return row;
  });
  if (!rows.length) throw new UserError(`${path}: no rows to check`);
  return { rows, srcLang, tgtLang };
}


const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

export async function run(rawArgv: Record<string, unknown>): Promise<number> {
  // issue 6: streaming JSON lines mode, and xalign.config.json filling the options not given.
  if (rawArgv['stdin-jsonl']) return (await import('./check-jsonl.js')).run(rawArgv);
  const argv = withConfigFile(rawArgv);
  const format = (str(argv.format) ?? 'text') as ReportFormat;
  if (!(REPORT_FORMATS as readonly string[]).includes(format)) throw new UserError(`unknown format '${format}' (use ${REPORT_FORMATS.join(', ')})`);
  const failOn = (str(argv['fail-on']) ?? 'error') as FailOn;
  const minSeverity = str(argv['min-severity']) as Severity | undefined;
  const glossary = readGlossaries(argv.glossary);
  const pairsFile = str(argv.pairs);
  const source = str(argv.source), target = str(argv.target);
  let analysis: Analysis;
  let meta: { source?: string; target?: string };

  if (pairsFile) {
    if (source || target) throw new UserError('give either SOURCE and TARGET files or --pairs FILE, not both');
    const { rows, srcLang: fileSrc, tgtLang: fileTgt } = readRows(pairsFile);
    const { srcLang, tgtLang } = resolvePairLanguages({
      srcText: rows.map((r) => r.source).join('\n'),
      tgtText: rows.map((r) => r.target).join('\n'),
      srcLang: str(argv['src-lang']) ?? fileSrc,
      tgtLang: str(argv['tgt-lang']) ?? fileTgt,
      srcName: `the source column of ${pairsFile}`,
      tgtName: `the target column of ${pairsFile}`,
    });
    analysis = analyzeRows({ rows, srcLang, tgtLang, glossary }, { minSeverity });
    meta = { source: pairsFile };
  } else {
    if (!source || !target) throw new UserError('name a source and a target file (xalign check SOURCE TARGET), or give --pairs FILE');
    const srcText = readTextFile(source), tgtText = readTextFile(target);
    const langs = resolvePairLanguages({ srcText, tgtText, srcLang: str(argv['src-lang']), tgtLang: str(argv['tgt-lang']), srcName: source, tgtName: target });
    const mode = (str(argv.mode) ?? 'translation') as AlignMode;
    analysis = analyze({ srcText, tgtText, ...langs, mode, glossary }, { minSeverity });
    meta = { source, target };
  }

  // issue 6: rule settings, --baseline, review decisions, --write-baseline.
  const report = gateCheck(analysis, buildReport(analysis, meta), argv, pairsFile ? undefined : target);
  const output = str(argv.output);
  const color = typeof argv.color === 'boolean' ? argv.color : !!process.stdout.isTTY && !process.env.NO_COLOR && !output;
  // a file is not a terminal: its lines are not wrapped to the width of the terminal the command ran in
  const out = renderReportChunks(report, format, { failOn, color, width: output ? 0 : process.stdout.columns || 100 });
  if (output) {
    const glossaries = Array.isArray(argv.glossary) ? (argv.glossary as unknown[]).map(String) : [str(argv.glossary)];
    writeOutputFile(output, out, { inputs: [source, target, pairsFile, ...glossaries, str(argv.config), str(argv.baseline)] });
  } else await writeToStream(process.stdout, out);
  return gateExitCode(report.findings, failOn); // issue 6: what is left after suppression
}
