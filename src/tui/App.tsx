// The review application: subscribes to the session, maps keys through keys.ts, renders Screen.
// Effects (quit, exports) are performed by the command that mounted it.
import { useInput, useStdout } from 'ink';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { type Effect, keyCommand, splitKeyChunk } from './keys.js';
import { Screen } from './Screen.js';
import type { ReviewSession } from './session.js';
import { computeLayout } from './view-model.js';

export interface ReviewAppProps {
  session: ReviewSession;
  title: string;
  onEffect(effect: Effect): void;
  /** Fixed size (tests, benchmarks); otherwise the terminal's, following resizes. */
  columns?: number;
  rows?: number;
}

function useTerminalSize(fixed: { columns?: number; rows?: number }): { columns: number; rows: number } {
  const { stdout } = useStdout();
  const read = () => ({ columns: fixed.columns ?? stdout.columns ?? 100, rows: fixed.rows ?? stdout.rows ?? 30 });
  const [size, setSize] = useState(read);
  useEffect(() => {
    if (fixed.columns && fixed.rows) return;
    const onResize = () => setSize(read());
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout]);
  return size;
}

export function ReviewApp({ session, title, onEffect, columns, rows }: ReviewAppProps) {
  const { state, save } = useSyncExternalStore(session.subscribe, session.getSnapshot);
  const size = useTerminalSize({ columns, rows });
  // One line short of the terminal, so ink redraws in place instead of scrolling.
  const layout = computeLayout(size.columns, size.rows - 1);
  useEffect(() => {
    if (layout.pageSize !== state.pageSize) session.dispatch({ type: 'resize', pageSize: layout.pageSize });
  }, [layout.pageSize, state.pageSize, session]);
  useInput((input, key) => {
    for (const [one, oneKey] of splitKeyChunk(input, key)) {
      const command = keyCommand(session.getSnapshot().state, one, oneKey);
      if (!command) continue;
      if ('effect' in command) {
        onEffect(command.effect);
        if (command.effect === 'quit') return;
      } else for (const action of command.actions) session.dispatch(action);
    }
  });
  return <Screen state={state} save={save} layout={layout} title={title} />;
}
