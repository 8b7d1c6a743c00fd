#!/usr/bin/env node
// Alignment speed and memory on large documents: the FLORES-200 dev sentences (hi–en, and zh–en) repeated into
// ~9,000 and 10,000-sentence documents, perturbed the way make-docs.mjs does (adjacent sentences merged on either
// side, sentences deleted on either side), then aligned with the built aligner (dist/). Prints sentences per
// second, wall time, peak RSS and strict/link F1 against the known beads.
// usage: node bench/align.bench.mjs [--sizes 9000,10000] [--pairs hin_Deva,zho_Hans]
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { align } from '../dist/core/align.js';

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const sizes = opt('--sizes', '9000,10000').split(',').map(Number);
const langs = opt('--pairs', 'hin_Deva').split(',');
const data = fileURLToPath(new URL('../../shared/eval/data/flores-dev/', import.meta.url));
if (!existsSync(`${data}eng_Latn.txt`)) {
  console.log(`align bench: skipped (no FLORES data at ${data})`);
  process.exit(0);
}
const code = { hin_Deva: 'hi', vie_Latn: 'vi', tha_Thai: 'th', zho_Hans: 'zh' };
const read = (l) => readFileSync(`${data}${l}.txt`, 'utf8').replace(/\n$/, '').split('\n');
const english = read('eng_Latn');

/** make-docs.mjs's perturbation of the line-aligned corpus (repeated) until the source has `size` sentences. */
function makeDocument(foreign, lang, size, seed) {
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed / 2147483648);
  const joiner = lang.startsWith('zho') ? '' : ' ';
  const src = [], tgt = [], gold = [];
  for (let u = 0; src.length < size; u++) {
    const i = u % foreign.length, k = (u + 1) % foreign.length;
    const r = rand();
    const bead = { src: [], tgt: [] };
    if (r < 0.08) { bead.src.push(src.length); src.push(foreign[i] + joiner + foreign[k]); bead.tgt.push(tgt.length, tgt.length + 1); tgt.push(english[i], english[k]); u++; }
    else if (r < 0.16) { bead.src.push(src.length, src.length + 1); src.push(foreign[i], foreign[k]); bead.tgt.push(tgt.length); tgt.push(`${english[i]} ${english[k]}`); u++; }
    else if (r < 0.2) { bead.src.push(src.length); src.push(foreign[i]); }
    else if (r < 0.24) { bead.tgt.push(tgt.length); tgt.push(english[i]); }
    else { bead.src.push(src.length); src.push(foreign[i]); bead.tgt.push(tgt.length); tgt.push(english[i]); }
    gold.push(bead);
  }
  return { src, tgt, gold };
}

function f1(gold, pred) {
  const key = (b) => `${b.src.join(',')}|${b.tgt.join(',')}`;
  const g = new Set(gold.map(key));
  const hits = pred.filter((b) => g.has(key(b))).length;
  const p = hits / pred.length, r = hits / gold.length;
  const links = (bs) => new Set(bs.flatMap((b) => b.src.flatMap((i) => b.tgt.map((j) => `${i}-${j}`))));
  const gl = links(gold), pl = links(pred);
  let lh = 0;
  for (const l of pl) if (gl.has(l)) lh++;
  const lp = lh / pl.size, lr = lh / gl.size;
  return { strict: (2 * p * r) / (p + r), link: (2 * lp * lr) / (lp + lr) };
}

// warm up the lexicons, the segmenters and the JIT on a small document
align(read('hin_Deva').slice(0, 50), english.slice(0, 50), { srcLang: 'hi', tgtLang: 'en' });
for (const lang of langs) {
  const foreign = read(lang);
  for (const size of sizes) {
    const doc = makeDocument(foreign, lang, size, 7 + size);
    globalThis.gc?.();
    const rssBefore = process.memoryUsage().rss;
    let peak = rssBefore;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const t0 = performance.now(), cpu0 = process.cpuUsage();
    const beads = align(doc.src, doc.tgt, { srcLang: code[lang], tgtLang: 'en' });
    const seconds = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    clearInterval(timer);
    peak = Math.max(peak, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
    const { strict, link } = f1(doc.gold, beads);
    const sentences = doc.src.length + doc.tgt.length;
    console.log(
      `align ${code[lang]}-en ${doc.src.length}×${doc.tgt.length} sentences: ${seconds.toFixed(2)} s ` +
        `(CPU ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s), ` +
        `${Math.round(sentences / seconds)} sentences/s, peak RSS ${Math.round(peak / 1048576)} MB, ` +
        `strict F1 ${strict.toFixed(4)}, link F1 ${link.toFixed(4)}`,
    );
  }
}
