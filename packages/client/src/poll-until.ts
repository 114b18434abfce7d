import { backoffDelay, checkBackoff } from './backoff.js';
import { WaitAbortedError, WaitTimeoutError } from './errors.js';
import { sleep as realSleep, type Sleep } from './sleep.js';

/** What an acceptor decides about one poll: keep polling, or stop with a value or an error. */
export type Decision<T> =
  | { readonly state: 'retry'; readonly progress?: string }
  | { readonly state: 'success'; readonly value: T }
  | { readonly state: 'failure'; readonly error: Error };

export interface PollOptions {
  /** Longest total wait, in ms. Default 300_000. */
  readonly timeoutMs?: number;
  /** First delay between polls, in ms. Default 250. */
  readonly minDelayMs?: number;
  /** Largest delay between polls, in ms. Default 5_000. */
  readonly maxDelayMs?: number;
  /** Stops waiting (not the operation) when aborted. */
  readonly signal?: AbortSignal;
  /** Called after each poll that did not finish, with the poll count and the elapsed ms. */
  readonly onProgress?: (event: { polls: number; elapsedMs: number; progress?: string }) => void;
}

export interface PollClock {
  readonly sleep?: Sleep;
  readonly now?: () => number;
  readonly random?: () => number;
  /** Makes a signal that aborts after `ms`: poll deadlines and request timeouts run on it when given. */
  readonly timeout?: (ms: number) => AbortSignal;
}

export type PollOutcome<T> =
  | { readonly kind: 'success'; readonly value: T; readonly polls: number }
  | { readonly kind: 'failure'; readonly error: Error; readonly polls: number }
  | { readonly kind: 'timeout'; readonly polls: number; readonly lastError?: unknown }
  | { readonly kind: 'aborted'; readonly polls: number; readonly reason: unknown };

export const POLL_DEFAULTS = { timeoutMs: 300_000, minDelayMs: 250, maxDelayMs: 5_000 } as const;

/** Validates poll options before anything is sent, naming the field at fault. */
export function checkPollOptions(
  options: PollOptions,
): Required<Pick<PollOptions, 'timeoutMs' | 'minDelayMs' | 'maxDelayMs'>> {
  const resolved = {
    timeoutMs: options.timeoutMs ?? POLL_DEFAULTS.timeoutMs,
    minDelayMs: options.minDelayMs ?? POLL_DEFAULTS.minDelayMs,
    maxDelayMs: options.maxDelayMs ?? POLL_DEFAULTS.maxDelayMs,
  };
  if (!Number.isFinite(resolved.timeoutMs) || resolved.timeoutMs <= 0) {
    throw new RangeError(`timeoutMs (${resolved.timeoutMs}) must be a finite number > 0`);
  }
  checkBackoff(resolved);
  return resolved;
}

/**
 * The one polling loop under every waiter: poll, let the pure `decide` classify the answer,
 * back off with jitter, and stop at success, failure, the deadline or the signal. `poll` may
 * throw: `onPollError` decides whether that error ends the wait (return it) or is transient
 * (return undefined: poll again). The loop never sleeps past the deadline, and each poll gets
 * a signal that aborts at the deadline, so a hanging request cannot outlast it either.
 */
export async function pollUntil<R, T>(
  poll: (signal: AbortSignal) => Promise<R>,
  decide: (response: R) => Decision<T>,
  onPollError: (error: unknown) => Error | undefined,
  options: PollOptions,
  clock: PollClock = {},
): Promise<PollOutcome<T>> {
  const { timeoutMs, minDelayMs, maxDelayMs } = checkPollOptions(options);
  const sleep = clock.sleep ?? realSleep;
  const now = clock.now ?? Date.now;
  const random = clock.random ?? Math.random;
  const timeout = clock.timeout ?? ((ms: number) => AbortSignal.timeout(ms));
  const started = now();
  const deadline = started + timeoutMs;
  const signal = options.signal;
  let polls = 0;
  let lastError: unknown;
  for (;;) {
    if (signal?.aborted) return { kind: 'aborted', polls, reason: signal.reason };
    let progress: string | undefined;
    const pollSignal = AbortSignal.any([
      timeout(Math.max(1, deadline - now())),
      ...(signal ? [signal] : []),
    ]);
    try {
      polls++;
      const decision = decide(await poll(pollSignal));
      if (decision.state === 'success') return { kind: 'success', value: decision.value, polls };
      if (decision.state === 'failure') return { kind: 'failure', error: decision.error, polls };
      progress = decision.progress;
    } catch (error) {
      if (signal?.aborted) return { kind: 'aborted', polls, reason: signal.reason };
      // The deadline cut this poll short: the last real error says more than the abort.
      if (pollSignal.aborted) return { kind: 'timeout', polls, lastError: lastError ?? error };
      const fatal = onPollError(error);
      if (fatal) return { kind: 'failure', error: fatal, polls };
      lastError = error;
    }
    const elapsedMs = now() - started;
    options.onProgress?.({ polls, elapsedMs, ...(progress ? { progress } : {}) });
    const remaining = deadline - now();
    if (remaining <= 0) return { kind: 'timeout', polls, lastError };
    try {
      await sleep(
        Math.min(backoffDelay(polls - 1, { minDelayMs, maxDelayMs }, random()), remaining),
        signal,
      );
    } catch {
      return { kind: 'aborted', polls, reason: signal?.reason };
    }
  }
}

/**
 * The value of a finished wait, or the error that ends it: `WaitTimeoutError` and
 * `WaitAbortedError` name `what` (e.g. `job <id> to be RUNNING`) and `last`, the last state seen.
 */
export function settleWait<T>(
  outcome: PollOutcome<T>,
  what: string,
  timeoutMs: number,
  last?: string,
): T {
  switch (outcome.kind) {
    case 'success':
      return outcome.value;
    case 'failure':
      throw outcome.error;
    case 'timeout':
      throw new WaitTimeoutError(what, timeoutMs, last, {
        cause: outcome.lastError,
        polls: outcome.polls,
      });
    case 'aborted':
      throw new WaitAbortedError(what, { cause: outcome.reason });
  }
}
