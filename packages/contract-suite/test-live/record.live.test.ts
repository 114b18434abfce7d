import { describe, expect, it } from 'vitest';
import { diffFixtures } from '../src/recording/fixture-diff.js';
import { fixturePath, readFixtureFile } from '../src/recording/fixture-files.js';
import { type Fixture, renderFixture } from '../src/recording/fixture-format.js';
import { recordFixture } from '../src/recording/record.js';

const progress = (m: string) => console.error(`record: ${m}`);

/** A readable failure: the differing lines, not two 3 000-line JSON documents. */
function expectSame(before: Fixture, after: Fixture, what: string): void {
  const diff = diffFixtures(before, after);
  expect(diff, `${what} differ beyond normalization:\n${diff.join('\n')}`).toEqual([]);
  // Byte for byte too: the files are written with sorted keys, so even key order repeats.
  expect(renderFixture(after), `${what}: same content, different text`).toBe(renderFixture(before));
}

// The oldest and the newest supported version, against real clusters, one at a time.
describe.each(['1.18', '2.3'])('Flink %s', (line) => {
  it('re-recording gives the committed fixture', async () => {
    const committed = await readFixtureFile(fixturePath(line, 'lifecycle'));
    const fresh = await recordFixture({ flinkVersion: line, onProgress: progress });
    expectSame(committed, fresh, `fixtures/${line}/lifecycle.json and a new recording`);
  });
});

describe('Flink 2.3, twice', () => {
  it('two recordings in a row are identical', async () => {
    const first = await recordFixture({ flinkVersion: '2.3', onProgress: progress });
    const second = await recordFixture({ flinkVersion: '2.3', onProgress: progress });
    expectSame(first, second, 'two recordings');
    expect(second.exchanges.length).toBeGreaterThan(50);
  });
});
