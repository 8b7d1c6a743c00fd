// A worker thread of `xalign report`: checks the pairs it is sent and writes their HTML and JSON reports itself,
// so that only small summaries travel back to the main thread (memory stays flat as the corpus grows).
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { UserError } from '../core/errors.js';
import { renderReport } from '../formats/index.js';
import { baselineEntries } from '../io/baseline.js';
import { writeFileAtomic } from '../io/output.js';
import { checkJob, type BatchSettings } from './check-pair.js';
import { pairSummary, type JobMessage, type WorkerReply } from './protocol.js';
import { safeFileName } from './jobs.js';

const { settings, outDir, writeBaseline } = workerData as { settings: BatchSettings; outDir: string; writeBaseline: boolean };

parentPort!.on('message', (message: JobMessage) => {
  const { job } = message;
  const warnings: string[] = [];
  let reply: WorkerReply;
  try {
    const { report, suppressed, considered } = checkJob(job, settings, (w) => warnings.push(w));
    const name = safeFileName(job.id);
    const html = `pairs/${name}.html`;
    const json = `pairs/${name}.json`;
    writeFileAtomic(join(outDir, html), renderReport(report, 'html', { failOn: settings.failOn, title: job.id }));
    writeFileAtomic(join(outDir, json), renderReport(report, 'json'));
    reply = {
      type: 'done',
      seq: message.seq,
      entry: { ...pairSummary(job, report, settings.failOn, suppressed), html, json },
      warnings,
      ...(writeBaseline ? { baseline: baselineEntries(considered, job.id) } : {}),
    };
  } catch (error) {
    reply = {
      type: 'failed',
      seq: message.seq,
      id: job.id,
      user: error instanceof UserError,
      error: error instanceof Error ? error.message : String(error),
      warnings,
    };
  }
  parentPort!.postMessage(reply);
});
