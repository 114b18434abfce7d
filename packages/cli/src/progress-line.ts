import { formatDuration } from './duration.js';

export interface ProgressState {
  /** What is awaited: `savepoint 3f…`, `job 5a… RUNNING`. */
  readonly what: string;
  readonly status: string;
  readonly polls: number;
  readonly elapsedMs: number;
}

/** The one live line shown on a terminal while waiting. */
export function progressLine(state: ProgressState): string {
  const polls = `${state.polls} poll${state.polls === 1 ? '' : 's'}`;
  return `${state.what}: ${state.status}, ${polls}, ${formatDuration(state.elapsedMs)}`;
}
