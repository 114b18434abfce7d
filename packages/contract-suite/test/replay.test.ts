import { loadFixtures } from '@flink-rest/testing';
import { supportedLines } from '@flink-rest/versions';
import { describe, expect, it } from 'vitest';
import { replayFixture } from '../src/replay.js';

describe.each(supportedLines)('Flink %s', (line) => {
  it.each(['lifecycle', 'cli'])(
    'replays the %s scenario offline with the same summary as live',
    async (scenario) => {
      const [fixture] = await loadFixtures(line, { scenario });
      if (!fixture) throw new Error('no fixture');
      expect(await replayFixture(fixture)).toEqual(fixture.summary);
    },
  );
});
