// Baseline files: the fingerprints of accepted, known findings, so that only new ones fail the gate.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { UserError } from '../core/errors.js';
import type { Finding } from '../core/types.js';

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

export function writeBaseline(path: string, entries: readonly BaselineEntry[]): void {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, serializeBaseline(entries));
    renameSync(temporary, path);
  } catch (error) {
    throw new UserError(`cannot write baseline ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
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
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(`cannot read baseline ${path}: ${code === 'ENOENT' ? 'no such file' : code ?? String(error)}`);
  }
  return parseBaseline(text, path);
}
