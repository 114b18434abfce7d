import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createExchangeQueue } from './exchange-queue.js';
import { checkLine, readFixtureSync } from './fixture-files.js';
import { loadPinnedSpec } from './pinned-spec.js';
import { decodePath, queryOf } from './recording-fetch.js';

/** Options of `startMockJobManager`. */
export interface MockJobManagerOptions {
  /** A supported line, e.g. `2.3`. */
  readonly flinkVersion: string;
  /** Which recorded scenario answers. Default `lifecycle`. */
  readonly scenario?: string;
  /** Port on 127.0.0.1. Default 0: a free one. */
  readonly port?: number;
  /** Fixtures directory. Default: this package's `fixturesDir`. */
  readonly fixturesDir?: string;
}

/** A running mock JobManager. */
export interface MockJobManager {
  /** Its base URL, e.g. `http://127.0.0.1:40123` (give it to the client as `baseUrl`). */
  readonly url: string;
  /** The Flink line it answers as, e.g. `2.3`. */
  readonly flinkVersion: string;
  /** Stops it, closing open connections. */
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, headers: Record<string, string>, body: string) {
  res.writeHead(status, { ...headers, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

/**
 * A JobManager stand-in on 127.0.0.1 that answers from one version's recorded fixture (the same
 * answers, in the same order, as the msw handlers) and serves `GET /v1/api-docs`: the version's
 * spec with our overlays, as JSON. A request the fixture lacks gets a 404 whose message says
 * it comes from the mock, not from Flink.
 */
export async function startMockJobManager(options: MockJobManagerOptions): Promise<MockJobManager> {
  const line = checkLine(options.flinkVersion);
  const fixture = readFixtureSync(line, options.scenario ?? 'lifecycle', options.fixturesDir);
  const queue = createExchangeQueue(fixture.exchanges);
  const spec = JSON.stringify(await loadPinnedSpec(line, { overlays: true }));
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = (req.method ?? 'GET').toUpperCase();
    // Drain the request body; answers do not depend on it (as in the replay).
    req.resume();
    req.on('end', () => {
      if (method === 'GET' && (url.pathname === '/v1/api-docs' || url.pathname === '/api-docs')) {
        send(res, 200, { 'content-type': 'application/json' }, spec);
        return;
      }
      const e = queue.answer(method, decodePath(url.pathname), queryOf(url));
      if (!e) {
        send(
          res,
          404,
          { 'content-type': 'application/json' },
          JSON.stringify({
            errors: [
              `flink-mock-jobmanager: no recorded exchange of Flink ${line} (${fixture.scenario}) for ${method} ${url.pathname}${url.search}`,
            ],
          }),
        );
        return;
      }
      const body = e.response.body;
      send(
        res,
        e.response.status,
        { ...e.response.headers },
        body === null ? '' : typeof body === 'string' ? body : JSON.stringify(body),
      );
    });
  };
  const server = createServer(handle);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    flinkVersion: line,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
