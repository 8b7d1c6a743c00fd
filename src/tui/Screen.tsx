// The review screen: prints the lines screen-lines.ts fitted to the terminal. Components only render.
import { Box, Text } from 'ink';
import { memo } from 'react';
import type { Line } from './lines.js';
import { screenLines } from './screen-lines.js';
import type { SaveState } from './session.js';
import type { ReviewState } from './state.js';
import type { Layout } from './view-model.js';

const samePiece = (a: Line[number], b: Line[number]) =>
  a.text === b.text && a.color === b.color && a.bold === b.bold && a.dim === b.dim && a.inverse === b.inverse && a.underline === b.underline && a.strikethrough === b.strikethrough;

/** Lines are rebuilt on every key; a line whose content did not change is not re-rendered (most of the list). */
const ScreenLine = memo(ScreenLineView, (a, b) => a.line.length === b.line.length && a.line.every((p, n) => samePiece(p, b.line[n]!)));

function ScreenLineView({ line }: { line: Line }) {
  if (line.length === 0) return <Text> </Text>;
  return (
    <Text wrap="truncate-end">
      {line.map((p, n) => (
        <Text key={n} color={p.color} bold={p.bold} dimColor={p.dim} inverse={p.inverse} underline={p.underline} strikethrough={p.strikethrough}>
          {p.text}
        </Text>
      ))}
    </Text>
  );
}

export function Screen({ state, save, layout, title }: { state: ReviewState; save: SaveState; layout: Layout; title: string }) {
  const lines = screenLines(state, save, layout, title);
  return (
    <Box flexDirection="column" width={layout.width}>
      {lines.map((line, n) => (
        <ScreenLine key={n} line={line} />
      ))}
    </Box>
  );
}
