import { type Fixture, handlersFromFixture, type Json } from '@flink-rest/testing';
import { setupServer } from 'msw/node';
import { type ScenarioContext, scenarios } from './scenario.js';

/** Where the replayed client points; msw answers before anything leaves the process. */
export const REPLAY_BASE_URL = 'http://flink-replay.invalid';

/**
 * A scenario context against recorded answers (msw at `baseUrl`, or a mock JobManager's URL):
 * the global `fetch`, a tiny jar, the recorded savepoint directory, and no real waiting.
 */
export function offlineContext(baseUrl: string, flinkVersion: string): ScenarioContext {
  return {
    baseUrl,
    flinkVersion,
    fetch: (request) => globalThis.fetch(request),
    jar: new Uint8Array([0x50, 0x4b, 0x05, 0x06]),
    savepointTarget: 'file:///tmp/flink-work/savepoints',
    sleep: async () => {},
    step: () => {},
    timeoutMs: 10_000,
  };
}

/**
 * Runs the fixture's scenario through the client against msw handlers made from it (offline,
 * no waiting), and returns what the scenario returned: it must equal `fixture.summary`.
 * A request the fixture does not hold fails the run (`onUnhandledRequest: 'error'`).
 */
export async function replayFixture(fixture: Fixture): Promise<Json> {
  const scenario = scenarios[fixture.scenario];
  if (!scenario) throw new TypeError(`scenario ${JSON.stringify(fixture.scenario)} is not known`);
  const unhandled: string[] = [];
  const server = setupServer(...handlersFromFixture(fixture));
  server.listen({
    onUnhandledRequest: (request, print) => {
      unhandled.push(`${request.method} ${request.url}`);
      print.error();
    },
  });
  try {
    const summary = await scenario(offlineContext(REPLAY_BASE_URL, fixture.flinkVersion));
    if (unhandled.length > 0) throw new Error(`unhandled requests: ${unhandled.join(', ')}`);
    return summary;
  } finally {
    server.close();
  }
}
