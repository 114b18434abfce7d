import {
  diffFixtures,
  type Fixture,
  fixturePath,
  readFixtureFile,
  renderFixture,
} from '@flink-rest/testing';
import { supportedLines } from '@flink-rest/versions';
import { describe, expect, it } from 'vitest';
import { recordFixture } from '../src/record.js';

const progress = (m: string) => console.error(`record: ${m}`);

/** A readable failure: the differing lines, not two 3 000-line JSON documents. */
function expectSame(before: Fixture, after: Fixture, what: string): void {
  const diff = diffFixtures(before, after);
  expect(diff, `${what} differ beyond normalization:\n${diff.join('\n')}`).toEqual([]);
  // Byte for byte too: the files are written with sorted keys, so even key order repeats.
  expect(renderFixture(after), `${what}: same content, different text`).toBe(renderFixture(before));
}

const oldest = supportedLines[0] as string;
const newest = supportedLines[supportedLines.length - 1] as string;

// The oldest and the newest supported version, against real clusters, one at a time.
describe.each([oldest, newest])('Flink %s', (line) => {
  it('re-recording gives the committed fixture', async () => {
    const committed = await readFixtureFile(fixturePath(line, 'lifecycle'));
    const fresh = await recordFixture({ flinkVersion: line, onProgress: progress });
    expectSame(committed, fresh, `fixtures/${line}/lifecycle.json and a new recording`);
  });
});

describe(`Flink ${newest}, twice`, () => {
  it('two recordings in a row are identical', async () => {
    const first = await recordFixture({ flinkVersion: newest, onProgress: progress });
    const second = await recordFixture({ flinkVersion: newest, onProgress: progress });
    expectSame(first, second, 'two recordings');
    expect(second.exchanges.length).toBeGreaterThan(50);
  });
});
