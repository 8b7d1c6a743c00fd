// Readers for already aligned bilingual files: XLIFF 1.2 / 2.0, TMX 1.4, TSV / CSV. Pure: text in, units out.
// XML goes through fast-xml-parser; external entities are refused before parsing and never resolved.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { UserError } from '../core/errors.js';
import { lowerBound } from '../core/sorted.js';

export type BilingualFormat = 'xliff-1.2' | 'xliff-2.0' | 'tmx' | 'tsv' | 'csv';

/** One translation unit (or segment, or row): the source text and its target, inline markup removed. */
export interface BilingualUnit {
  id: string;
  source: string;
  target: string;
  /** 1-based line of the unit in the file, for messages. */
  line?: number;
}

export interface BilingualDocument {
  format: BilingualFormat;
  /** Language codes as the file gives them (e.g. "en-US"); see primaryLanguage(). */
  srcLang?: string;
  tgtLang?: string;
  units: BilingualUnit[];
}

export interface BilingualOptions {
  /** For TMX with more than two languages: which one is the target. */
  tgtLang?: string;
}

/** "en-US" → "en", "zh_Hans" → "zh": the primary subtag, lower case. */
export function primaryLanguage(code: string | undefined): string | undefined {
  if (!code) return undefined;
  const primary = code.trim().split(/[-_]/)[0]?.toLowerCase();
  return primary || undefined;
}

export function detectBilingualFormat(text: string, name: string): BilingualFormat {
  const lower = name.toLowerCase();
  const head = text.slice(0, 4000);
  if (/\.tmx$/.test(lower) || /<tmx[\s>]/.test(head)) return 'tmx';
  if (/\.(xlf|xliff|sdlxliff|mqxliff)$/.test(lower) || /<xliff[\s>]/.test(head)) {
    return /<xliff[^>]*\bversion\s*=\s*["']2(\.\d+)?["']/.test(head) ? 'xliff-2.0' : 'xliff-1.2';
  }
  if (/\.csv$/.test(lower)) return 'csv';
  if (/\.(tsv|tab|txt)$/.test(lower)) return 'tsv';
  if (/^\s*</.test(head)) throw new UserError(`${name}: an XML file that is neither XLIFF nor TMX`);
  return head.includes('\t') ? 'tsv' : 'csv';
}

export function parseBilingual(text: string, name: string, options: BilingualOptions = {}): BilingualDocument {
  const format = detectBilingualFormat(text, name);
  if (format === 'tsv' || format === 'csv') return parseDelimited(text, name, format);
  const tree = parseXml(text, name);
  const doc = format === 'tmx' ? readTmx(tree, name, options) : format === 'xliff-2.0' ? readXliff2(tree, name) : readXliff12(tree, name);
  return { ...doc, units: withLines(text, doc.units) };
}

// ---------------------------------------------------------------- XML

/** A node of fast-xml-parser's ordered tree: `{ tag: children, ':@': attributes }` or `{ '#text': s }`. */
type XmlNode = Record<string, unknown>;

const ATTRS = ':@';
const TEXT = '#text';
const CDATA = '#cdata';

const EXTERNAL_ENTITY = /<!ENTITY\s+(?:%\s*)?[^\s>]+\s+(SYSTEM|PUBLIC)\b/i;

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function parseXml(text: string, name: string): XmlNode[] {
  const doctype = /<!DOCTYPE/i.exec(text);
  if (doctype) {
    const external = EXTERNAL_ENTITY.exec(text.slice(doctype.index));
    if (external) {
      const line = lineAt(text, doctype.index + external.index);
      throw new UserError(
        `${name}:${line}: refusing an external entity (<!ENTITY … ${external[1]!.toUpperCase()}>); xalign never reads external entities — remove it from the DOCTYPE`,
      );
    }
  }
  const valid = XMLValidator.validate(text, { allowBooleanAttributes: true });
  if (valid !== true) {
    throw new UserError(`${name}:${valid.err.line}: malformed XML: ${valid.err.msg.replace(/\s+/g, ' ')}`);
  }
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    trimValues: false,
    parseTagValue: false,
    parseAttributeValue: false,
    processEntities: true,
    // Also decodes numeric character references (&#8377;), which XML requires.
    htmlEntities: true,
    cdataPropName: CDATA,
    ignoreDeclaration: true,
    ignorePiTags: true,
    // Line numbers of units, for messages: fast-xml-parser reports the start index of each tag.
    captureMetaData: true,
  });
  try {
    return parser.parse(text) as XmlNode[];
  } catch (error) {
    throw new UserError(`${name}: cannot read XML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
}

function tagOf(node: XmlNode): string | undefined {
  for (const key of Object.keys(node)) if (key !== ATTRS && key !== TEXT && key !== CDATA) return key;
  return undefined;
}

/** Local name without a namespace prefix. */
function localName(tag: string): string {
  const colon = tag.indexOf(':');
  return colon >= 0 ? tag.slice(colon + 1) : tag;
}

function childrenOf(node: XmlNode): XmlNode[] {
  const tag = tagOf(node);
  const value = tag === undefined ? undefined : node[tag];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

function attr(node: XmlNode, name: string): string | undefined {
  const attrs = node[ATTRS] as Record<string, unknown> | undefined;
  const value = attrs?.[name];
  return typeof value === 'string' ? value : value === undefined ? undefined : String(value);
}

/** Every descendant element with this local name, in document order (not descending into matches). */
function findAll(nodes: XmlNode[], name: string, into: XmlNode[] = []): XmlNode[] {
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === undefined) continue;
    if (localName(tag) === name) into.push(node);
    else findAll(childrenOf(node), name, into);
  }
  return into;
}

function firstChild(node: XmlNode, name: string): XmlNode | undefined {
  return childrenOf(node).find((child) => {
    const tag = tagOf(child);
    return tag !== undefined && localName(tag) === name;
  });
}

/**
 * The translatable text of a segment: text and CDATA kept; paired inline tags (g, pc, mrk, hi) keep their
 * content; native-code tags (ph, bpt, ept, it, ut in XLIFF 1.2 / TMX) and placeholders (x, bx, ex, sc, ec, sm,
 * em, and XLIFF 2.0's empty ph) are dropped; XLIFF 2.0's <cp hex> becomes its character.
 */
const NATIVE_CODE = new Set(['ph', 'bpt', 'ept', 'it', 'ut', 'sub', 'x', 'bx', 'ex', 'sc', 'ec', 'sm', 'em']);

function inlineText(nodes: XmlNode[]): string {
  let out = '';
  for (const node of nodes) {
    if (TEXT in node) {
      out += String(node[TEXT]);
      continue;
    }
    if (CDATA in node) {
      out += inlineText(node[CDATA] as XmlNode[]);
      continue;
    }
    const tag = tagOf(node);
    if (tag === undefined) continue;
    const local = localName(tag);
    if (local === 'cp') {
      const code = Number.parseInt(attr(node, 'hex') ?? '', 16);
      if (Number.isFinite(code) && code >= 0 && code <= 0x10ffff) out += String.fromCodePoint(code);
      continue;
    }
    if (NATIVE_CODE.has(local)) continue;
    out += inlineText(childrenOf(node));
  }
  return out;
}

function unitLine(node: XmlNode): number | undefined {
  // captureMetaData stores the tag's start index under a symbol; resolved to a line by the caller.
  const meta = (node as Record<symbol, unknown>)[XMLParser.getMetaDataSymbol() as symbol] as { startIndex?: number } | undefined;
  return meta?.startIndex;
}

type PendingUnit = BilingualUnit & { offset?: number };

/** Turns tag offsets into line numbers in one pass over the text. */
function withLines(text: string, units: PendingUnit[]): BilingualUnit[] {
  const newlines: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) newlines.push(i);
  const lineOf = (offset: number) => lowerBound(newlines, offset) + 1;
  return units.map(({ offset, ...unit }) => (offset !== undefined ? { ...unit, line: lineOf(offset) } : unit));
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function readXliff12(tree: XmlNode[], name: string): BilingualDocument {
  const files = findAll(tree, 'file');
  if (files.length === 0) throw new UserError(`${name}: no <file> element: not an XLIFF 1.2 document`);
  const units: PendingUnit[] = [];
  let srcLang: string | undefined;
  let tgtLang: string | undefined;
  for (const file of files) {
    srcLang ??= attr(file, 'source-language');
    tgtLang ??= attr(file, 'target-language');
    for (const unit of findAll(childrenOf(file), 'trans-unit')) {
      if (attr(unit, 'translate') === 'no') continue;
      const source = firstChild(unit, 'source');
      if (!source) continue;
      const target = firstChild(unit, 'target');
      units.push({
        id: attr(unit, 'id') ?? String(units.length + 1),
        source: clean(inlineText(childrenOf(source))),
        target: target ? clean(inlineText(childrenOf(target))) : '',
        offset: unitLine(unit),
      });
    }
  }
  return { format: 'xliff-1.2', srcLang, tgtLang, units };
}

function readXliff2(tree: XmlNode[], name: string): BilingualDocument {
  const root = findAll(tree, 'xliff')[0];
  if (!root) throw new UserError(`${name}: no <xliff> element`);
  const units: PendingUnit[] = [];
  for (const unit of findAll(childrenOf(root), 'unit')) {
    if (attr(unit, 'translate') === 'no') continue;
    const unitId = attr(unit, 'id') ?? String(units.length + 1);
    const segments = childrenOf(unit).filter((child) => {
      const tag = tagOf(child);
      return tag !== undefined && localName(tag) === 'segment';
    });
    segments.forEach((segment, i) => {
      const source = firstChild(segment, 'source');
      if (!source) return;
      const target = firstChild(segment, 'target');
      units.push({
        id: attr(segment, 'id') ?? (segments.length > 1 ? `${unitId}#${i + 1}` : unitId),
        source: clean(inlineText(childrenOf(source))),
        target: target ? clean(inlineText(childrenOf(target))) : '',
        offset: unitLine(segment),
      });
    });
  }
  return { format: 'xliff-2.0', srcLang: attr(root, 'srcLang'), tgtLang: attr(root, 'trgLang'), units };
}

function readTmx(tree: XmlNode[], name: string, options: BilingualOptions): BilingualDocument {
  const root = findAll(tree, 'tmx')[0];
  if (!root) throw new UserError(`${name}: no <tmx> element`);
  const header = firstChild(root, 'header');
  const headerSrc = header ? attr(header, 'srclang') : undefined;
  let srcLang = headerSrc && headerSrc !== '*all*' ? headerSrc : undefined;
  let tgtLang = options.tgtLang;
  const units: PendingUnit[] = [];
  const body = firstChild(root, 'body');
  for (const tu of body ? findAll(childrenOf(body), 'tu') : []) {
    const variants = findAll(childrenOf(tu), 'tuv').map((tuv) => {
      const seg = firstChild(tuv, 'seg');
      return { lang: attr(tuv, 'xml:lang') ?? attr(tuv, 'lang') ?? '', text: seg ? clean(inlineText(childrenOf(seg))) : '' };
    });
    if (variants.length < 2) continue;
    srcLang ??= variants[0]!.lang;
    const same = (a: string, b: string | undefined) => b !== undefined && a.toLowerCase() === b.toLowerCase();
    const src = variants.find((v) => same(v.lang, srcLang)) ?? variants.find((v) => primaryLanguage(v.lang) === primaryLanguage(srcLang));
    if (!src) continue;
    const tgt =
      (tgtLang !== undefined
        ? variants.find((v) => v !== src && (same(v.lang, tgtLang) || primaryLanguage(v.lang) === primaryLanguage(tgtLang)))
        : variants.find((v) => v !== src)) ?? undefined;
    if (!tgt) continue;
    tgtLang ??= tgt.lang;
    units.push({ id: attr(tu, 'tuid') ?? String(units.length + 1), source: src.text, target: tgt.text, offset: unitLine(tu) });
  }
  if (units.length === 0 && !body) throw new UserError(`${name}: no <body> element: not a TMX document`);
  return { format: 'tmx', srcLang, tgtLang, units };
}

// ---------------------------------------------------------------- TSV / CSV

/** RFC 4180 rows: quoted fields may hold the delimiter, doubled quotes and newlines. */
export function splitDelimited(text: string, delimiter: string): { cells: string[]; line: number }[] {
  const rows: { cells: string[]; line: number }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === '\n') line++;
        cell += c;
      }
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      rows.push({ cells, line: rowLine });
      cells = [];
      cell = '';
      line++;
      rowLine = line;
    } else cell += c;
  }
  if (cell !== '' || cells.length > 0) {
    cells.push(cell);
    rows.push({ cells, line: rowLine });
  }
  return rows.filter((row) => row.cells.some((value) => value.trim() !== ''));
}

const SOURCE_HEADERS = new Set(['source', 'src', 'source text', 'original']);
const TARGET_HEADERS = new Set(['target', 'tgt', 'trg', 'target text', 'translation']);
const ID_HEADERS = new Set(['id', 'key', 'unit', 'tuid']);
const LANG_HEADER = /^[a-z]{2,3}([-_][a-z0-9]{2,8})*$/i;

function parseDelimited(text: string, name: string, format: 'tsv' | 'csv'): BilingualDocument {
  const delimiter = format === 'tsv' ? '\t' : text.slice(0, 2000).split('\n')[0]!.includes(';') && !text.slice(0, 2000).split('\n')[0]!.includes(',') ? ';' : ',';
  const rows = splitDelimited(text, delimiter);
  if (rows.length === 0) throw new UserError(`${name}: no rows`);
  const header = rows[0]!.cells.map((cell) => cell.trim().toLowerCase());
  let srcCol = -1;
  let tgtCol = -1;
  let idCol = -1;
  let srcLang: string | undefined;
  let tgtLang: string | undefined;
  header.forEach((cell, i) => {
    if (SOURCE_HEADERS.has(cell) && srcCol < 0) srcCol = i;
    else if (TARGET_HEADERS.has(cell) && tgtCol < 0) tgtCol = i;
    else if (ID_HEADERS.has(cell) && idCol < 0) idCol = i;
  });
  // A header of language codes ("en<TAB>hi") names the columns and the languages at once.
  const langCells = header.map((cell, i) => ({ cell, i })).filter(({ cell, i }) => i !== idCol && LANG_HEADER.test(cell) && cell.length <= 8);
  if ((srcCol < 0 || tgtCol < 0) && langCells.length >= 2 && langCells.length === header.length - (idCol >= 0 ? 1 : 0)) {
    srcCol = langCells[0]!.i;
    tgtCol = langCells[1]!.i;
    srcLang = langCells[0]!.cell;
    tgtLang = langCells[1]!.cell;
  }
  const hasHeader = srcCol >= 0 && tgtCol >= 0;
  if (!hasHeader) {
    if (srcCol >= 0 || tgtCol >= 0) throw new UserError(`${name}:1: the header names only one of the source and target columns`);
    srcCol = 0;
    tgtCol = 1;
    idCol = -1;
  }
  const units: BilingualUnit[] = [];
  for (const row of hasHeader ? rows.slice(1) : rows) {
    if (row.cells.length <= Math.max(srcCol, tgtCol)) {
      const what = format === 'tsv' ? 'a tab' : `"${delimiter}"`;
      throw new UserError(`${name}:${row.line}: expected source and target separated by ${what}, found ${row.cells.length} column`);
    }
    units.push({
      id: idCol >= 0 ? row.cells[idCol]!.trim() || String(units.length + 1) : String(units.length + 1),
      source: row.cells[srcCol]!.trim(),
      target: row.cells[tgtCol]!.trim(),
      line: row.line,
    });
  }
  return { format, srcLang, tgtLang, units };
}

