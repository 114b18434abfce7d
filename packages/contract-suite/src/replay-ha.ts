import { type Fixture, handlersFromFixture, type Json } from '@flink-rest/testing';
import { setupServer } from 'msw/node';
import { REPLAY_BASE_URL } from './replay.js';

/**
 * Replays the `ha` fixture offline: for each step, msw handlers made from that step's
 * exchanges only (the leader's and a standby's answers to one path differ, and the handlers
 * do not look at the origin), and the recorded requests sent again through `fetch`. Returns
 * `step → statuses` as the recorder's summary lists them (without the 0 of "no answer", which
 * a fixture cannot hold).
 */
export async function replayHaFixture(fixture: Fixture): Promise<Record<string, number[]>> {
  const steps = [...new Set(fixture.exchanges.map((e) => e.step))];
  const out: Record<string, number[]> = {};
  for (const step of steps) {
    const server = setupServer(
      ...handlersFromFixture(fixture, { mapEntry: (e) => (e.step === step ? e : undefined) }),
    );
    server.listen({ onUnhandledRequest: 'error' });
    try {
      const statuses: number[] = [];
      for (const e of fixture.exchanges.filter((x) => x.step === step)) {
        const url = new URL(`${REPLAY_BASE_URL}/v1${e.request.path}`);
        for (const [k, v] of Object.entries(e.request.query)) url.searchParams.set(k, v);
        const body: Json = e.request.body;
        const response = await fetch(url, {
          method: e.request.method,
          ...(body !== null && e.request.method !== 'GET'
            ? {
                body: typeof body === 'string' ? body : JSON.stringify(body),
                headers: { 'content-type': 'application/json' },
              }
            : {}),
        });
        await response.arrayBuffer();
        if (statuses[statuses.length - 1] !== response.status) statuses.push(response.status);
      }
      out[step] = statuses;
    } finally {
      server.close();
    }
  }
  return out;
}
