// Finds and reads xalign.config.json; paths inside it are resolved relative to the file.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { validateConfig, type XalignConfig } from '../core/config.js';
import { UserError } from '../core/errors.js';
import { fileErrorReason } from './input.js';

export const CONFIG_FILE = 'xalign.config.json';

export interface LoadedConfig {
  path: string;
  config: XalignConfig;
}

/** `--config FILE` when given (must exist), else ./xalign.config.json when present, else undefined. */
export function loadConfig(explicit: string | undefined, cwd: string = process.cwd()): LoadedConfig | undefined {
  const path = explicit !== undefined ? resolve(cwd, explicit) : join(cwd, CONFIG_FILE);
  if (explicit === undefined && !existsSync(path)) return undefined;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UserError(`cannot read config ${explicit ?? path}: ${statSync(path, { throwIfNoEntry: false })?.isDirectory() ? 'it is a directory, not a file' : fileErrorReason(error)}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UserError(`${explicit ?? CONFIG_FILE}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const config = validateConfig(raw, explicit ?? CONFIG_FILE);
  const base = dirname(path);
  const relative = (p: string) => (isAbsolute(p) ? p : resolve(base, p));
  if (config.glossary) config.glossary = config.glossary.map(relative);
  if (config.baseline) config.baseline = relative(config.baseline);
  return { path, config };
}
