// One dispatch from a report format name to its writer, used by `check` and `report`. Writers are (report) => string.
import type { Report } from '../core/report.js';
import { formatHtml } from './html.js';
import { formatJson, formatJsonChunks } from './json.js';
import { formatJsonl } from './jsonl.js';
import { formatJunit } from './junit.js';
import { formatMarkdown } from './markdown.js';
import type { RenderOptions } from './report-view.js';
import { formatText } from './text.js';
import { formatTsv } from './tsv.js';
import { formatXliff } from './xliff.js';

export const REPORT_FORMATS = ['text', 'json', 'jsonl', 'md', 'html', 'junit', 'tsv', 'xliff'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
export type { RenderOptions } from './report-view.js';

/** File extension of each format, for --output defaults and corpus runs. */
export const FORMAT_EXTENSION: Record<ReportFormat, string> = {
  text: 'txt',
  json: 'json',
  jsonl: 'jsonl',
  md: 'md',
  html: 'html',
  junit: 'xml',
  tsv: 'tsv',
  xliff: 'xlf',
};

export function renderReport(report: Report, format: ReportFormat, options: RenderOptions = {}): string {
  switch (format) {
    case 'text':
      return formatText(report, { color: options.color ?? false, width: options.width === 0 ? undefined : textWidth(options.width) });
    case 'json':
      return formatJson(report);
    case 'jsonl':
      return formatJsonl(report);
    case 'md':
      return formatMarkdown(report, options);
    case 'html':
      return formatHtml(report, options);
    case 'junit':
      return formatJunit(report, options);
    case 'tsv':
      return formatTsv(report);
    case 'xliff':
      return formatXliff(report);
  }
}

/**
 * renderReport's output for writing out: the same text, in pieces where the format can be written piece by piece
 * (JSON), so that a large report is never held as one string.
 */
export function renderReportChunks(report: Report, format: ReportFormat, options: RenderOptions = {}): string | Iterable<string> {
  return format === 'json' ? formatJsonChunks(report) : renderReport(report, format, options);
}

/**
 * The width the text report wraps to: the terminal's when stdout is one; when piped, $COLUMNS if it is set, else
 * none, so that each finding stays on one line for grep. (`check` passes a width even when piped; width 0 = never
 * wrap, for a report written to a file.)
 */
function textWidth(requested: number | undefined): number | undefined {
  if (process.stdout.isTTY) return process.stdout.columns || requested;
  const columns = Number(process.env.COLUMNS);
  return Number.isInteger(columns) && columns > 0 ? columns : undefined;
}
