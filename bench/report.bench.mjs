#!/usr/bin/env node
// Corpus runs: `xalign report` throughput (document pairs per second) with --jobs 1 and --jobs 2 on ≥ 500
// article-sized pairs, and peak RSS at two corpus sizes (it should stay flat: workers write each pair's report and
// only a small summary row per pair stays in memory). Goal: speed-up ≥ 1.7× on two cores.
// The corpus is generated into a temp folder: windows of 12 consecutive FLORES dev sentences (Wikinews and
// friends, professionally translated) as en→hi/vi/th/zh and back, plus the bundled seed pairs.
// usage: node bench/report.bench.mjs [--pairs 500] [--large 1000]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const flores = join(root, '../shared/eval/data/flores-dev');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const PAIRS = option('--pairs', 500);
const LARGE = option('--large', PAIRS * 2);
const WINDOW = 12;
const FLORES = { en: 'eng_Latn', hi: 'hin_Deva', vi: 'vie_Latn', th: 'tha_Thai', zh: 'zho_Hans' };
const GOAL = 1.7;

if (!existsSync(join(root, 'dist/cli.js'))) {
  console.log('build first: npm run build');
  process.exit(1);
}

function lines(lang) {
  return readFileSync(join(flores, `${FLORES[lang]}.txt`), 'utf8').split('\n').filter((l) => l.trim());
}

/** An article: sentences joined into paragraphs of three, the way news text is laid out. */
function article(sentences, lang) {
  const glue = lang === 'zh' || lang === 'th' ? (lang === 'th' ? ' ' : '') : ' ';
  const paragraphs = [];
  for (let i = 0; i < sentences.length; i += 3) paragraphs.push(sentences.slice(i, i + 3).join(glue));
  return `${paragraphs.join('\n\n')}\n`;
}

function makeCorpus(dir, count) {
  mkdirSync(join(dir, 'text'), { recursive: true });
  const text = Object.fromEntries(Object.keys(FLORES).map((l) => [l, lines(l)]));
  const directions = [['en', 'hi'], ['en', 'vi'], ['en', 'th'], ['en', 'zh'], ['hi', 'en'], ['vi', 'en'], ['th', 'en'], ['zh', 'en']];
  const manifest = [];
  const seeds = JSON.parse(readFileSync(join(root, 'corpus/pairs.json'), 'utf8'));
  for (const seed of seeds) {
    manifest.push({ ...seed, id: `seed-${seed.id}`, source: { ...seed.source, path: join(root, 'corpus', seed.source.path) }, target: { ...seed.target, path: join(root, 'corpus', seed.target.path) } });
  }
  const total = text.en.length;
  for (let n = 0; manifest.length < count; n++) {
    const [s, t] = directions[n % directions.length];
    // Overlapping windows at varying offsets, so articles differ across the corpus.
    const start = (n * 7) % (total - WINDOW);
    const id = `doc-${String(n).padStart(5, '0')}-${s}-${t}`;
    const src = join(dir, 'text', `${id}.${s}.txt`);
    const tgt = join(dir, 'text', `${id}.${t}.txt`);
    writeFileSync(src, article(text[s].slice(start, start + WINDOW), s));
    writeFileSync(tgt, article(text[t].slice(start, start + WINDOW), t));
    manifest.push({ id, kind: 'translation', source: { path: src, lang: s }, target: { path: tgt, lang: t } });
  }
  const path = join(dir, `pairs-${count}.json`);
  writeFileSync(path, JSON.stringify(manifest.slice(0, count)));
  return path;
}

// Peak RSS of the whole process (main thread + worker threads share it), written at exit by a preloaded hook.
function runReport(manifest, jobs, out) {
  const rssFile = join(out, '..', `rss-${jobs}-${Date.now()}.txt`);
  const hook = `data:text/javascript,${encodeURIComponent(
    `import { writeFileSync } from 'node:fs'; process.on('exit', () => { const u = process.resourceUsage(); writeFileSync(${JSON.stringify(rssFile)}, JSON.stringify([u.maxRSS, (u.userCPUTime + u.systemCPUTime) / 1e6])); });`,
  )}`;
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', hook, join(root, 'bin/xalign.js'), 'report', manifest, '--out', out, '--jobs', String(jobs), '--fail-on', 'none'], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status !== 0) {
    console.log(`report failed (exit ${r.status}): ${r.stderr.split('\n').slice(0, 3).join(' | ')}`);
    process.exit(1);
  }
  const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
  const [maxRss, cpuSeconds] = JSON.parse(readFileSync(rssFile, 'utf8'));
  return { seconds, cpuSeconds, pairs: summary.totals.checked, failed: summary.totals.failed, rssMB: maxRss / 1024 };
}

/** How many cores two busy threads actually get right now (other processes share the machine). */
async function coresAvailable() {
  const { Worker } = await import('node:worker_threads');
  const spin = `const t = Date.now(); let x = 0; while (Date.now() - t < 1000) x += Math.sqrt(x + 1); require('node:worker_threads').parentPort.postMessage(x);`;
  const before = process.cpuUsage();
  const started = Date.now();
  await Promise.all([0, 1].map(() => new Promise((done) => new Worker(spin, { eval: true }).once('message', done))));
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000 / (Date.now() - started);
}

const dir = mkdtempSync(join(tmpdir(), 'xalign-bench-report-'));
try {
  const small = makeCorpus(dir, PAIRS);
  const large = makeCorpus(dir, LARGE);
  const bytes = JSON.parse(readFileSync(small, 'utf8'))
    .slice(0, 50)
    .reduce((n, p) => n + readFileSync(p.source.path).length + readFileSync(p.target.path).length, 0);
  console.log(`corpus: ${PAIRS} document pairs (${WINDOW} sentences a side, ~${Math.round(bytes / 100 / 1024 * 10) / 10} KB a pair), ${cpus().length} cores`);

  const loadBefore = loadavg().map((l) => l.toFixed(1)).join(' ');
  const capacity = await coresAvailable();
  console.log(`cores available to two busy threads right now: ${capacity.toFixed(2)} of ${cpus().length}`);
  const one = runReport(small, 1, join(dir, 'out-1'));
  const two = runReport(small, 2, join(dir, 'out-2'));
  const big = runReport(large, 2, join(dir, 'out-large'));
  const rate = (r) => r.pairs / r.seconds;
  const speedup = rate(two) / rate(one);
  // CPU seconds next to wall seconds: if the CPU time is the same for both, a low speed-up means the cores were busy elsewhere.
  const line = (r, jobs) =>
    `--jobs ${jobs}: ${r.pairs} pairs in ${r.seconds.toFixed(1)} s = ${rate(r).toFixed(1)} pairs/s (${r.cpuSeconds.toFixed(1)} CPU s), peak RSS ${r.rssMB.toFixed(0)} MB`;
  console.log(line(one, 1));
  console.log(line(two, 2));
  console.log(`load average before/after: ${loadBefore} / ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  console.log(
    `speed-up: ${speedup.toFixed(2)}× (goal ≥ ${GOAL}× on two free cores) ${speedup >= GOAL ? 'ok' : capacity < 1.8 ? `below goal, but only ${capacity.toFixed(2)} cores were free` : 'BELOW GOAL'}`,
  );
  // Why a speed-up stops short: V8 compiles and collects garbage on helper threads, so even --jobs 1 keeps more than
  // one core busy, and every worker repeats the compilation. Two jobs cannot finish before the CPU time they need
  // is spread over the cores, whatever the scheduling.
  const cores = cpus().length;
  console.log(
    `cores kept busy: --jobs 1 ${(one.cpuSeconds / one.seconds).toFixed(2)}, --jobs 2 ${(two.cpuSeconds / two.seconds).toFixed(2)}; CPU time ×${(two.cpuSeconds / one.cpuSeconds).toFixed(2)} with two jobs; ` +
      `the most ${cores} cores allow for this work: ${((one.seconds * cores) / two.cpuSeconds).toFixed(2)}×`,
  );
  console.log(
    `memory: peak RSS ${two.rssMB.toFixed(0)} MB at ${two.pairs} pairs, ${big.rssMB.toFixed(0)} MB at ${big.pairs} pairs (--jobs 2): ${((big.rssMB / two.rssMB - 1) * 100).toFixed(0)}% growth for ${(big.pairs / two.pairs).toFixed(1)}× the pairs`,
  );
  // Live heap after a full GC, in process, after checking N and then 2N pairs: what a leak would show.
  if (typeof global.gc === 'function') {
    const { checkJob } = await import('../dist/batch/check-pair.js');
    const jobs = JSON.parse(readFileSync(large, 'utf8'));
    const live = [];
    jobs.forEach((job, i) => {
      checkJob({ ...job, mode: job.kind === 'comparable' ? 'comparable' : 'translation' }, { failOn: 'none' });
      if (i + 1 === PAIRS || i + 1 === jobs.length) {
        global.gc();
        live.push([i + 1, process.memoryUsage().heapUsed / 1048576]);
      }
    });
    console.log(`live heap after GC (one thread): ${live.map(([n, mb]) => `${mb.toFixed(1)} MB after ${n} pairs`).join(', ')}`);
  }
  if (one.failed + two.failed + big.failed) console.log(`warning: ${one.failed + two.failed + big.failed} pairs could not be checked`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
