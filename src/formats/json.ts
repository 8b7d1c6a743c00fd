// JSON report: {"srcLang","tgtLang","mode","pairs":[…],"findings":[…],"summary":{…}}.
import type { Report } from '../core/report.js';

export function formatJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** Levels of arrays and objects written piece by piece (report → facts → side → sentence); deeper values whole. */
const STREAMED_LEVELS = 4;

/**
 * formatJson's text in pieces, element by element: the report of a long document (a million facts) is hundreds of
 * megabytes as one string, twice that as UTF-16, and it need never be whole in memory to be written.
 */
export function* formatJsonChunks(report: Report): Generator<string> {
  yield* jsonChunks(report, '', 0);
  yield '\n';
}

/** JSON.stringify(value, null, 2) as written at `indent`, in pieces. */
function* jsonChunks(value: unknown, indent: string, level: number): Generator<string> {
  const plain = value !== null && typeof value === 'object' && (Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype);
  if (!plain || level >= STREAMED_LEVELS) {
    // JSON strings hold no raw line breaks, so every line break of the whole value starts one of its lines
    const json = JSON.stringify(value, null, 2) ?? 'null';
    yield indent ? json.replaceAll('\n', `\n${indent}`) : json;
    return;
  }
  const inner = `${indent}  `;
  // what JSON.stringify leaves out of an object, and writes as null in an array
  const omitted = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    yield '[';
    for (let k = 0; k < value.length; k++) {
      yield `${k ? ',' : ''}\n${inner}`;
      if (omitted(value[k])) yield 'null';
      else yield* jsonChunks(value[k], inner, level + 1);
    }
    yield `\n${indent}]`;
    return;
  }
  const entries = Object.entries(value).filter(([, v]) => !omitted(v));
  if (entries.length === 0) {
    yield '{}';
    return;
  }
  yield '{';
  for (let k = 0; k < entries.length; k++) {
    yield `${k ? ',' : ''}\n${inner}${JSON.stringify(entries[k]![0])}: `;
    yield* jsonChunks(entries[k]![1], inner, level + 1);
  }
  yield `\n${indent}}`;
}
