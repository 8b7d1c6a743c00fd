#!/usr/bin/env node
// Facts extraction throughput, sentences per second on one core, per language, on news-like text: the FLORES
// dev sentences (Wikinews and friends) plus the seed articles' sentences. Goal: ≥ 50,000 sentences/s.
// usage: node bench/facts.bench.mjs [--seconds 1]
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFacts } from '../dist/core/facts.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const flores = join(root, '../shared/eval/data/flores-dev');
const args = process.argv.slice(2);
const seconds = args.includes('--seconds') ? Number(args[args.indexOf('--seconds') + 1]) : 1;
const FLORES = { en: 'eng_Latn', hi: 'hin_Deva', vi: 'vie_Latn', th: 'tha_Thai', zh: 'zho_Hans' };
const GOAL = 50_000;

function sentences(lang) {
  const out = [];
  const f = join(flores, `${FLORES[lang]}.txt`);
  if (existsSync(f)) out.push(...readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()));
  for (const name of readdirSync(join(root, 'corpus')).filter((n) => n.endsWith(`.${lang}.txt`))) {
    // Seed articles: one paragraph per line, sentences split at terminators (good enough for timing).
    const text = readFileSync(join(root, 'corpus', name), 'utf8');
    out.push(...text.split(/(?<=[.!?।。])\s+|\n+/).filter((l) => l.trim()));
  }
  return out;
}

let worst = Infinity;
const rows = [];
for (const lang of Object.keys(FLORES)) {
  const lines = sentences(lang);
  if (!lines.length) continue;
  let facts = 0;
  for (const l of lines) facts += extractFacts(l, lang).length; // warm-up: compiles the language's trie
  let n = 0;
  const t0 = process.hrtime.bigint();
  const limit = BigInt(Math.round(seconds * 1e9));
  while (process.hrtime.bigint() - t0 < limit) {
    for (const l of lines) extractFacts(l, lang);
    n += lines.length;
  }
  const perSec = n / (Number(process.hrtime.bigint() - t0) / 1e9);
  worst = Math.min(worst, perSec);
  rows.push(`${lang}: ${Math.round(perSec).toLocaleString('en')} sentences/s (${lines.length} sentences, ${facts} facts, ${(facts / lines.length).toFixed(2)} per sentence)`);
}
for (const r of rows) console.log(r);
console.log(`facts throughput: slowest language ${Math.round(worst).toLocaleString('en')} sentences/s per core (goal ${GOAL.toLocaleString('en')})`);
