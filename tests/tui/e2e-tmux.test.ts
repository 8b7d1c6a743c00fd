// The review for real: the built CLI in a tmux terminal (140×45) on a copy of the SPIC–Alibaba pair.
// Skipped when tmux is not installed (.ci/run installs it).
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSidecar } from '../../src/tui/sidecar.js';
import { BIN, ROOT } from '../helpers.js';

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const SOCKET = `xalign-e2e-${process.pid}`;
let SESSION = 'review-0';
let opened = 0;

let dir: string;

function tmux(...args: string[]): string {
  return execFileSync('tmux', ['-L', SOCKET, ...args], { encoding: 'utf8' });
}

function screen(): string {
  try {
    return tmux('capture-pane', '-p', '-t', SESSION);
  } catch {
    return '';
  }
}

/** Polls the pane until `ok` holds, or fails with the last screen after the deadline. */
async function waitFor(what: string, ok: (s: string) => boolean, ms = 20_000): Promise<string> {
  const deadline = Date.now() + ms;
  let last = '';
  while (Date.now() < deadline) {
    last = screen();
    if (ok(last)) return last;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}; the screen was:\n${last}`);
}

const panel = (s: string) => s.slice(s.indexOf('────'));
const header = (s: string) => s.split('\n')[0] ?? '';

function open(exec: boolean): void {
  const previous = opened > 0 ? SESSION : undefined;
  SESSION = `review-${++opened}`;
  const cli = `node ${BIN} review spic-alibaba.en.txt spic-alibaba.hi.txt`;
  // `exec` makes the pane's process xalign itself, so the test can SIGKILL it; otherwise the exit code is printed.
  const command = exec ? `exec ${cli}` : `${cli}; echo "xalign-exit=$?"; sleep 60`;
  tmux('new-session', '-d', '-s', SESSION, '-x', '140', '-y', '45', '-c', dir, command);
  // The old session is closed only now: killing a server's last session makes the server exit under our feet.
  if (previous) spawnSync('tmux', ['-L', SOCKET, 'kill-session', '-t', previous]);
}

async function press(key: string, until: string, ok: (s: string) => boolean): Promise<string> {
  tmux('send-keys', '-t', SESSION, key);
  return waitFor(until, ok);
}

/** Presses n until the selected finding is the 2023 one. */
async function nextTo2023(): Promise<string> {
  for (let i = 0; i < 12; i++) {
    const s = screen();
    if (/›.*2023 तक/.test(panel(s).replace(/\n/g, ' '))) return s;
    const before = header(s);
    tmux('send-keys', '-t', SESSION, 'n');
    await waitFor('the next finding', (now) => header(now) !== before || /no more findings/.test(now), 5_000).catch(() => '');
  }
  throw new Error(`n never reached the 2023 finding:\n${screen()}`);
}

const sidecar = () => parseSidecar(readFileSync(join(dir, 'spic-alibaba.hi.txt.xalign-review.json'), 'utf8'));

describe.skipIf(!hasTmux)('review end to end in tmux', () => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'xalign-tmux-'));
    for (const f of ['spic-alibaba.en.txt', 'spic-alibaba.hi.txt']) copyFileSync(join(ROOT, 'corpus', f), join(dir, f));
  });
  afterAll(() => {
    spawnSync('tmux', ['-L', SOCKET, 'kill-server']);
    rmSync(dir, { recursive: true, force: true });
  });

  it('explains the 2023 finding, keeps a dismissal and alignment edits across quit and reopen, and survives SIGKILL', async () => {
    open(false);
    const first = await waitFor('the first screen', (s) => /pair 1\/\d+/.test(s) && s.includes('State Power Investment'));
    const pairs = Number(/pair 1\/(\d+)/.exec(first)![1]);
    expect(first).toContain('राज्य विद्युत निवेश समूह');

    // n to the 2023 finding: "in 2023" → "2023 तक", and the dropped "peak", explained in the panel
    const at2023 = await nextTo2023();
    expect(panel(at2023)).toMatch(/in 2023/);
    expect(panel(at2023)).toContain('2023 तक');
    expect(panel(at2023)).toMatch(/peak/);
    expect(at2023).toMatch(/goals in 2023/); // the evidence is in view on the current pair

    // dismiss it: shown, counted, saved
    const dismissed = await press('d', 'the dismissal', (s) => panel(s).includes('[dismissed]'));
    expect(dismissed).toMatch(/1 dismissed/);
    expect(sidecar().decisions.map((d) => d.status)).toEqual(['dismissed']);

    // merge pair 1 with pair 2 (kept), then merge pair 5 with 6 and split it again
    await press('g', 'the goto prompt', (s) => s.includes('go to pair:'));
    await press('1', 'typing', (s) => s.includes('go to pair: 1'));
    await press('Enter', 'pair 1', (s) => header(s).includes(`pair 1/${pairs}`));
    const merged = await press('m', 'the merge', (s) => header(s).includes(`pair 1/${pairs - 1}`));
    expect(merged.split('\n')[2]).toContain('2-2');
    await press('g', 'the goto prompt', (s) => s.includes('go to pair:'));
    await press('5', 'typing', (s) => s.includes('go to pair: 5'));
    await press('Enter', 'pair 5', (s) => header(s).includes(`pair 5/${pairs - 1}`));
    await press('m', 'the second merge', (s) => header(s).includes(`pair 5/${pairs - 2}`));
    await press('s', 'the split', (s) => header(s).includes(`pair 5/${pairs - 1}`));
    expect(sidecar().alignment.pinned).toHaveLength(1);

    // X exports the report (HTML + Markdown), t the aligned TMX, next to the target
    await press('X', 'the report export', (s) => s.includes('report written'));
    expect(readFileSync(join(dir, 'spic-alibaba.hi.txt.xalign-report.html'), 'utf8')).toMatch(/<html/i);
    expect(readFileSync(join(dir, 'spic-alibaba.hi.txt.xalign-report.md'), 'utf8')).toMatch(/peak/);
    await press('t', 'the TMX export', (s) => s.includes('aligned TMX written'));
    const tmx = readFileSync(join(dir, 'spic-alibaba.hi.txt.xalign.tmx'), 'utf8');
    expect(tmx.match(/<tu /g)).toHaveLength(pairs - 1);

    // q quits at once, exit code 0
    await press('q', 'the exit', (s) => s.includes('xalign-exit=0'));

    // reopen: the edit and the decision are there
    open(true);
    const reopened = await waitFor('the reopened review', (s) => header(s).includes(`pair 1/${pairs - 1}`));
    expect(reopened.split('\n')[2]).toContain('2-2');
    expect(reopened).toMatch(/1 dismissed/);
    const again = await nextTo2023();
    expect(panel(again)).toContain('[dismissed]');

    // accept the "peak" finding and SIGKILL the process as soon as the frame shows it
    await press('n', 'the peak finding', (s) => /›.*peak/.test(panel(s)));
    await press('a', 'the acceptance', (s) => panel(s).includes('[accepted]'));
    const pid = tmux('display-message', '-p', '-t', SESSION, '#{pane_pid}').trim();
    process.kill(Number(pid), 'SIGKILL');
    expect(sidecar().decisions.map((d) => d.status).sort()).toEqual(['accepted', 'dismissed']);

    open(true);
    await waitFor('the review after SIGKILL', (s) => header(s).includes(`pair 1/${pairs - 1}`));
    const afterKill = await waitFor('the counts', (s) => /1 accepted, 1 dismissed|1 accepted, .*1 dismissed/.test(s));
    expect(afterKill).toMatch(/accepted/);
    const back = await nextTo2023();
    expect(panel(back)).toContain('[dismissed]');
    expect(panel(back)).toContain('[accepted]');
    tmux('send-keys', '-t', SESSION, 'q');
  }, 120_000);
});
