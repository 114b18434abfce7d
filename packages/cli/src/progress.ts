import { type ProgressState, progressLine } from './progress-line.js';
import type { Session } from './session.js';

export interface Progress {
  /** After a poll: its status and count (the elapsed time is the line's own). */
  update(state: Pick<ProgressState, 'status' | 'polls'>): void;
  /** Stops the line and clears it, so what follows starts on a clean one. */
  done(): void;
}

const CLEAR_LINE = '\r\x1b[2K';
/** How often the line is redrawn between polls, so the elapsed time moves while a poll hangs. */
const TICK_MS = 1_000;

/**
 * The live progress line on stdout, drawn only when `session.live` (a terminal, no --json or
 * --quiet): status and polls from the last poll, elapsed time redrawn every second.
 */
export function startProgress(session: Session, what: string): Progress {
  if (!session.live) return { update: () => {}, done: () => {} };
  const now = session.io.now ?? Date.now;
  const started = now();
  let state: Pick<ProgressState, 'status' | 'polls'> = { status: 'waiting', polls: 0 };
  const draw = () =>
    session.io.stdout(
      `${CLEAR_LINE}${progressLine({ what, ...state, elapsedMs: now() - started })}`,
    );
  draw();
  const ticker = setInterval(draw, TICK_MS);
  ticker.unref();
  let finished = false;
  return {
    update: (next) => {
      state = next;
      draw();
    },
    done: () => {
      if (finished) return;
      finished = true;
      clearInterval(ticker);
      session.io.stdout(CLEAR_LINE);
    },
  };
}
