import { describe, expect, it } from 'vitest';
import { mapWithLimit } from '../src/map-limit.js';

describe('mapWithLimit', () => {
  it.each([1, 2, 5])('keeps input order and never runs more than %i at once', async (limit) => {
    let running = 0;
    let peak = 0;
    const out = await mapWithLimit([30, 10, 20, 0, 5], limit, async (ms) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setImmediate(resolve));
      running--;
      return ms * 2;
    });
    expect(out).toEqual([60, 20, 40, 0, 10]);
    expect(peak).toBe(Math.min(limit, 5));
  });

  it('rejects a limit below 1', async () => {
    await expect(mapWithLimit([1], 0, async (x) => x)).rejects.toThrow(
      'limit (0) must be an integer >= 1',
    );
  });
});
