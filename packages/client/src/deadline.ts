/** Makes a signal that aborts after `ms` (tests inject time). */
export type TimeoutSignal = (ms: number) => AbortSignal;

export interface Deadline {
  /** Aborts when the time is up or the caller's signal aborts. */
  readonly signal: AbortSignal;
  /** Whether it was the time that ran out (not the caller). */
  timedOut(): boolean;
  /** Stops the timer and lets go of the caller's signal; call once the exchange is over. */
  clear(): void;
}

const timeoutReason = () =>
  new DOMException('The operation was aborted due to timeout', 'TimeoutError');

/**
 * One request's time limit joined with the caller's signal. A plain timer and one controller:
 * `AbortSignal.timeout` plus `AbortSignal.any` cost about as much as the rest of the client.
 */
export function deadline(ms: number, caller: AbortSignal, timeout?: TimeoutSignal): Deadline {
  const controller = new AbortController();
  let timedOut = false;
  const expire = () => {
    timedOut = true;
    controller.abort(timeoutReason());
  };
  const forward = () => controller.abort(caller.reason);
  if (caller.aborted) forward();
  else caller.addEventListener('abort', forward, { once: true });

  let timer: ReturnType<typeof setTimeout> | undefined;
  let injected: AbortSignal | undefined;
  if (timeout) {
    injected = timeout(ms);
    if (injected.aborted) expire();
    else injected.addEventListener('abort', expire, { once: true });
  } else {
    timer = setTimeout(expire, ms);
  }
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    clear() {
      clearTimeout(timer);
      injected?.removeEventListener('abort', expire);
      caller.removeEventListener('abort', forward);
    },
  };
}
