/**
 * A fake clock with timers: time moves only when the code under test sleeps or the test says
 * so, and `timeout(ms)` signals abort when fake time reaches them — the per-request timeout
 * and the poll deadline included. Nothing here waits for real.
 */
export function timedClock(start = 0) {
  let t = start;
  const timers: { due: number; controller: AbortController }[] = [];
  const sleeps: number[] = [];
  const timeoutReason = () =>
    new DOMException('The operation was aborted due to timeout', 'TimeoutError');
  const nextDue = () => {
    timers.sort((a, b) => a.due - b.due);
    return timers[0];
  };
  const fire = (timer: { due: number; controller: AbortController }) => {
    timers.splice(timers.indexOf(timer), 1);
    t = Math.max(t, timer.due);
    timer.controller.abort(timeoutReason());
  };
  return {
    sleeps,
    now: () => t,
    random: () => 0.5,
    timeout(ms: number): AbortSignal {
      const controller = new AbortController();
      timers.push({ due: t + ms, controller });
      return controller.signal;
    },
    async sleep(ms: number, signal?: AbortSignal): Promise<void> {
      if (signal?.aborted) throw signal.reason;
      sleeps.push(ms);
      const target = t + ms;
      for (let timer = nextDue(); timer && timer.due <= target; timer = nextDue()) {
        fire(timer);
        if (signal?.aborted) throw signal.reason;
      }
      t = target;
    },
    /** Moves time to the earliest pending timer and fires it; false when none is pending. */
    runNextTimer(): boolean {
      const timer = nextDue();
      if (!timer) return false;
      fire(timer);
      return true;
    },
    pendingTimers: () => timers.length,
  };
}

export type TimedClock = ReturnType<typeof timedClock>;
