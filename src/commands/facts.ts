// `xalign facts --lang L [--format json|text] [--lines] [TEXT…]` / `--file F`: the facts of each sentence.
// --lines reads stdin and prints exactly one JSON array per input line (the contract the scorers rely on).
import { resolveLanguage } from '../core/detect.js';
import { UserError } from '../core/errors.js';
import { extractFacts, factsByPiece } from '../core/facts.js';
import { MAX_SENTENCE_CHARS } from '../core/long-sentences.js';
import { segment } from '../core/segment.js';
import type { Fact, LangCode } from '../core/types.js';
import { readStdinText, readTextFile } from '../io/input.js';
import { writeToStream } from '../io/output.js';

export async function run(argv: Record<string, unknown>): Promise<number> {
  const langArg = typeof argv.lang === 'string' ? argv.lang : undefined;
  const json = argv.format === 'json';
  const texts = Array.isArray(argv.text) ? argv.text.map(String) : [];

  if (argv.lines) {
    if (texts.length || argv.file) throw new UserError('--lines reads stdin; give no TEXT or --file with it');
    const input = await readStdinText();
    const lines = input.split('\n');
    // A final newline ends the last line; it does not start another one.
    if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
    const lang = resolveLanguage(input, langArg, 'stdin');
    return emit(lines.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l)), lang, json);
  }

  let sentences: string[];
  let lang: LangCode;
  if (typeof argv.file === 'string' && argv.file !== '') {
    const text = argv.file === '-' ? await readStdinText() : readTextFile(argv.file);
    lang = resolveLanguage(text, langArg, argv.file === '-' ? 'stdin' : argv.file);
    sentences = segment(text, lang).map((s) => s.text);
  } else if (texts.length) {
    lang = resolveLanguage(texts.join('\n'), langArg, 'the text');
    sentences = texts;
  } else {
    throw new UserError('give the text to read, --file FILE, or --lines with text on stdin');
  }
  return emit(sentences, lang, json);
}

async function emit(sentences: string[], lang: LangCode, json: boolean): Promise<number> {
  await writeToStream(process.stdout, factsOutput(sentences, lang, json));
  return 0;
}

/** The output, sentence by sentence: one JSON array per sentence, or a table per sentence that states facts. */
function* factsOutput(sentences: string[], lang: LangCode, json: boolean): Generator<string> {
  for (const sentence of sentences) {
    if (sentence.length > MAX_SENTENCE_CHARS) {
      // a line without sentence punctuation: written piece by piece, its facts never all in memory at once
      yield* json ? longLineJson(sentence, lang) : longLineTable(sentence, lang);
      continue;
    }
    const facts = extractFacts(sentence, lang);
    if (json) yield `${JSON.stringify(facts)}\n`;
    else if (facts.length) yield `${table(sentence, facts)}\n`;
  }
}

/** JSON.stringify(extractFacts(sentence)) and a line break, as the facts of each piece are read. */
function* longLineJson(sentence: string, lang: LangCode): Generator<string> {
  yield '[';
  let first = true;
  for (const facts of factsByPiece(sentence, lang)) {
    for (const f of facts) {
      yield (first ? '' : ',') + JSON.stringify(f);
      first = false;
    }
  }
  yield ']\n';
}

/** table(sentence, extractFacts(sentence)) and a line break when there are facts: the column widths from a first
 *  reading, then the rows as the facts of each piece are read again. */
function* longLineTable(sentence: string, lang: LangCode): Generator<string> {
  const widths = [0, 0, 0];
  let count = 0;
  for (const facts of factsByPiece(sentence, lang)) {
    for (const f of facts) widen(widths, tableRow(f));
    count += facts.length;
  }
  if (count === 0) return;
  yield `${sentence}\n`;
  let first = true;
  for (const facts of factsByPiece(sentence, lang)) {
    for (const f of facts) {
      yield (first ? '' : '\n') + tableLine(tableRow(f), widths);
      first = false;
    }
  }
  yield '\n\n';
}

/** A readable table: the sentence, then one row per fact (kind, value, unit, text). */
function table(sentence: string, facts: Fact[]): string {
  const rows = facts.map(tableRow);
  const widths = [0, 0, 0];
  for (const r of rows) widen(widths, r);
  return `${sentence}\n${rows.map((r) => tableLine(r, widths)).join('\n')}\n`;
}

const tableRow = (f: Fact): string[] => [f.kind, formatValue(f), f.unit ?? '', JSON.stringify(f.text)];

/** Widens the first three columns to fit a row (a loop, not Math.max(...rows): a million rows overflow the stack). */
function widen(widths: number[], row: string[]): void {
  for (let c = 0; c < 3; c++) widths[c] = Math.max(widths[c]!, row[c]!.length);
}

const tableLine = (row: string[], widths: number[]): string => '  ' + row.map((cell, c) => (c < 3 ? cell.padEnd(widths[c]!) : cell)).join('  ').trimEnd();

export function formatValue(f: Fact): string {
  const v = f.value;
  let s: string;
  if (typeof v === 'number') s = String(Number(v.toPrecision(12)));
  else if ('from' in v) s = `${v.from}–${v.to}`;
  else s = `${v.year ?? '-'}-${pad(v.month) || '-'}${v.day === undefined ? '' : `-${pad(v.day)}`}`;
  if (f.calendar === 'BE') s += ` (BE ${f.original})`;
  if (f.scale) s += ` ×${f.scale.toExponential().replace('e+', 'e')}`;
  if (f.ambiguous) s += ' ?';
  return s;
}

const pad = (n: number | undefined) => (n === undefined ? '' : String(n).padStart(2, '0'));
