import { pullSpec } from '@flink-rest/codegen';
import { loadPinnedSpec } from '@flink-rest/specs';
import { type MockJobManager, readFixtureSync, startMockJobManager } from '@flink-rest/testing';
import { supportedLines } from '@flink-rest/versions';
import { afterEach, describe, expect, it } from 'vitest';
import { offlineContext } from '../src/replay.js';
import { lifecycleScenario } from '../src/scenario.js';

// The test kit's mock JobManager against what the project knows of Flink: the scenario that was
// recorded live runs through the client over HTTP and returns the live summary; codegen's pull
// takes the spec it serves.
let mock: MockJobManager | undefined;
afterEach(async () => {
  await mock?.close();
  mock = undefined;
});

describe('the mock JobManager of @flink-rest/testing', () => {
  const oldestAndNewest = [
    supportedLines[0],
    supportedLines[supportedLines.length - 1],
  ] as string[];

  it.each(oldestAndNewest)('answers the lifecycle scenario of Flink %s over HTTP', async (line) => {
    mock = await startMockJobManager({ flinkVersion: line });
    const summary = await lifecycleScenario(offlineContext(mock.url, line));
    expect(summary).toEqual(readFixtureSync(line).summary);
  });

  it('serves the spec with overlays at /v1/api-docs, which codegen pull takes', async () => {
    mock = await startMockJobManager({ flinkVersion: '2.3' });
    const pulled = await pullSpec(mock.url, { timeoutMs: 10_000 });
    expect(pulled.origin).toBe('api-docs');
    expect(pulled.spec.document).toEqual(await loadPinnedSpec('2.3', { overlays: true }));
  });
});
