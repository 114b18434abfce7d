import { describe, expect, it } from 'vitest';
import { type CheckResult, checkNames } from '../test-runtimes/conformance.ts';
import { startConformanceServer } from '../test-runtimes/conformance-server.ts';
import { expectationsFromFixture } from '../test-runtimes/expectations.ts';
import { type CorsBehaviour, flinkDefaultCors } from '../test-runtimes/flink-cors.ts';
import { RUNTIMES, type RuntimeLeg } from '../test-runtimes/runtimes.ts';

/**
 * The runtime matrix: the same conformance script (test-runtimes/conformance.ts) in every
 * runtime the client claims to run in, against the recorded Flink 2.3 JobManager with one lost
 * trigger answer. A runtime that cannot be started fails its case: none is skipped.
 */
const expectations = expectationsFromFixture();

/** The checks that send a POST (a savepoint trigger): what a failed CORS preflight stops. */
const POST_CHECKS = [
  'lost trigger answer re-sent with the same id',
  'savepoints.trigger + wait, resumed from JSON',
  'savepoints.create',
  'failure cause: savepoint of an unknown job',
];

interface Case {
  readonly name: string;
  readonly leg: RuntimeLeg;
  readonly cors: CorsBehaviour;
  readonly want: {
    /** Names of the checks that must fail (every other one must pass). */
    readonly failed: readonly string[];
    /** Whether the savepoint triggers reached the JobManager (then the lost one is checked). */
    readonly triggersArrive: boolean;
  };
}

const chromium = RUNTIMES.find((r) => r.name === 'chromium') as RuntimeLeg;

const cases: Case[] = [
  ...RUNTIMES.map((leg) => ({
    name: `${leg.name} passes every conformance check`,
    leg,
    cors: leg.cors,
    want: { failed: [], triggersArrive: true },
  })),
  {
    // As measured on real clusters (test-live/cors.live.test.ts): Flink answers a preflight 404,
    // so the GETs work across origins and the JSON POSTs never leave the browser.
    name: "chromium straight to Flink's default CORS: the POSTs die in their preflight",
    leg: chromium,
    cors: flinkDefaultCors,
    want: { failed: POST_CHECKS, triggersArrive: false },
  },
];

describe('runtime matrix', () => {
  it('has a leg for every runtime the client supports', () => {
    expect(RUNTIMES.map((r) => r.name)).toEqual(['node', 'bun', 'deno', 'chromium', 'workerd']);
  });

  it.each(cases)('$name', async ({ leg, cors, want }) => {
    const server = await startConformanceServer(cors);
    let results: CheckResult[];
    try {
      results = await leg.run(server.url, expectations);
    } finally {
      await server.close();
    }
    expect(results.map((r) => r.name)).toEqual(checkNames());
    const failed = results.filter((r) => !r.ok);
    if (want.failed.length === 0) expect(failed).toEqual([]);
    else {
      expect(failed.map((r) => r.name)).toEqual(want.failed);
      for (const r of failed) {
        expect(r.detail).toMatch(/FlinkConnectionError.*preflight/);
        // The page's error itself points at CORS: the browser tells only its console why.
        expect(r.detail).toContain('also a request its CORS rules refused');
      }
    }

    if (!want.triggersArrive) {
      expect(server.savepointTriggers).toEqual([]);
      return;
    }
    // The lost answer: the cut trigger and its re-send carry one client-made id; every other
    // trigger (trigger + wait, create, the unknown job's) has an id of its own.
    const [lost, resent, ...others] = server.savepointTriggers;
    expect(lost).toMatchObject({ cut: true, triggerId: expect.stringMatching(/^[0-9a-f]{32}$/) });
    expect(resent).toMatchObject({ cut: false, triggerId: lost?.triggerId });
    expect(others).toHaveLength(3);
    expect(others.every((t) => !t.cut)).toBe(true);
    expect(new Set([lost, ...others].map((t) => t?.triggerId)).size).toBe(4);
  });
});
