import { describe, expect, it } from 'vitest';
import { everyEndpoint, type ProbeResult, readiness, waitReady } from '../src/wait-ready.js';

describe('readiness', () => {
  it.each([
    { name: 'no answer', given: undefined, tms: 1, want: 'wait' },
    { name: 'fewer TaskManagers', given: { taskmanagers: 1 }, tms: 2, want: 'wait' },
    { name: 'all TaskManagers', given: { taskmanagers: 2 }, tms: 2, want: 'ready' },
  ] as const)('$name → $want', ({ given, tms, want }) => {
    expect(readiness(given, tms)).toBe(want);
  });

  it.each([
    {
      name: 'registered, slots not yet reported',
      given: { taskmanagers: 1, 'slots-total': 0 },
      want: 'wait',
    },
    { name: 'some slots reported', given: { taskmanagers: 2, 'slots-total': 2 }, want: 'wait' },
    { name: 'every slot reported', given: { taskmanagers: 2, 'slots-total': 4 }, want: 'ready' },
    { name: 'no slot count at all', given: { taskmanagers: 2 }, want: 'wait' },
  ] as const)('with 4 slots expected: $name → $want', ({ given, want }) => {
    expect(readiness(given, 2, 4)).toBe(want);
  });
});

describe('everyEndpoint (HA: the leader first, then the standbys)', () => {
  const ready = { taskmanagers: 1, 'slots-total': 2, 'flink-version': 'leader' };
  const standby = { taskmanagers: 1, 'slots-total': 2, 'flink-version': 'standby' };
  it.each<{ name: string; given: ProbeResult[]; want: ProbeResult }>([
    { name: 'all ready: the leader’s', given: [ready, standby], want: ready },
    { name: 'a standby without answer (503)', given: [ready, undefined], want: undefined },
    {
      name: 'a standby that sees fewer TaskManagers',
      given: [ready, { taskmanagers: 0 }],
      want: { taskmanagers: 0 },
    },
    { name: 'the leader not ready', given: [undefined, standby], want: undefined },
    { name: 'one endpoint', given: [ready], want: ready },
  ])('$name', ({ given, want }) => {
    expect(everyEndpoint(given, 1, 2)).toEqual(want);
  });
});

/** A clock that only moves when the poller sleeps: no real waiting. */
function fakeClock() {
  let t = 0;
  const sleeps: number[] = [];
  return {
    now: () => t,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      t += ms;
    },
    sleeps,
  };
}

function scripted(results: ProbeResult[]) {
  let i = 0;
  return async () => results[Math.min(i++, results.length - 1)];
}

describe('waitReady', () => {
  it('polls until every TaskManager has registered', async () => {
    const clock = fakeClock();
    const outcome = await waitReady({
      taskManagers: 2,
      timeoutMs: 10_000,
      intervalMs: 250,
      probe: scripted([undefined, { taskmanagers: 0 }, { taskmanagers: 1 }, { taskmanagers: 2 }]),
      failure: async () => undefined,
      ...clock,
    });
    expect(outcome).toEqual({ kind: 'ready', overview: { taskmanagers: 2 } });
    expect(clock.sleeps).toEqual([250, 250, 250]);
  });

  it('stops at once when a process has died', async () => {
    const clock = fakeClock();
    const died = new Error('jobmanager exited');
    let calls = 0;
    const outcome = await waitReady({
      taskManagers: 1,
      timeoutMs: 10_000,
      intervalMs: 250,
      probe: scripted([undefined]),
      failure: async () => (++calls >= 3 ? died : undefined),
      ...clock,
    });
    expect(outcome).toEqual({ kind: 'failed', error: died });
    expect(clock.sleeps).toHaveLength(2);
  });

  it('gives up at the deadline and reports what it last saw', async () => {
    const clock = fakeClock();
    const outcome = await waitReady({
      taskManagers: 3,
      timeoutMs: 1_000,
      intervalMs: 300,
      probe: scripted([{ taskmanagers: 1 }]),
      failure: async () => undefined,
      ...clock,
    });
    expect(outcome).toEqual({ kind: 'timeout', last: { taskmanagers: 1 } });
    expect(clock.now()).toBeGreaterThanOrEqual(1_000);
    expect(clock.now()).toBeLessThan(1_300);
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    const clock = fakeClock();
    const outcome = await waitReady({
      taskManagers: 1,
      timeoutMs: 10_000,
      intervalMs: 100,
      probe: async () => {
        controller.abort();
        return undefined;
      },
      failure: async () => undefined,
      signal: controller.signal,
      ...clock,
    });
    expect(outcome).toEqual({ kind: 'aborted' });
  });
});
