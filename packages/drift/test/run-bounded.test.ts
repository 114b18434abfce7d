import { describe, expect, it } from 'vitest';
import { runBounded } from '../src/run-bounded.js';

/** A task that waits until the test releases it, counting how many run at once. */
function gate() {
  let running = 0;
  let most = 0;
  const waiting: (() => void)[] = [];
  const seen: number[] = [];
  const task = async (n: number, add: (more: readonly number[]) => void) => {
    running++;
    most = Math.max(most, running);
    seen.push(n);
    await new Promise<void>((resolve) => waiting.push(resolve));
    running--;
    if (n < 3) add([n * 10 + 10]);
  };
  const releaseAll = async () => {
    while (waiting.length > 0 || running > 0) {
      waiting.splice(0).forEach((r) => {
        r();
      });
      await new Promise((r) => setImmediate(r));
    }
  };
  return { task, releaseAll, most: () => most, seen };
}

describe('runBounded', () => {
  it.each([1, 2, 5])(
    'never runs more than %i tasks at once, added ones included',
    async (limit) => {
      const g = gate();
      const run = runBounded([0, 1, 2, 3, 4, 5], limit, g.task);
      await g.releaseAll();
      await run;
      expect(g.most()).toBe(Math.min(limit, 6));
      expect([...g.seen].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 10, 20, 30]);
    },
  );

  it('rejects with the first failure once the tasks in flight are done', async () => {
    const done: number[] = [];
    const run = runBounded([1, 2, 3], 2, async (n) => {
      if (n === 1) throw new Error('boom');
      await new Promise((r) => setImmediate(r));
      done.push(n);
    });
    await expect(run).rejects.toThrow('boom');
    expect(done).toEqual([2]);
  });

  it.each([0, 1.5, Number.NaN])('refuses concurrency %s', async (c) => {
    await expect(runBounded([], c, async () => {})).rejects.toThrow(RangeError);
  });

  it('resolves at once with nothing to do', async () => {
    await expect(runBounded([], 3, async () => {})).resolves.toBeUndefined();
  });
});
