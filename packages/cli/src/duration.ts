import { UsageError } from './errors.js';

const UNITS_MS: Readonly<Record<string, number>> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 };
const DURATION = /^(\d+(?:\.\d+)?)(ms|s|m|h)$/;

/**
 * `--timeout` values: a number with a unit (`500ms`, `30s`, `2m`, `1h`, `1.5s`), in ms. A bare
 * number is refused: seconds or milliseconds would be a guess.
 */
export function parseDuration(text: string): number {
  const match = DURATION.exec(text.trim());
  const unit = match?.[2];
  if (match === null || unit === undefined) {
    throw new UsageError(`duration "${text}" must be a number with a unit: 500ms, 30s, 2m or 1h`);
  }
  const ms = Math.round(Number(match[1]) * (UNITS_MS[unit] ?? 1));
  if (!(ms > 0)) throw new UsageError(`duration "${text}" must be more than 0`);
  return ms;
}

/** The other way, for messages: `90000` → `1m30s`, `1500` → `1.5s`. */
export function formatDuration(ms: number): string {
  if (ms < 1_000) return `${Math.round(ms)}ms`;
  if (ms < 60_000) return `${Number((ms / 1_000).toFixed(1))}s`;
  const minutes = Math.floor(ms / 60_000);
  const seconds = Math.round((ms % 60_000) / 1_000);
  return seconds === 0 ? `${minutes}m` : `${minutes}m${seconds}s`;
}
