import { describe, expect, it } from 'vitest';
import { type Decision, pollUntil } from '../src/poll-until.js';
import { fakeClock } from './clock.js';

type Step = { body: string } | { throws: Error };

function scripted(steps: Step[]) {
  let i = 0;
  const poll = async () => {
    const step = steps[Math.min(i++, steps.length - 1)] as Step;
    if ('throws' in step) throw step.throws;
    return step.body;
  };
  return { poll, calls: () => i };
}

const decide = (body: string): Decision<string> =>
  body === 'done'
    ? { state: 'success', value: 'ok' }
    : body === 'bad'
      ? { state: 'failure', error: new Error('bad') }
      : { state: 'retry', progress: body };

const transient = new Error('transient');
const fatal = new Error('fatal');
const classify = (e: unknown) => (e === fatal ? fatal : undefined);

describe('pollUntil', () => {
  it.each([
    {
      name: 'success at once',
      steps: [{ body: 'done' }],
      want: { kind: 'success', value: 'ok', polls: 1 },
      sleeps: [],
    },
    {
      name: 'success after backoff',
      steps: [{ body: 'wait' }, { body: 'wait' }, { body: 'wait' }, { body: 'done' }],
      want: { kind: 'success', value: 'ok', polls: 4 },
      sleeps: [75, 150, 300],
    },
    {
      name: 'failure from the acceptor',
      steps: [{ body: 'wait' }, { body: 'bad' }],
      want: { kind: 'failure', polls: 2 },
      sleeps: [75],
    },
    {
      name: 'transient errors are polled through',
      steps: [{ throws: transient }, { throws: transient }, { body: 'done' }],
      want: { kind: 'success', value: 'ok', polls: 3 },
      sleeps: [75, 150],
    },
    {
      name: 'a fatal poll error ends it',
      steps: [{ body: 'wait' }, { throws: fatal }],
      want: { kind: 'failure', error: fatal, polls: 2 },
      sleeps: [75],
    },
  ] as { name: string; steps: Step[]; want: object; sleeps: number[] }[])(
    '$name',
    async ({ steps, want, sleeps }) => {
      const clock = fakeClock();
      const { poll } = scripted(steps);
      const outcome = await pollUntil(
        poll,
        decide,
        classify,
        { minDelayMs: 100, maxDelayMs: 1_000, timeoutMs: 60_000 },
        clock,
      );
      expect(outcome).toMatchObject(want);
      expect(clock.sleeps).toEqual(sleeps);
    },
  );

  it('stops at the deadline, never sleeping past it, and polls once at the deadline', async () => {
    const clock = fakeClock();
    const { poll, calls } = scripted([{ body: 'wait' }]);
    const outcome = await pollUntil(
      poll,
      decide,
      classify,
      { minDelayMs: 400, maxDelayMs: 400, timeoutMs: 1_000 },
      clock,
    );
    expect(outcome).toMatchObject({ kind: 'timeout', polls: 5 });
    expect(clock.sleeps).toEqual([300, 300, 300, 100]);
    expect(clock.now()).toBe(1_000);
    expect(calls()).toBe(5);
  });

  it('reports the last transient error on timeout', async () => {
    const clock = fakeClock();
    const { poll } = scripted([{ throws: transient }]);
    const outcome = await pollUntil(
      poll,
      decide,
      classify,
      { minDelayMs: 500, maxDelayMs: 500, timeoutMs: 1_000 },
      clock,
    );
    expect(outcome).toMatchObject({ kind: 'timeout', lastError: transient });
  });

  it('stops when the signal aborts, before the next poll', async () => {
    const clock = fakeClock();
    const controller = new AbortController();
    let polls = 0;
    const outcome = await pollUntil(
      async () => {
        if (++polls === 2) controller.abort(new Error('user'));
        return 'wait';
      },
      decide,
      classify,
      { signal: controller.signal, minDelayMs: 10, maxDelayMs: 10 },
      clock,
    );
    expect(outcome).toMatchObject({ kind: 'aborted', polls: 2 });
    expect((outcome as { reason: Error }).reason.message).toBe('user');
  });

  it('reports progress after every unfinished poll', async () => {
    const clock = fakeClock();
    const events: unknown[] = [];
    const { poll } = scripted([{ body: 'a' }, { body: 'b' }, { body: 'done' }]);
    await pollUntil(
      poll,
      decide,
      classify,
      { minDelayMs: 100, maxDelayMs: 100, onProgress: (e) => events.push(e) },
      clock,
    );
    expect(events).toEqual([
      { polls: 1, elapsedMs: 0, progress: 'a' },
      { polls: 2, elapsedMs: 75, progress: 'b' },
    ]);
  });

  it.each([
    { given: { timeoutMs: 0 }, want: 'timeoutMs (0) must be a finite number > 0' },
    {
      given: { minDelayMs: 1_000, maxDelayMs: 500 },
      want: 'maxDelayMs (500) must be >= minDelayMs (1000)',
    },
  ])('rejects $want before polling', async ({ given, want }) => {
    const { poll, calls } = scripted([{ body: 'done' }]);
    await expect(pollUntil(poll, decide, classify, given, fakeClock())).rejects.toThrow(
      new RangeError(want),
    );
    expect(calls()).toBe(0);
  });
});
