// A small external store around the reducer: the screen subscribes to it, and every change to the review's
// doc is handed to `persist` synchronously, before the frame is drawn, so a kill right after a key loses nothing.
import { type ReviewAction, type ReviewEnv, type ReviewState, reduceReview } from './state.js';

export type SaveState = { kind: 'clean' } | { kind: 'saved'; at: string } | { kind: 'error'; message: string };

export interface SessionSnapshot {
  state: ReviewState;
  save: SaveState;
}

export interface ReviewSession {
  getSnapshot(): SessionSnapshot;
  subscribe(listener: () => void): () => void;
  dispatch(action: ReviewAction): void;
}

export function createSession(initial: ReviewState, env: ReviewEnv, persist?: (state: ReviewState) => void, clock: () => Date = () => new Date()): ReviewSession {
  let snapshot: SessionSnapshot = { state: initial, save: { kind: 'clean' } };
  const listeners = new Set<() => void>();
  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispatch(action) {
      const state = reduceReview(snapshot.state, action, env);
      if (state === snapshot.state) return;
      let save = snapshot.save;
      if (persist && state.revision !== snapshot.state.revision) {
        try {
          persist(state);
          save = { kind: 'saved', at: clock().toTimeString().slice(0, 8) };
        } catch (error) {
          save = { kind: 'error', message: error instanceof Error ? error.message : String(error) };
        }
      }
      snapshot = { state, save };
      for (const listener of listeners) listener();
    },
  };
}
