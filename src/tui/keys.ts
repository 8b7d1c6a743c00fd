// Every key of the review, in one map: a key press becomes reducer actions or an effect the command performs.
// The help overlay is generated from KEY_HELP, so the two never disagree.
import type { Key } from 'ink';
import type { ReviewAction, ReviewState } from './state.js';

export type Effect = 'quit' | 'exportReport' | 'exportTmx';
export type Command = { actions: ReviewAction[] } | { effect: Effect };

export const KEY_HELP: [string, string][] = [
  ['j / ↓', 'next pair'],
  ['k / ↑', 'previous pair'],
  ['PgDn / PgUp', 'page down / up'],
  ['Home', 'first pair'],
  ['End / G', 'last pair'],
  ['g', 'go to pair number'],
  ['n / N', 'next / previous finding'],
  ['f', 'filter: cycle all → severity → family'],
  ['/', 'search text (Enter applies, empty clears)'],
  ['Esc', 'clear filter and search'],
  ['a', 'accept the finding (a real error)'],
  ['d', 'dismiss the finding (false alarm)'],
  ['e', 'write a note (on the finding, else on the pair)'],
  ['u / Ctrl-R', 'undo / redo'],
  ['m', 'merge with the next pair'],
  ['s', 'split the first sentences off a multi-sentence pair'],
  ['< / >', 'move a sentence to the previous / next pair'],
  ['x', 'mark a sentence unaligned'],
  ['Tab', 'switch the side < > x act on (source / target)'],
  ['X', 'export the report (HTML and Markdown)'],
  ['t', 'export the aligned TMX'],
  ['?', 'this help'],
  ['q', 'quit (everything is already saved)'],
];

/**
 * A fast typist, key repeat or a paste delivers several keys in one chunk ("nnn", "12\r"): split such a
 * chunk into single key presses so that each one is read against the state the previous one left.
 */
export function splitKeyChunk(input: string, key: Partial<Key>): [string, Partial<Key>][] {
  const special = key.ctrl || key.meta || key.escape || key.tab || key.upArrow || key.downArrow || key.leftArrow ||
    key.rightArrow || key.pageUp || key.pageDown || key.home || key.end;
  const chars = [...input];
  if (special || chars.length <= 1) return [[input, key]];
  return chars.map((ch): [string, Partial<Key>] => {
    if (ch === '\r' || ch === '\n') return ['', { return: true }];
    if (ch === '\x7f' || ch === '\b') return ['', { backspace: true }];
    return [ch, { shift: ch !== ch.toLowerCase() }];
  });
}

const act = (...actions: ReviewAction[]): Command => ({ actions });

export function keyCommand(state: ReviewState, input: string, key: Partial<Key>): Command | null {
  if (state.prompt) {
    if (key.return) return act({ type: 'promptSubmit' });
    if (key.escape) return act({ type: 'promptCancel' });
    if (key.backspace || key.delete) return act({ type: 'promptBackspace' });
    if (key.ctrl || key.meta || key.tab || key.upArrow || key.downArrow || key.leftArrow || key.rightArrow) return null;
    if (state.prompt.kind === 'goto' && !/^\d+$/.test(input)) return null;
    return input ? act({ type: 'promptType', text: input.replace(/[\r\n]+/g, ' ') }) : null;
  }
  if (state.help) {
    if (input === 'q') return { effect: 'quit' };
    if (input === '?' || key.escape) return act({ type: 'toggleHelp' });
    return null;
  }
  if (key.ctrl) return input === 'r' ? act({ type: 'redo' }) : null;
  if (key.downArrow) return act({ type: 'next' });
  if (key.upArrow) return act({ type: 'prev' });
  if (key.pageDown) return act({ type: 'pageDown' });
  if (key.pageUp) return act({ type: 'pageUp' });
  if (key.home) return act({ type: 'first' });
  if (key.end) return act({ type: 'last' });
  if (key.tab) return act({ type: 'switchSide' });
  if (key.escape) return act({ type: 'setFilter', filter: { kind: 'all' } }, { type: 'search', text: '' });
  switch (input) {
    case 'j':
      return act({ type: 'next' });
    case 'k':
      return act({ type: 'prev' });
    case 'G':
      return act({ type: 'last' });
    case 'g':
      return act({ type: 'openPrompt', kind: 'goto' });
    case 'n':
      return act({ type: 'nextFinding' });
    case 'N':
      return act({ type: 'prevFinding' });
    case 'f':
      return act({ type: 'cycleFilter' });
    case '/':
      return act({ type: 'openPrompt', kind: 'search' });
    case 'a':
      return act({ type: 'accept' });
    case 'd':
      return act({ type: 'dismiss' });
    case 'e':
      return act({ type: 'openPrompt', kind: 'note' });
    case 'u':
      return act({ type: 'undo' });
    case 'm':
      return act({ type: 'merge' });
    case 's':
      return act({ type: 'split' });
    case '<':
      return act({ type: 'move', direction: 'prev' });
    case '>':
      return act({ type: 'move', direction: 'next' });
    case 'x':
      return act({ type: 'unalign' });
    case '?':
      return act({ type: 'toggleHelp' });
    case 'X':
      return { effect: 'exportReport' };
    case 't':
      return { effect: 'exportTmx' };
    case 'q':
      return { effect: 'quit' };
    default:
      return null;
  }
}
