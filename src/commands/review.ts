// `xalign review SRC TGT`: check the pair, then walk it in the terminal (ink). React and ink are loaded here
// only, lazily; the review state, its persistence and the checks live in src/tui and src/core.
import { UserError } from '../core/errors.js';
import { resolvePairLanguages } from '../core/detect.js';
import { analyze } from '../core/pipeline.js';
import { buildReport, alignedPairs } from '../core/report.js';
import type { AlignMode, Analysis, GlossaryEntry, LangCode } from '../core/types.js';
import { gateCheck } from '../batch/cli-gate.js';
import { renderReport } from '../formats/index.js';
import { writeTmx } from '../formats/tmx.js';
import { readTextFile } from '../io/input.js';
import type { Effect } from '../tui/keys.js';
import { beadChecker } from '../tui/recheck.js';
import { createSession } from '../tui/session.js';
import { type ReviewState, createReviewState } from '../tui/state.js';
import { type StoreMeta, loadReview, saveReview, writeFileAtomic } from '../tui/store.js';
import { readGlossaries } from '../io/glossary.js';

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

export interface ReviewInput {
  sourcePath: string;
  targetPath: string;
  srcLang?: string;
  tgtLang?: string;
  mode?: AlignMode;
  glossary?: GlossaryEntry[];
}

/** The analysis as the reviewer has it now: edited alignment, re-checked findings. */
function currentAnalysis(state: ReviewState): Analysis {
  return { ...state.analysis, beads: state.doc.beads, findings: state.doc.findings };
}

function exportReport(state: ReviewState, meta: StoreMeta): string {
  const analysis = currentAnalysis(state);
  // Dismissed findings are left out exactly as the batch gate leaves them out (from the saved sidecar).
  const report = gateCheck(analysis, buildReport(analysis, { source: meta.sourcePath, target: meta.targetPath }), {}, meta.targetPath, () => true);
  const html = `${meta.targetPath}.xalign-report.html`;
  const md = `${meta.targetPath}.xalign-report.md`;
  writeFileAtomic(html, renderReport(report, 'html', { failOn: 'error' }));
  writeFileAtomic(md, renderReport(report, 'md', { failOn: 'error' }));
  return `report written: ${html} and ${md}`;
}

function exportTmx(state: ReviewState, meta: StoreMeta): string {
  const path = `${meta.targetPath}.xalign.tmx`;
  const a = state.analysis;
  writeFileAtomic(path, writeTmx(alignedPairs(currentAnalysis(state)), { srcLang: a.srcLang as LangCode, tgtLang: a.tgtLang as LangCode }));
  return `aligned TMX written: ${path}`;
}

export async function openReview(input: ReviewInput): Promise<number> {
  if (!process.stdin.isTTY || !process.stdout.isTTY) {
    throw new UserError('review needs an interactive terminal; for a report use: xalign check SOURCE TARGET');
  }
  const srcText = readTextFile(input.sourcePath);
  const tgtText = readTextFile(input.targetPath);
  const langs = resolvePairLanguages({ srcText, tgtText, srcLang: input.srcLang, tgtLang: input.tgtLang, srcName: input.sourcePath, tgtName: input.targetPath });
  const analysis = analyze({ srcText, tgtText, ...langs, mode: input.mode ?? 'translation', glossary: input.glossary });
  const env = { checkBeads: beadChecker(analysis, input.glossary) };
  const meta: StoreMeta = { sourcePath: input.sourcePath, targetPath: input.targetPath };
  const loaded = loadReview(meta, analysis);
  const session = createSession(createReviewState(analysis, env, loaded.saved), env, (s) => saveReview(s, meta));
  if (loaded.warning) session.dispatch({ type: 'message', text: loaded.warning });

  // Both ends are a terminal, so a person is looking: ink's CI mode (CI=true in the environment) would draw
  // nothing until exit. ink reads the variable when it loads, which is just below.
  for (const name of ['CI', 'CONTINUOUS_INTEGRATION']) if (process.env[name] !== undefined) process.env[name] = 'false';
  const [{ createElement }, ink, { ReviewApp }] = await Promise.all([import('react'), import('ink'), import('../tui/App.js')]);
  const title = `${input.sourcePath} → ${input.targetPath}`;
  const stdout = process.stdout;
  stdout.write('\u001B[?1049h'); // the alternate screen: the shell's scrollback comes back on quit
  let app: { unmount(): void; waitUntilExit(): Promise<unknown> } | undefined;
  const onEffect = (effect: Effect) => {
    if (effect === 'quit') {
      app?.unmount();
      return;
    }
    try {
      const state = session.getSnapshot().state;
      const message = effect === 'exportReport' ? exportReport(state, meta) : exportTmx(state, meta);
      session.dispatch({ type: 'message', text: message });
    } catch (error) {
      session.dispatch({ type: 'message', text: `export failed: ${error instanceof Error ? error.message : String(error)}` });
    }
  };
  try {
    app = ink.render(createElement(ReviewApp, { session, title, onEffect }), { exitOnCtrlC: true, patchConsole: false, maxFps: 60 });
    await app.waitUntilExit();
  } finally {
    stdout.write('\u001B[?1049l');
  }
  if (loaded.warning) process.stderr.write(`xalign: ${loaded.warning}\n`);
  return 0;
}

export async function run(argv: Record<string, unknown>): Promise<number> {
  const sourcePath = str(argv.source);
  const targetPath = str(argv.target);
  if (!sourcePath || !targetPath) throw new UserError('name a source and a target file: xalign review SOURCE TARGET');
  const glossary = readGlossaries(argv.glossary);
  return openReview({
    sourcePath,
    targetPath,
    srcLang: str(argv['src-lang']),
    tgtLang: str(argv['tgt-lang']),
    mode: str(argv.mode) as AlignMode | undefined,
    glossary,
  });
}
