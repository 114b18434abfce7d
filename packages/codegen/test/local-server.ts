import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

export interface LocalServer {
  readonly url: string;
  /** Requests seen, as `METHOD /path`. */
  readonly requests: string[];
  close(): Promise<void>;
}

/**
 * An HTTP server on 127.0.0.1 and a free port, answering from a route table; a path not in
 * the table answers 404 like Flink ({"errors":["Not found: <uri>"]}).
 */
export async function startLocalServer(routes: Record<string, Handler>): Promise<LocalServer> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    const handler = routes[req.url ?? ''];
    if (handler) return handler(req, res);
    res.writeHead(404, { 'content-type': 'application/json; charset=UTF-8' });
    res.end(JSON.stringify({ errors: [`Not found: ${req.url}`] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A handler answering `status` with `body` (objects as JSON). */
export function reply(status: number, body: unknown, contentType = 'application/json'): Handler {
  return (_req, res) => {
    res.writeHead(status, { 'content-type': contentType });
    res.end(typeof body === 'string' ? body : JSON.stringify(body));
  };
}

/** What a Flink 2.3.0 JobManager answers on GET /v1/api-docs (checked on a live cluster). */
export const flinkApiDocs404 = reply(404, {
  errors: ['Unable to load requested file /v1/api-docs.'],
});

/** Flink's GET /v1/config body (from a live 2.3.0 cluster), with `flink-version` set. */
export function flinkConfig(flinkVersion: string): Handler {
  return reply(200, {
    'refresh-interval': 3000,
    'timezone-name': 'Coordinated Universal Time',
    'timezone-offset': 0,
    'flink-version': flinkVersion,
    'flink-revision': 'c0f8d1a @ 2026-06-14T16:29:03+02:00',
    features: {
      'web-submit': true,
      'web-cancel': true,
      'web-rescale': false,
      'web-history': false,
    },
  });
}
