import { describe, expect, it } from 'vitest';
import { checkNames } from '../test-runtimes/conformance.ts';
import { startConformanceServer } from '../test-runtimes/conformance-server.ts';
import { expectationsFromFixture } from '../test-runtimes/expectations.ts';
import { RUNTIMES } from '../test-runtimes/runtimes.ts';

/**
 * The runtime matrix: the same conformance script (test-runtimes/conformance.ts) in every
 * runtime the client claims to run in, against the recorded Flink 2.3 JobManager with one lost
 * trigger answer. A runtime that cannot be started fails its case: none is skipped.
 */
const expectations = expectationsFromFixture();

describe('runtime matrix', () => {
  it('has a leg for every runtime the client supports', () => {
    expect(RUNTIMES.map((r) => r.name)).toEqual(['node', 'bun', 'deno', 'chromium', 'workerd']);
  });

  it.each(RUNTIMES)('$name passes every conformance check', async ({ run }) => {
    const server = await startConformanceServer();
    try {
      const results = await run(server.url, expectations);
      expect(results.map((r) => r.name)).toEqual(checkNames());
      expect(results.filter((r) => !r.ok)).toEqual([]);

      // The lost answer: the cut trigger and its re-send carry one client-made id; every other
      // trigger has an id of its own.
      const [lost, resent, ...others] = server.savepointTriggers;
      expect(lost).toMatchObject({ cut: true, triggerId: expect.stringMatching(/^[0-9a-f]{32}$/) });
      expect(resent).toMatchObject({ cut: false, triggerId: lost?.triggerId });
      // trigger + wait, create, and the unknown job's
      expect(others).toHaveLength(3);
      expect(others.every((t) => !t.cut)).toBe(true);
      expect(new Set([lost, ...others].map((t) => t?.triggerId)).size).toBe(4);
    } finally {
      await server.close();
    }
  });
});
