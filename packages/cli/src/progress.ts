import { type ProgressState, progressLine } from './progress-line.js';
import type { Session } from './session.js';

export interface Progress {
  update(state: Omit<ProgressState, 'what'>): void;
  /** Clears the line, so what follows starts on a clean one. */
  done(): void;
}

const CLEAR_LINE = '\r\x1b[2K';

/** The live progress line on stdout, drawn only when `session.live` (a terminal, no --json/--quiet). */
export function startProgress(session: Session, what: string): Progress {
  if (!session.live) return { update: () => {}, done: () => {} };
  let drawn = false;
  const draw = (state: Omit<ProgressState, 'what'>) => {
    session.io.stdout(`${CLEAR_LINE}${progressLine({ what, ...state })}`);
    drawn = true;
  };
  draw({ status: 'waiting', polls: 0, elapsedMs: 0 });
  return {
    update: draw,
    done: () => {
      if (drawn) session.io.stdout(CLEAR_LINE);
      drawn = false;
    },
  };
}
