// `xalign report [MANIFEST | DIR]`: checks every pair of a corpus in worker threads and writes one HTML + JSON
// report per pair and a summary (text, JSON, HTML index). Exit 0 clean, 1 gate, 2 usage or input error.
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { BatchSettings } from '../batch/check-pair.js';
import { parseShard, safeFileName, shardJobs, type PairJob } from '../batch/jobs.js';
import type { JobMessage, PairSummary, WorkerReply } from '../batch/protocol.js';
import { mergeConfig, type FailOn, type XalignConfig } from '../core/config.js';
import { UserError } from '../core/errors.js';
import { DEFAULT_FAIL_ON } from '../core/gate.js';
import { formatHtmlIndex } from '../formats/html.js';
import { readBaseline, writeBaseline, type BaselineEntry } from '../io/baseline.js';
import { loadConfig } from '../io/config.js';
import { readCorpus } from '../io/manifest.js';
import { outputErrorReason, writeFileAtomic } from '../io/output.js';
import { readGlossaries } from '../io/glossary.js';

interface RunSummary {
  corpus: string;
  shard?: string;
  failOn: FailOn;
  totals: { pairs: number; checked: number; failed: number; error: number; warning: number; info: number; failing: number };
  exitCode: number;
  pairs: PairSummary[];
}

export async function run(argv: Record<string, unknown>): Promise<number> {
  const cwd = process.cwd();
  const corpus = String(argv.corpus ?? 'corpus/pairs.json');
  const outDir = resolve(String(argv.out ?? 'xalign-report'));
  const loaded = loadConfig(argv.config as string | undefined, cwd);
  const cli: XalignConfig = {
    failOn: argv.failOn as FailOn | undefined,
    baseline: argv.baseline as string | undefined,
    glossary: argv.glossary as string[] | undefined,
  };
  const config = mergeConfig(loaded?.config, cli);
  const failOn = config.failOn ?? DEFAULT_FAIL_ON;
  const jobsOption = argv.jobs === undefined ? availableParallelism() : Number(argv.jobs);
  if (!Number.isInteger(jobsOption) || jobsOption < 1) {
    throw new UserError(`--jobs must be a whole number of at least 1 (e.g. --jobs 2)${Number.isNaN(jobsOption) ? '' : `, not ${String(argv.jobs)}`}`);
  }
  const shard = argv.shard === undefined ? undefined : parseShard(String(argv.shard));

  const corpusJobs = readCorpus(corpus, { srcLang: config.srcLang });
  refuseReportNameClashes(corpusJobs);
  const jobs = shardJobs(corpusJobs, shard);
  checkJobFiles(jobs);
  const settings: BatchSettings = {
    rules: config.rules,
    minSeverity: config.minSeverity,
    failOn,
    baseline: config.baseline ? [...readBaseline(config.baseline)] : undefined,
    glossary: config.glossary?.length ? readGlossaries(config.glossary) : undefined,
    cwd,
  };
  prepareOutDir(outDir);

  const writeBaselineTo = argv.writeBaseline as string | undefined;
  const { summaries, baseline, problems } = await runJobs(jobs, settings, outDir, Math.min(jobsOption, Math.max(1, jobs.length)), Boolean(writeBaselineTo));
  for (const problem of problems) process.stderr.write(`xalign: ${problem}\n`);

  const totals = { pairs: jobs.length, checked: 0, failed: 0, error: 0, warning: 0, info: 0, failing: 0 };
  for (const s of summaries) {
    if (s.error) totals.failed++;
    else totals.checked++;
    totals.error += s.counts.error;
    totals.warning += s.counts.warning;
    totals.info += s.counts.info;
    totals.failing += s.failing;
  }
  const exitCode = totals.failed > 0 ? 2 : totals.failing > 0 ? 1 : 0;
  const summary: RunSummary = { corpus, ...(shard ? { shard: `${shard.index}/${shard.count}` } : {}), failOn, totals, exitCode, pairs: summaries };
  const shown = relative(cwd, outDir);
  const text = summaryText(summary, !shown ? '.' : shown.startsWith('..') ? outDir : shown);
  writeFileAtomic(join(outDir, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
  writeFileAtomic(join(outDir, 'summary.txt'), text);
  writeFileAtomic(
    join(outDir, 'index.html'),
    formatHtmlIndex(
      summaries.map((s) => ({ id: s.id, srcLang: s.srcLang, tgtLang: s.tgtLang, mode: s.mode, pairs: s.pairs, counts: s.counts, href: s.html, error: s.error, note: s.note, failing: s.failing })),
      { failOn, failing: totals.failing, title: `xalign corpus report: ${corpus}${shard ? ` (shard ${shard.index}/${shard.count})` : ''}` },
    ),
  );
  if (writeBaselineTo) writeBaseline(writeBaselineTo, baseline);
  process.stdout.write(text);
  return exitCode;
}

/**
 * Every file of the run must be there before anything is written: a typo in a manifest is one line and exit 2,
 * not a half-written report folder. (Content problems — binary, not UTF-8 — are found per pair by the workers.)
 */
/**
 * Two ids that clean up to the same report file name ("a/b" and "a_b", or "Pair" and "pair" on a case-insensitive
 * disk) would overwrite each other's report: refused up front, over the whole corpus so every shard agrees.
 */
function refuseReportNameClashes(jobs: readonly PairJob[]): void {
  const owner = new Map<string, string>();
  for (const job of jobs) {
    const key = safeFileName(job.id).toLowerCase();
    const other = owner.get(key);
    if (other !== undefined) {
      throw new UserError(`the ids "${other}" and "${job.id}" would both be reported as pairs/${safeFileName(job.id)}.html; rename one of them`);
    }
    owner.set(key, job.id);
  }
}

function checkJobFiles(jobs: readonly PairJob[]): void {
  const problems: string[] = [];
  for (const job of jobs) {
    for (const path of [job.source.path, job.target.path]) {
      const stat = statSync(path, { throwIfNoEntry: false });
      if (!stat) problems.push(`${job.id}: cannot read ${path}: no such file`);
      else if (!stat.isFile()) problems.push(`${job.id}: cannot read ${path}: it is not a file`);
    }
  }
  if (problems.length) {
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    throw new UserError(`${problems[0]}${more}; nothing was written`);
  }
}

/**
 * Creates the report folder. An existing folder is reused only when it is empty or holds an earlier xalign report,
 * so that `--out` pointed at a folder of the user's own files never overwrites one of them.
 */
function prepareOutDir(outDir: string): void {
  const stat = statSync(outDir, { throwIfNoEntry: false });
  if (stat && !stat.isDirectory()) throw new UserError(`cannot write the report to ${outDir}: it is a file, not a folder`);
  if (stat && readdirSync(outDir).length > 0 && !isReportFolder(outDir)) {
    throw new UserError(`refusing to write the report into ${outDir}: the folder holds other files and no earlier xalign report; choose an empty or new folder with --out`);
  }
  try {
    mkdirSync(join(outDir, 'pairs'), { recursive: true });
  } catch (error) {
    throw new UserError(`cannot create ${outDir}: ${outputErrorReason(error)}`);
  }
}

function isReportFolder(dir: string): boolean {
  try {
    const summary = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as Partial<RunSummary>;
    return typeof summary.corpus === 'string' && Array.isArray(summary.pairs) && typeof summary.totals === 'object';
  } catch {
    return false;
  }
}

function summaryText(summary: RunSummary, out: string): string {
  const width = Math.max(4, ...summary.pairs.map((p) => p.id.length));
  const lines = summary.pairs.map((p) => {
    const name = p.id.padEnd(width);
    if (p.error) return `  ${name}  ERROR  ${p.error}`;
    const verdict = p.failing ? 'FAIL' : 'ok';
    const suppressed = p.suppressed.baseline + p.suppressed.review;
    return `  ${name}  ${`${p.srcLang}→${p.tgtLang}`.padEnd(6)} ${p.mode.padEnd(11)} ${String(p.pairs).padStart(4)} pairs  ${String(p.counts.error).padStart(3)} error  ${String(p.counts.warning).padStart(3)} warning  ${String(p.counts.info).padStart(3)} info${suppressed ? `  (${suppressed} accepted)` : ''}  ${verdict}`;
  });
  const t = summary.totals;
  const gate = t.failing ? `FAIL: ${t.failing} finding${t.failing === 1 ? '' : 's'} at or above ${summary.failOn}` : `pass (fail on ${summary.failOn})`;
  return [
    `xalign report: ${t.checked} of ${t.pairs} document pairs checked${summary.shard ? ` (shard ${summary.shard})` : ''} → ${out}/index.html`,
    ...lines,
    `total: ${t.error} error, ${t.warning} warning, ${t.info} info; gate ${gate}${t.failed ? `; ${t.failed} pair${t.failed === 1 ? '' : 's'} could not be checked` : ''}`,
    '',
  ].join('\n');
}

/** Runs the jobs on `workers` threads; results keep the jobs' order whatever order they finish in. */
async function runJobs(
  jobs: readonly PairJob[],
  settings: BatchSettings,
  outDir: string,
  workers: number,
  collectBaseline: boolean,
): Promise<{ summaries: PairSummary[]; baseline: BaselineEntry[]; problems: string[] }> {
  const summaries: PairSummary[] = new Array(jobs.length);
  const baseline: BaselineEntry[] = [];
  const problems: string[] = [];
  const progress = new Progress(jobs.length);
  if (jobs.length === 0) return { summaries: [], baseline, problems };
  let next = 0;
  let finished = 0;
  const pool: Worker[] = [];
  await new Promise<void>((resolveAll, rejectAll) => {
    const dispatch = (worker: Worker) => {
      if (next >= jobs.length) return;
      const message: JobMessage = { seq: next, job: jobs[next]! };
      next++;
      worker.postMessage(message);
    };
    for (let w = 0; w < workers; w++) {
      const worker = new Worker(new URL('../batch/worker.js', import.meta.url), {
        workerData: { settings, outDir, writeBaseline: collectBaseline },
      });
      pool.push(worker);
      worker.on('message', (reply: WorkerReply) => {
        for (const warning of reply.warnings) problems.push(warning);
        const job = jobs[reply.seq]!;
        if (reply.type === 'done') {
          summaries[reply.seq] = reply.entry;
          if (reply.baseline) baseline.push(...reply.baseline);
        } else {
          problems.push(reply.user ? `${job.id}: ${reply.error}` : `${job.id}: internal error: ${reply.error} (please report this)`);
          summaries[reply.seq] = {
            id: job.id,
            srcLang: job.source.lang ?? '?',
            tgtLang: job.target.lang ?? '?',
            mode: job.mode,
            source: job.source.path,
            target: job.target.path,
            pairs: 0,
            counts: { error: 0, warning: 0, info: 0 },
            failing: 0,
            suppressed: { baseline: 0, review: 0 },
            error: reply.error,
            ...(job.note ? { note: job.note } : {}),
          };
        }
        finished++;
        progress.tick(job.id);
        if (finished === jobs.length) resolveAll();
        else dispatch(worker);
      });
      worker.on('error', (error) => rejectAll(new Error(`a worker stopped: ${error.message}`)));
      // Two jobs in flight per worker, so that a worker never waits for the main thread between pairs.
      dispatch(worker);
      dispatch(worker);
    }
  }).finally(async () => {
    progress.done();
    await Promise.all(pool.map((worker) => worker.terminate()));
  });
  return { summaries, baseline, problems };
}

/** A one-line progress bar on stderr, only when stderr is a terminal. */
class Progress {
  private readonly enabled: boolean;
  private readonly started = Date.now();
  private count = 0;
  private lastDraw = 0;

  constructor(private readonly total: number) {
    this.enabled = Boolean(process.stderr.isTTY) && total > 0;
  }

  tick(label: string): void {
    this.count++;
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.lastDraw < 50 && this.count < this.total) return;
    this.lastDraw = now;
    const columns = process.stderr.columns || 80;
    const barWidth = Math.max(10, Math.min(40, columns - 50));
    const filled = Math.round((this.count / this.total) * barWidth);
    const rate = this.count / Math.max(0.001, (now - this.started) / 1000);
    const line = `[${'#'.repeat(filled)}${'.'.repeat(barWidth - filled)}] ${this.count}/${this.total} · ${rate.toFixed(1)} pairs/s · ${label}`;
    process.stderr.write(`\r${line.slice(0, columns - 1).padEnd(columns - 1)}`);
  }

  done(): void {
    if (this.enabled && this.count > 0) process.stderr.write('\n');
  }
}
