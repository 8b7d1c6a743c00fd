import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReviewApp } from '../../src/tui/App.js';
import type { Key } from 'ink';
import { type Effect, KEY_HELP, keyCommand } from '../../src/tui/keys.js';
import { createSession } from '../../src/tui/session.js';
import { createReviewState } from '../../src/tui/state.js';
import { SRC, spicAnalysis, testEnv } from './fixtures.js';

// Colours are part of what is tested (matched facts green, evidence red): force them before ink loads chalk.
vi.hoisted(() => {
  process.env.FORCE_COLOR = '1';
});

const ESC = '\u001B';
const strip = (s: string) => s.replace(/\u001B\[[0-9;?]*[A-Za-z]/g, '');
const tick = () => new Promise((r) => setTimeout(r, 40));

let unmount: (() => void) | undefined;
afterEach(() => unmount?.());

async function mount(columns: number, rows: number) {
  const analysis = spicAnalysis();
  const env = testEnv(analysis);
  const session = createSession(createReviewState(analysis, env), env);
  const effects: Effect[] = [];
  const app = render(<ReviewApp session={session} title="spic-alibaba" columns={columns} rows={rows} onEffect={(e) => effects.push(e)} />);
  unmount = app.unmount;
  await tick();
  const press = async (...keys: string[]) => {
    for (const k of keys) {
      app.stdin.write(k);
      await tick();
    }
  };
  const frame = () => strip(app.lastFrame() ?? '');
  const raw = () => app.lastFrame() ?? '';
  return { app, session, press, frame, raw, effects };
}

/** The foreground colour (SGR 30–37) in force where `text` is printed: 31 red, 32 green; 39 default. */
function colourOf(raw: string, text: string): number | undefined {
  let fg = 39;
  for (const part of raw.split(/(\u001B\[[0-9;]*m)/)) {
    const sgr = /^\u001B\[([0-9;]*)m$/.exec(part);
    if (sgr) {
      for (const code of sgr[1]!.split(';').map(Number)) if ((code >= 30 && code <= 37) || code === 39 || code === 0) fg = code === 0 ? 39 : code;
    } else if (part.includes(text)) return fg;
  }
  return undefined;
}

function lineWith(frame: string, needle: string): string {
  return frame.split('\n').find((l) => l.includes(needle)) ?? '';
}

describe('review screen, wide terminal (140 columns)', () => {
  it('shows source and target side by side, the status bar and key hints', async () => {
    const { frame } = await mount(140, 40);
    const f = frame();
    const title = lineWith(f, 'State Power Investment Corporation Limited and Alibaba');
    expect(title).toContain('राज्य विद्युत निवेश समूह');
    expect(f).toContain('xalign review');
    expect(f).toContain('pair 1/8');
    expect(f).toMatch(/errors: 1 open, 0 accepted, 0 dismissed/);
    expect(f).toMatch(/warnings: 1 open/);
    expect(f).toContain('? help');
    expect(f.split('\n').length).toBeLessThanOrEqual(39);
  });

  it('jumps with n to the 2023 finding and explains it, with its normalized values and the fact diff', async () => {
    const { press, frame, raw } = await mount(140, 40);
    await press('n', 'n', 'n');
    const f = frame();
    expect(f).toContain('pair 6/8');
    expect(f).toContain('The source says "in 2023" (at) but the target says "2023 तक" (by).');
    expect(f).toContain('"peak" appears 3 times');
    expect(lineWith(f, 'source at 2023')).toContain('target by 2023');
    expect(lineWith(f, 'facts ')).toContain('2023');
    // evidence in red (31) on both sides, matched facts in green (32)
    expect(colourOf(raw(), 'in 2023')).toBe(31);
    expect(colourOf(raw(), '2023 तक')).toBe(31);
    // a fact that matches on both sides: 2021 in the last pair
    expect(colourOf(raw(), '2021')).toBe(32);
  });

  it('dismisses the selected finding and updates the counts; u undoes it', async () => {
    const { press, frame } = await mount(140, 40);
    await press('n', 'n', 'n', 'd');
    expect(frame()).toMatch(/errors: 0 open, 0 accepted, 1 dismissed/);
    expect(frame()).toContain('[dismissed]');
    await press('u');
    expect(frame()).toMatch(/errors: 1 open, 0 accepted, 0 dismissed/);
    await press('\u0012'); // Ctrl-R
    expect(frame()).toMatch(/errors: 0 open, 0 accepted, 1 dismissed/);
  });

  it('merges with the next pair and splits it again, showing the 2-2 shape', async () => {
    const { press, frame } = await mount(140, 40);
    await press('j', 'm');
    expect(frame()).toContain('pair 2/7');
    expect(frame()).toContain('2-2');
    await press('s');
    expect(frame()).toContain('pair 2/8');
    expect(frame()).not.toContain('2-2');
  });

  it('opens the help overlay listing every key', async () => {
    const { press, frame } = await mount(140, 45);
    await press('?');
    const f = frame();
    for (const key of ['j / ↓', 'PgDn / PgUp', 'End / G', 'n / N', 'u / Ctrl-R', '< / >', 'Tab', 'X', 'q']) expect(f).toContain(key);
    expect(f).toContain('merge with the next pair');
    await press(ESC);
    await tick();
    expect(frame()).not.toContain('merge with the next pair');
  });

  it('goes to a pair through the g prompt and searches with /', async () => {
    const { press, frame } = await mount(140, 40);
    await press('g', '7', '\r');
    expect(frame()).toContain('pair 7/8');
    await press('/', 'peak', '\r');
    expect(frame()).toContain('search “peak”');
    expect(frame()).toContain('pair 6/8');
  });

  it('reads keys that arrive together in one chunk (fast typing, key repeat, paste) one by one', async () => {
    const { press, frame } = await mount(140, 40);
    await press('nnn');
    expect(frame()).toContain('pair 6/8');
    await press('g7\r');
    expect(frame()).toContain('pair 7/8');
  });

  it('writes a note with e', async () => {
    const { press, frame, session } = await mount(140, 40);
    await press('n', 'e', 'acronym is fine', '\r');
    expect(frame()).toContain('note: acronym is fine');
    expect([...session.getSnapshot().state.doc.decisions.values()][0]?.note).toBe('acronym is fine');
  });

  it('hands quit and the exports to the command', async () => {
    const { press, effects } = await mount(140, 40);
    await press('X', 't', 'q');
    expect(effects).toEqual(['exportReport', 'exportTmx', 'quit']);
  });
});

describe('review screen, narrow terminal (80 columns)', () => {
  it('stacks the target under the source', async () => {
    const { frame } = await mount(80, 40);
    const lines = frame().split('\n');
    const src = lines.findIndex((l) => l.includes('State Power Investment'));
    expect(src).toBeGreaterThanOrEqual(0);
    expect(lines[src]).not.toContain('राज्य');
    expect(lines.slice(src + 1, src + 4).some((l) => l.includes('राज्य विद्युत'))).toBe(true);
    // display width: combining marks (Devanagari vowel signs) take no column
    expect(lines.filter((l) => l.replace(/\p{M}/gu, '').length > 80)).toEqual([]);
  });

  it('still explains the 2023 finding', async () => {
    const { press, frame } = await mount(80, 40);
    await press('n', 'n', 'n');
    expect(frame()).toContain('pair 6/8');
    expect(frame()).toContain('2023 तक');
    expect(frame().replace(/\n\s*/g, ' ')).toContain('the target says "2023 तक" (by)');
  });
});

describe('the key map', () => {
  it('maps every key the help lists to its action or effect', () => {
    const analysis = spicAnalysis();
    const state = createReviewState(analysis, testEnv(analysis));
    const key = (k: Partial<Key>) => k;
    const cases: [string, Partial<Key>, string][] = [
      ['j', {}, 'next'], ['', key({ downArrow: true }), 'next'], ['k', {}, 'prev'], ['', key({ upArrow: true }), 'prev'],
      ['', key({ pageDown: true }), 'pageDown'], ['', key({ pageUp: true }), 'pageUp'], ['', key({ home: true }), 'first'],
      ['', key({ end: true }), 'last'], ['G', {}, 'last'], ['g', {}, 'openPrompt'], ['n', {}, 'nextFinding'], ['N', {}, 'prevFinding'],
      ['f', {}, 'cycleFilter'], ['/', {}, 'openPrompt'], ['', key({ escape: true }), 'setFilter'], ['a', {}, 'accept'], ['d', {}, 'dismiss'],
      ['e', {}, 'openPrompt'], ['u', {}, 'undo'], ['r', key({ ctrl: true }), 'redo'], ['m', {}, 'merge'], ['s', {}, 'split'],
      ['<', {}, 'move'], ['>', {}, 'move'], ['x', {}, 'unalign'], ['', key({ tab: true }), 'switchSide'], ['?', {}, 'toggleHelp'],
      ['X', {}, 'exportReport'], ['t', {}, 'exportTmx'], ['q', {}, 'quit'],
    ];
    for (const [input, k, want] of cases) {
      const c = keyCommand(state, input, k);
      expect(c && ('effect' in c ? c.effect : c.actions[0]!.type), `${input || JSON.stringify(k)}`).toBe(want);
    }
    expect(KEY_HELP.length).toBe(23);
    // in a prompt, letters are text, not commands
    const prompt = { ...state, prompt: { kind: 'note' as const, text: '' } };
    expect(keyCommand(prompt, 'q', {})).toEqual({ actions: [{ type: 'promptType', text: 'q' }] });
  });
});

describe('review screen: only visible pairs are rendered', () => {
  it('renders a window of the list around the cursor', async () => {
    const { press, frame } = await mount(140, 24);
    expect(frame()).not.toContain(SRC[7]!.slice(0, 40));
    await press('G');
    expect(frame()).toContain('pair 8/8');
    expect(frame()).toContain(SRC[7]!.slice(0, 40));
    expect(frame()).not.toContain(SRC[0]!.slice(0, 40));
  });
});
