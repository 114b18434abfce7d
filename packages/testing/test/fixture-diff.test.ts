import { describe, expect, it } from 'vitest';
import { diffFixtures } from '../src/fixture-diff.js';
import { readFixtureSync } from '../src/fixture-files.js';
import type { Fixture } from '../src/fixture-format.js';

const base: Fixture = readFixtureSync('2.3');

describe('diffFixtures', () => {
  it('is empty for the same fixture', () => {
    expect(diffFixtures(base, structuredClone(base))).toEqual([]);
  });

  it('names the exchange, the place and both values', () => {
    const changed = structuredClone(base) as {
      exchanges: { response: { body: unknown } }[];
    } & Fixture;
    (changed.exchanges[0] as { response: { body: Record<string, unknown> } }).response.body[
      'refresh-interval'
    ] = 1;
    changed.exchanges.pop();
    expect(diffFixtures(base, changed)).toEqual([
      `exchanges: ${base.exchanges.length} → ${base.exchanges.length - 1}`,
      'exchanges[0] (cluster: config: GET /config) /response/body/refresh-interval: 3000 → 1',
      expect.stringMatching(
        new RegExp(
          `^exchanges\\[${base.exchanges.length - 1}\\] \\(error: .*\\) /: \\{.* → \\(absent\\)$`,
        ),
      ),
    ]);
  });
});
