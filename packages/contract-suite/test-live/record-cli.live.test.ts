import { loadPinnedSpec } from '@flink-rest/specs';
import { fixturePath, readFixtureFile } from '@flink-rest/testing';
import { supportedLines } from '@flink-rest/versions';
import { describe, expect, it } from 'vitest';
import { recordFixture } from '../src/record.js';
import { validateFixtures } from '../src/spec-vs-reality.js';

const newest = supportedLines[supportedLines.length - 1] as string;

// The cli scenario against a real cluster of the newest line: the same summary as the committed
// fixture (its log files' text differs from run to run, so the exchanges are not compared byte
// for byte), and what Flink answers agrees with the spec and its overlays, the log-file
// endpoints of `custom-log-files` included.
describe(`Flink ${newest}, cli scenario`, () => {
  it('re-recording gives the committed summary, and every exchange meets the corrected spec', async () => {
    const committed = await readFixtureFile(fixturePath(newest, 'cli'));
    const fresh = await recordFixture({
      flinkVersion: newest,
      scenario: 'cli',
      onProgress: (m) => console.error(`record: ${m}`),
    });
    expect(fresh.summary).toEqual(committed.summary);
    expect(fresh.exchanges.map((e) => `${e.request.method} ${e.request.path}`)).toEqual(
      committed.exchanges.map((e) => `${e.request.method} ${e.request.path}`),
    );
    const corrected = await loadPinnedSpec(newest, { overlays: true });
    expect(validateFixtures([fresh], corrected)).toEqual([]);
  });
});
