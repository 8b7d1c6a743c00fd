#!/usr/bin/env node
// Segmentation against the align-dev documents: the raw prose (src.raw.txt / tgt.raw.txt) is segmented and each
// predicted sentence start inside a paragraph is compared with the gold line starts (src.txt / tgt.txt).
// Two golds: "lines" takes every gold line as a sentence, as the brief defines it; "sentences" also counts the
// joins of lines that make-docs.mjs merged from two FLORES sentences (a segmenter is right to split those).
// usage: node bench/segment.bench.mjs [--show LANG] [--dir ../shared/eval/data/align-dev]
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { segment } from '../dist/core/segment.js';

const args = process.argv.slice(2);
const opt = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const root = fileURLToPath(new URL('..', import.meta.url));
const data = opt('--dir') ?? join(root, '../shared/eval/data/align-dev');
const flores = join(data, '../flores-dev');
const show = opt('--show');
const CODES = { hin_Deva: 'hi', eng_Latn: 'en', vie_Latn: 'vi', tha_Thai: 'th', zho_Hans: 'zh' };

if (!existsSync(data)) {
  console.log(`segment: no dev data at ${data}; skipped`);
  process.exit(0);
}

const floresSets = new Map();
function floresSet(code) {
  if (!floresSets.has(code)) {
    const name = Object.keys(CODES).find((k) => CODES[k] === code);
    const file = join(flores, `${name}.txt`);
    floresSets.set(code, existsSync(file) ? new Set(readFileSync(file, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean)) : null);
  }
  return floresSets.get(code);
}

/** Offsets (within the line) where a merged gold line joins two FLORES sentences. */
function innerJoins(line, code) {
  const set = floresSet(code);
  if (!set || set.has(line)) return [];
  for (let k = 1; k < line.length; k++) {
    const left = line.slice(0, k).trim();
    const right = line.slice(k).trim();
    if (set.has(left) && set.has(right) && line[k] !== ' ') return [k];
  }
  return [];
}

const nextContent = (raw, at) => { while (at < raw.length && /\s/.test(raw[at])) at++; return at; };
const paragraphStart = (raw, at) => { let p = at - 1; while (p >= 0 && raw[p] !== '\n' && /\s/.test(raw[p])) p--; return p < 0 || raw[p] === '\n'; };

const stats = {};
const misses = [];
function score(code, raw, goldLines) {
  const goldLine = new Set();
  const goldSent = new Set();
  let cursor = 0;
  for (const line of goldLines) {
    const t = line.trim();
    if (!t) continue;
    const at = raw.indexOf(t, cursor);
    if (at < 0) throw new Error(`gold line not found in raw text: ${t.slice(0, 40)}`);
    if (!paragraphStart(raw, at)) { goldLine.add(at); goldSent.add(at); }
    for (const k of innerJoins(t, code)) goldSent.add(nextContent(raw, at + k));
    cursor = at + t.length;
  }
  const pred = new Set(segment(raw, code).map((s) => s.start).filter((s) => !paragraphStart(raw, s)));
  const s = (stats[code] ??= { line: { tp: 0, fp: 0, fn: 0 }, sent: { tp: 0, fp: 0, fn: 0 } });
  for (const [gold, acc] of [[goldLine, s.line], [goldSent, s.sent]]) {
    for (const p of pred) gold.has(p) ? acc.tp++ : acc.fp++;
    for (const g of gold) if (!pred.has(g)) acc.fn++;
  }
  if (show === code) {
    for (const p of pred) if (!goldSent.has(p)) misses.push(`FP  …${raw.slice(Math.max(0, p - 50), p)}‖${raw.slice(p, p + 30)}…`);
    for (const g of goldSent) if (!pred.has(g)) misses.push(`FN  …${raw.slice(Math.max(0, g - 50), g)}‖${raw.slice(g, g + 30)}…`);
  }
}

const t0 = performance.now();
let chars = 0;
for (const pair of readdirSync(data).sort()) {
  const [srcName, tgtName] = pair.split('-');
  for (const doc of readdirSync(join(data, pair)).sort()) {
    const dir = join(data, pair, doc);
    for (const [side, name] of [['src', srcName], ['tgt', tgtName]]) {
      const code = CODES[name];
      if (!code) continue;
      const raw = readFileSync(join(dir, `${side}.raw.txt`), 'utf8');
      chars += raw.length;
      score(code, raw, readFileSync(join(dir, `${side}.txt`), 'utf8').split('\n'));
    }
  }
}
const ms = performance.now() - t0;

const f = (x) => x.toFixed(3);
const prf = ({ tp, fp, fn }) => { const p = tp / (tp + fp || 1); const r = tp / (tp + fn || 1); return [p, r, (2 * p * r) / (p + r || 1)]; };
console.log('boundary precision / recall / F1 inside paragraphs (paragraph breaks are given)');
console.log('lang  gold=lines P     R      F1    | gold=sentences P  R      F1    | boundaries');
for (const code of ['en', 'hi', 'vi', 'th', 'zh']) {
  const s = stats[code];
  if (!s) continue;
  const [lp, lr, lf] = prf(s.line);
  const [sp, sr, sf] = prf(s.sent);
  console.log(`${code.padEnd(5)} ${f(lp).padStart(12)} ${f(lr)}  ${f(lf)} | ${f(sp).padStart(16)} ${f(sr)}  ${f(sf)} | ${s.sent.tp + s.sent.fn}`);
}
console.log(`${(chars / 1e6).toFixed(2)} M chars in ${ms.toFixed(0)} ms`);
if (show) for (const m of misses) console.log(m);
