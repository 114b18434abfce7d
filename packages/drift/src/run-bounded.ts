/**
 * Runs tasks at most `concurrency` at a time; a task may add further tasks (what it learned
 * leads to more requests). Resolves when every task, added ones included, has settled. A task
 * that rejects rejects the whole run once the tasks in flight are done (tasks are expected to
 * catch their own failures).
 */
export async function runBounded<T>(
  initial: readonly T[],
  concurrency: number,
  task: (item: T, add: (more: readonly T[]) => void) => Promise<void>,
): Promise<void> {
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new RangeError(`concurrency (${concurrency}) must be a whole number >= 1`);
  }
  const queue = [...initial];
  let running = 0;
  let failure: { error: unknown } | undefined;
  await new Promise<void>((resolve, reject) => {
    const pump = () => {
      while (failure === undefined && running < concurrency && queue.length > 0) {
        const item = queue.shift() as T;
        running++;
        task(item, (more) => queue.push(...more))
          .catch((error: unknown) => {
            failure ??= { error };
          })
          .finally(() => {
            running--;
            pump();
          });
      }
      if (running === 0 && (queue.length === 0 || failure !== undefined)) {
        if (failure) reject(failure.error);
        else resolve();
      }
    };
    pump();
  });
}
