import { loadFixtures } from '@flink-rest/testing';
import { describe, expect, it } from 'vitest';
import { replayHaFixture } from '../src/replay-ha.js';

// Recorded on real 2-JobManager ZooKeeper HA clusters (`fixtures:record -- --scenario ha`).
describe.each(['1.18', '2.3'])('Flink %s, HA', (line) => {
  it('replays every step of the ha fixture offline with the statuses measured live', async () => {
    const [fixture] = await loadFixtures(line, { scenario: 'ha' });
    if (!fixture) throw new Error('no fixture');
    const measured = Object.fromEntries(
      Object.entries(fixture.summary as Record<string, unknown>)
        .filter((entry): entry is [string, number[]] => Array.isArray(entry[1]))
        .map(([step, statuses]) => [step, statuses.filter((s) => s !== 0)] as const)
        .filter(([, statuses]) => statuses.length > 0),
    );
    expect(await replayHaFixture(fixture)).toEqual(measured);
  });

  it('holds what the READMEs state: standby answers, the election, and endpoint-local state', async () => {
    const [fixture] = await loadFixtures(line, { scenario: 'ha' });
    const s = fixture?.summary as Record<string, unknown>;
    expect(s['standby: job details']).toEqual([200]);
    expect(s['standby: savepoint status']).toEqual([200]);
    expect(s['election: standby overview']).toEqual([500, 503, 200]);
    expect(s['standby: savepoint disposal status']).toEqual([404]);
    expect(s['standby: run of a jar uploaded to the leader']).toEqual([500]);
    expect(s['new leader: savepoint status of the old leader']).toEqual([404]);
  });
});
