// Baseline files: the fingerprints of accepted, known findings, so that only new ones fail the gate.
import { readFileSync, statSync } from 'node:fs';
import { UserError } from '../core/errors.js';
import type { Finding } from '../core/types.js';
import { fileErrorReason } from './input.js';
import { outputErrorReason, writeFileAtomic } from './output.js';

export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  fingerprint: string;
  rule: string;
  severity: string;
  message: string;
  /** The manifest pair id, in corpus runs. */
  pair?: string;
}

export interface BaselineFile {
  xalignBaseline: number;
  createdAt: string;
  findings: BaselineEntry[];
}

export function baselineEntries(findings: readonly (Finding & { fingerprint: string })[], pair?: string): BaselineEntry[] {
  return findings.map((f) => ({ fingerprint: f.fingerprint, rule: f.rule, severity: f.severity, message: f.message, ...(pair ? { pair } : {}) }));
}

export function serializeBaseline(entries: readonly BaselineEntry[], now: Date = new Date()): string {
  const unique = [...new Map(entries.map((entry) => [entry.fingerprint, entry])).values()];
  unique.sort((a, b) => (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0));
  const file: BaselineFile = { xalignBaseline: BASELINE_VERSION, createdAt: now.toISOString(), findings: unique };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Writes a baseline atomically. An existing file is replaced only when it is itself an xalign baseline (or empty):
 * a mistyped --write-baseline must not destroy an article, a manifest or a config.
 */
export function writeBaseline(path: string, entries: readonly BaselineEntry[]): void {
  let existing: string | undefined;
  try {
    existing = statSync(path).isFile() ? readFileSync(path, 'utf8') : undefined;
  } catch {
    existing = undefined; // no such file yet; a directory is reported by the write below
  }
  if (existing !== undefined && existing.trim() !== '' && !isBaselineText(existing)) {
    throw new UserError(`refusing to overwrite ${path} with a baseline: it is not an xalign baseline file; choose another file name`);
  }
  try {
    writeFileAtomic(path, serializeBaseline(entries));
  } catch (error) {
    throw new UserError(`cannot write baseline ${path}: ${outputErrorReason(error)}`);
  }
}

function isBaselineText(text: string): boolean {
  try {
    parseBaseline(text, '');
    return true;
  } catch {
    return false;
  }
}

/** The fingerprints of a baseline file. */
export function parseBaseline(text: string, path: string): Set<string> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new UserError(`${path}: not a baseline file (not valid JSON); write one with --write-baseline`);
  }
  const file = data as Partial<BaselineFile> | null;
  if (!file || typeof file !== 'object' || file.xalignBaseline !== BASELINE_VERSION || !Array.isArray(file.findings)) {
    throw new UserError(`${path}: not an xalign baseline (version ${BASELINE_VERSION}); write one with --write-baseline`);
  }
  const fingerprints = new Set<string>();
  for (const entry of file.findings) {
    if (!entry || typeof entry.fingerprint !== 'string') throw new UserError(`${path}: a baseline entry has no fingerprint`);
    fingerprints.add(entry.fingerprint);
  }
  return fingerprints;
}

export function readBaseline(path: string): Set<string> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UserError(`cannot read baseline ${path}: ${fileErrorReason(error)}`);
  }
  return parseBaseline(text, path);
}
