#!/usr/bin/env node
// The interactive review on a 5,000-sentence pair (FLORES dev en→hi sentences, cycled): time to the first screen
// once the pair is checked (goal < 0.5 s), and key press → rendered frame (goal: median < 30 ms). The ink app
// runs in-process on ink-testing-library's fake terminal (140×45), exactly as `xalign review` mounts it.
// usage: node bench/review.bench.mjs [--sentences 5000] [--presses 200]
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = (p) => new URL(`../dist/${p}`, import.meta.url).href;
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const SENTENCES = option('--sentences', 5000);
const PRESSES = option('--presses', 200);
const GOAL_FIRST_MS = 500;
const GOAL_KEY_MS = 30;

if (!existsSync(join(root, 'dist/cli.js'))) {
  console.log('build first: npm run build');
  process.exit(1);
}

const [{ analyze }, { createReviewState }, { createSession }, { beadChecker }, { ReviewApp }, { createElement }, { render }] = await Promise.all([
  import(dist('core/pipeline.js')),
  import(dist('tui/state.js')),
  import(dist('tui/session.js')),
  import(dist('tui/recheck.js')),
  import(dist('tui/App.js')),
  import('react'),
  import('ink-testing-library'),
]);

const flores = join(root, '../shared/eval/data/flores-dev');
const lines = (file) => readFileSync(join(flores, file), 'utf8').split('\n').filter((l) => l.trim());
const en = lines('eng_Latn.txt');
const hi = lines('hin_Deva.txt');
const sentences = (pool) => {
  let at = 0;
  return Array.from({ length: SENTENCES }, (_, i) => {
    const text = pool[i % pool.length];
    const s = { text, start: at, end: at + text.length };
    at += text.length + 1;
    return s;
  });
};

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
const ms = (x) => `${x.toFixed(1)} ms`;

let t = performance.now();
const analysis = analyze({ srcLang: 'en', tgtLang: 'hi', source: sentences(en), target: sentences(hi) });
const checkMs = performance.now() - t;
console.log(`pair: ${SENTENCES} en + ${SENTENCES} hi sentences, ${analysis.beads.length} pairs, ${analysis.findings.length} findings; checked in ${(checkMs / 1000).toFixed(2)} s (not part of the goal)`);

// First screen: review state + session + ink mount + first frame written.
t = performance.now();
const env = { checkBeads: beadChecker(analysis) };
const session = createSession(createReviewState(analysis, env), env);
let lastWrite = 0;
const app = render(createElement(ReviewApp, { session, title: 'flores en→hi', columns: 140, rows: 45, onEffect: () => {} }));
const firstMs = (app.stdout.frames.length > 0 ? performance.now() : await frameAfter(0)) - t;
const write = app.stdout.write;
app.stdout.write = (frame) => {
  lastWrite = performance.now();
  write(frame);
};

async function frameAfter(count) {
  while (app.stdout.frames.length <= count) await new Promise((r) => setImmediate(r));
  return performance.now();
}

/** Presses a key and waits for the frame it causes; the latency is key → frame written. */
async function press(key) {
  const before = app.stdout.frames.length;
  const start = performance.now();
  app.stdin.write(key);
  await frameAfter(before);
  return lastWrite - start;
}

const pause = () => new Promise((r) => setTimeout(r, 5));
const NAV = ['j', 'j', 'k', 'n', '\u001B[6~', 'n', 'N', '\u001B[5~', 'j', 'G', 'g', '1', '2', '3', '4', '\r'];
const nav = [];
for (let i = 0; nav.length < PRESSES; i++) {
  nav.push(await press(NAV[i % NAV.length]));
  await pause();
}
const heavy = { filter: [], merge: [], undo: [] };
for (let i = 0; i < 10; i++) {
  heavy.filter.push(await press('f'));
  await pause();
  heavy.merge.push(await press('m'));
  await pause();
  heavy.undo.push(await press('u'));
  await pause();
}
app.unmount();

const frame = app.lastFrame() ?? '';
if (!frame.includes('xalign review')) {
  console.log('the review did not render');
  process.exit(1);
}
console.log(`first screen after the check: ${ms(firstMs)} (goal < ${GOAL_FIRST_MS} ms)`);
console.log(`key → frame, navigation (j k n N PgDn PgUp G g…): median ${ms(median(nav))}, p95 ${ms(pct(nav, 0.95))}, n=${nav.length} (goal: median < ${GOAL_KEY_MS} ms)`);
console.log(`key → frame, f filter over all pairs: median ${ms(median(heavy.filter))}; m merge + re-check: median ${ms(median(heavy.merge))}; u undo: median ${ms(median(heavy.undo))}`);
const ok = firstMs < GOAL_FIRST_MS && median(nav) < GOAL_KEY_MS;
console.log(ok ? 'goals met' : 'GOALS NOT MET');
process.exit(0);
