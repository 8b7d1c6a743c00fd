// Corpus input for `xalign report`: a pairs.json manifest, or a folder of `<name>.<lang>.txt` files.
import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { PairJob } from '../batch/jobs.js';
import { UserError } from '../core/errors.js';
import { isLangCode } from '../lang/index.js';
import { readTextFile } from './input.js';
import type { LangCode } from '../core/types.js';

export function readCorpus(path: string, options: { srcLang?: LangCode } = {}): PairJob[] {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(path).isDirectory();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(`cannot read ${path}: ${code === 'ENOENT' ? 'no such file or folder' : code ?? String(error)}`);
  }
  return isDirectory ? discoverFolder(path, options.srcLang) : readManifest(path);
}

function side(value: unknown, where: string, base: string): { path: string; lang?: LangCode } {
  const entry = value as { path?: unknown; lang?: unknown } | null;
  if (!entry || typeof entry !== 'object' || typeof entry.path !== 'string' || entry.path === '') {
    throw new UserError(`${where} needs {"path": "...", "lang": "..."}`);
  }
  if (entry.lang !== undefined && (typeof entry.lang !== 'string' || !isLangCode(entry.lang))) {
    throw new UserError(`${where}: unknown language ${JSON.stringify(entry.lang)} (en, hi, vi, th or zh)`);
  }
  return { path: resolve(base, entry.path), lang: entry.lang as LangCode | undefined };
}

/** `[{id, kind, source:{path,lang}, target:{path,lang}, note}]`, paths relative to the manifest. */
export function readManifest(path: string): PairJob[] {
  const text = readTextFile(path); // missing, binary, non-UTF-8 and empty files are refused there
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UserError(`${path} is not a manifest: not valid JSON (${error instanceof Error ? error.message : String(error)}); expected [{id, kind, source, target}] or a folder of <name>.<lang>.txt files`);
  }
  if (!Array.isArray(data)) throw new UserError(`${path}: a manifest is a JSON array of {id, kind, source, target}`);
  const base = dirname(resolve(path));
  const seen = new Set<string>();
  return data.map((raw: unknown, i) => {
    const entry = raw as Record<string, unknown> | null;
    const where = `${path}: entry ${i + 1}`;
    if (!entry || typeof entry !== 'object') throw new UserError(`${where} is not an object`);
    const id = typeof entry.id === 'string' && entry.id ? entry.id : `pair-${i + 1}`;
    if (seen.has(id)) throw new UserError(`${where}: the id "${id}" is used twice`);
    seen.add(id);
    const kind = entry.kind ?? 'translation';
    if (kind !== 'translation' && kind !== 'comparable') throw new UserError(`${where}: kind must be "translation" or "comparable"`);
    return {
      id,
      mode: kind,
      source: side(entry.source, `${where} (source)`, base),
      target: side(entry.target, `${where} (target)`, base),
      ...(typeof entry.note === 'string' ? { note: entry.note } : {}),
    };
  });
}

/**
 * Every `<name>.<lang>.txt` in a folder; files sharing a name form pairs. The source is `srcLang` when given,
 * else English when present (the usual direction of news translation), else the first language alphabetically.
 */
export function discoverFolder(dir: string, srcLang?: LangCode): PairJob[] {
  const groups = new Map<string, Map<LangCode, string>>();
  for (const file of readdirSync(dir).sort()) {
    const match = /^(.+)\.([a-z]{2})\.txt$/.exec(file);
    if (!match || !isLangCode(match[2]!)) continue;
    const langs = groups.get(match[1]!) ?? new Map<LangCode, string>();
    langs.set(match[2] as LangCode, join(resolve(dir), file));
    groups.set(match[1]!, langs);
  }
  const jobs: PairJob[] = [];
  for (const [name, langs] of groups) {
    if (langs.size < 2) continue;
    const codes = [...langs.keys()].sort();
    const source = srcLang && langs.has(srcLang) ? srcLang : langs.has('en') ? 'en' : codes[0]!;
    for (const target of codes) {
      if (target === source) continue;
      jobs.push({
        id: langs.size > 2 ? `${name}.${target}` : name,
        mode: 'translation',
        source: { path: langs.get(source)!, lang: source },
        target: { path: langs.get(target)!, lang: target },
      });
    }
  }
  if (jobs.length === 0) throw new UserError(`${basename(dir)}: no <name>.<lang>.txt pairs found (e.g. story.en.txt + story.hi.txt)`);
  return jobs;
}
