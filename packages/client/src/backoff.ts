export interface BackoffOptions {
  /** First delay, in ms. */
  readonly minDelayMs: number;
  /** Largest delay, in ms. */
  readonly maxDelayMs: number;
}

/**
 * Delay before attempt `attempt + 1` (0-based): exponential from `minDelayMs`, capped at
 * `maxDelayMs`, with "equal jitter" — half fixed, half random — so pollers that started
 * together spread out but never poll faster than half the nominal delay. Pure: `random` is
 * injected (a number in [0, 1)).
 */
export function backoffDelay(attempt: number, options: BackoffOptions, random: number): number {
  const nominal = Math.min(options.maxDelayMs, options.minDelayMs * 2 ** Math.min(attempt, 30));
  return Math.round(nominal / 2 + (nominal / 2) * random);
}

/** Validates backoff options, naming the field at fault. */
export function checkBackoff(options: BackoffOptions): void {
  for (const field of ['minDelayMs', 'maxDelayMs'] as const) {
    const value = options[field];
    if (!Number.isFinite(value) || value < 0) {
      throw new RangeError(`${field} (${value}) must be a finite number >= 0`);
    }
  }
  if (options.maxDelayMs < options.minDelayMs) {
    throw new RangeError(
      `maxDelayMs (${options.maxDelayMs}) must be >= minDelayMs (${options.minDelayMs})`,
    );
  }
}
