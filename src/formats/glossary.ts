// User glossaries: CSV/TSV whose header names language codes (en,hi,… — other columns are ignored; a cell
// may list variants separated by "|" or ";"), or TBX. Text in, entries out; reading files is src/io's job.
import { XMLParser } from 'fast-xml-parser';
import { UserError } from '../core/errors.js';
import { isLangCode } from '../lang/index.js';
import type { GlossaryEntry, LangCode } from '../core/types.js';

/** Splits one CSV/TSV line, honouring double quotes ("a, b" and "" inside quotes). */
function splitRow(line: string, sep: string): string[] {
  const cells: string[] = [];
  let cell = '', quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell.trim() === '') quoted = true;
    else if (ch === sep) cells.push(cell), (cell = '');
    else cell += ch;
  }
  cells.push(cell);
  return cells.map((c) => c.trim());
}

const variants = (cell: string) => cell.split(/[|;]/).map((s) => s.trim()).filter(Boolean);

export function parseGlossaryTable(text: string, name: string): GlossaryEntry[] {
  const lines = text.split('\n').filter((l) => l.trim() && !l.startsWith('#'));
  const header = lines[0];
  if (!header) throw new UserError(`${name}: the glossary is empty; its first line must name the languages, e.g. en,hi`);
  const sep = header.includes('\t') ? '\t' : ',';
  const cols = splitRow(header, sep).map((c) => c.toLowerCase());
  const langs = cols.map((c) => (isLangCode(c) ? c : null));
  if (langs.filter(Boolean).length < 2)
    throw new UserError(`${name}: the glossary's first line must name at least two language codes (en, hi, vi, th, zh), found "${header.trim()}"`);
  const idCol = cols.indexOf('id');
  return lines.slice(1).flatMap((line, n) => {
    const cells = splitRow(line, sep);
    const forms: Partial<Record<LangCode, string[]>> = {};
    langs.forEach((lang, i) => {
      const v = variants(cells[i] ?? '');
      if (lang && v.length) forms[lang] = v;
    });
    if (Object.keys(forms).length < 2) return [];
    const id = (idCol >= 0 && cells[idCol]) || `${name}:${n + 2}`;
    return [{ id, forms, origin: name }];
  });
}

const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

function termsIn(node: unknown, out: string[]): void {
  if (node === null || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (key === 'term') {
      for (const t of asArray(value)) {
        const text = typeof t === 'object' && t !== null ? (t as Record<string, unknown>)['#text'] : t;
        if (text !== undefined && String(text).trim()) out.push(String(text).trim());
      }
    } else if (!key.startsWith('@_')) for (const child of asArray(value)) termsIn(child, out);
  }
}

function entriesIn(node: unknown, name: string, out: GlossaryEntry[]): void {
  if (node === null || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (key.startsWith('@_')) continue;
    for (const child of asArray(value)) {
      if ((key === 'termEntry' || key === 'conceptEntry') && typeof child === 'object' && child !== null) {
        const entry = child as Record<string, unknown>;
        const forms: Partial<Record<LangCode, string[]>> = {};
        for (const set of [...asArray(entry.langSet), ...asArray(entry.langSec)] as Record<string, unknown>[]) {
          const lang = String(set['@_xml:lang'] ?? set['@_lang'] ?? '').toLowerCase().split(/[-_]/)[0]!;
          if (!isLangCode(lang)) continue;
          const terms: string[] = [];
          termsIn(set, terms);
          if (terms.length) forms[lang] = [...(forms[lang] ?? []), ...terms];
        }
        if (Object.keys(forms).length >= 2) out.push({ id: String(entry['@_id'] ?? `${name}:${out.length + 1}`), forms, origin: name });
      } else entriesIn(child, name, out);
    }
  }
}

export function parseTbx(text: string, name: string): GlossaryEntry[] {
  // entity processing off: a glossary file must not expand entities (billion laughs, external entities)
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', processEntities: false, htmlEntities: false, trimValues: true });
  let doc: unknown;
  try {
    doc = parser.parse(text, true);
  } catch (error) {
    throw new UserError(`${name}: not a valid TBX file: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  const out: GlossaryEntry[] = [];
  entriesIn(doc, name, out);
  if (!out.length) throw new UserError(`${name}: no term entry with two known languages (en, hi, vi, th, zh) in this TBX file`);
  return out;
}

/** A glossary file's text, by its name's extension (.tbx, or CSV/TSV otherwise). */
export function parseGlossary(text: string, name: string): GlossaryEntry[] {
  if (/\.(tbx|xml)$/i.test(name) || /^\s*<\?xml|^\s*<(martif|tbx)\b/i.test(text)) return parseTbx(text, name);
  return parseGlossaryTable(text, name);
}
