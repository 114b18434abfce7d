import { describe, expect, it } from 'vitest';
import { loadFixtures, supportedLines } from '../src/recording/fixture-files.js';
import { replayFixture } from '../src/recording/replay.js';

describe.each(supportedLines)('Flink %s', (line) => {
  it('replays the lifecycle scenario offline with the same summary as live', async () => {
    const [fixture] = await loadFixtures(line, { scenario: 'lifecycle' });
    if (!fixture) throw new Error('no fixture');
    expect(await replayFixture(fixture)).toEqual(fixture.summary);
  });
});
