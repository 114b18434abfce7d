import { createServer, request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';

/**
 * What the proxy does with one request:
 * - `'pass'`: forwards it and relays the answer;
 * - `'reset'`: closes the connection without forwarding (Flink never sees it);
 * - `'drop-answer'`: forwards it, Flink acts on it, and the client's connection is closed
 *   instead of relaying the answer (the answer is lost);
 * - `'truncate'`: forwards it and relays the status and half the body, then closes;
 * - `{ status, body }`: answers itself without forwarding (e.g. a 503 from a load balancer).
 */
export type ProxyAct =
  | 'pass'
  | 'reset'
  | 'drop-answer'
  | 'truncate'
  | { readonly status: number; readonly body: unknown };

export interface ProxyOptions {
  /** Flink's REST base URL (http or https). */
  readonly upstream: string;
  /** For an https upstream: CA and client certificate to reach it with. */
  readonly upstreamTls?: { ca: string; cert?: string; key?: string; passphrase?: string };
  /** Decides per request; default: pass everything. */
  readonly plan?: (call: { method: string; path: string; n: number }) => ProxyAct;
  /**
   * When set, a request whose `Authorization` header this refuses gets 401 and is not
   * forwarded; the header is stripped before forwarding either way.
   */
  readonly authorize?: (authorization: string | undefined) => boolean;
  /**
   * When set, the proxy does for browsers what Flink does not (docs-cors.md): it answers a
   * preflight (`OPTIONS` with `Access-Control-Request-Method`) itself with 204, before the
   * `authorize` check (a browser sends no credentials on a preflight), and puts its own
   * `Access-Control-Allow-Origin` in place of Flink's on every answer, its own 401 included.
   */
  readonly cors?: {
    /** The one page origin allowed, e.g. `http://127.0.0.1:5173`. */
    readonly allowOrigin: string;
    /** Request headers a page may send, e.g. `['authorization', 'content-type']`. */
    readonly allowHeaders: readonly string[];
  };
}

/** One request as the proxy saw it. */
export interface ProxyCall {
  readonly method: string;
  /** The API path without `/v1`. */
  readonly path: string;
  readonly act: ProxyAct;
  /** The request's `Origin` header, which a browser sends on every cross-origin request. */
  readonly origin?: string;
  /** A preflight's `Access-Control-Request-Method` and `-Headers`. */
  readonly preflight?: { readonly method: string; readonly headers: string };
}

/** The headers a `cors` proxy sends with every answer to an allowed origin. */
function corsHeaders(cors: ProxyOptions['cors'], origin: string | undefined) {
  if (!cors || origin !== cors.allowOrigin) return {};
  return { 'access-control-allow-origin': origin, vary: 'Origin' };
}

/**
 * A small reverse proxy (node:http) in front of a real cluster, for fault and auth tests:
 * Flink stays the oracle, the proxy only loses, cuts or replaces answers on the way back.
 */
export async function startProxy(options: ProxyOptions) {
  const calls: ProxyCall[] = [];
  const sockets = new Set<Socket>();
  const upstream = new URL(options.upstream);
  const forward = (req: IncomingMessage, body: Buffer) =>
    new Promise<{ status: number; headers: IncomingMessage['headers']; body: Buffer }>(
      (resolve, reject) => {
        const headers = { ...req.headers, host: upstream.host };
        delete headers.authorization;
        const send = upstream.protocol === 'https:' ? httpsRequest : httpRequest;
        const out = send(
          {
            hostname: upstream.hostname,
            port: upstream.port,
            method: req.method,
            path: req.url,
            headers,
            ...(options.upstreamTls ?? {}),
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('error', reject);
            res.on('end', () =>
              resolve({
                status: res.statusCode ?? 502,
                headers: res.headers,
                body: Buffer.concat(chunks),
              }),
            );
          },
        );
        out.on('error', reject);
        out.end(body);
      },
    );

  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const path = new URL(req.url ?? '/', 'http://x').pathname.replace(/^\/v1(?=\/)/, '');
    const method = req.method ?? 'GET';
    const { origin } = req.headers;
    const cors = corsHeaders(options.cors, origin);
    const requested = req.headers['access-control-request-method'];
    if (options.cors && method === 'OPTIONS' && requested !== undefined) {
      const preflight = {
        method: requested,
        headers: req.headers['access-control-request-headers'] ?? '',
      };
      calls.push({ method, path, act: { status: 204, body: null }, origin, preflight });
      res.writeHead(204, {
        ...cors,
        'access-control-allow-methods': 'GET, POST, PATCH, PUT, DELETE',
        'access-control-allow-headers': options.cors.allowHeaders.join(', '),
        'access-control-max-age': '600',
      });
      res.end();
      return;
    }
    if (options.authorize && !options.authorize(req.headers.authorization)) {
      calls.push({ method, path, act: { status: 401, body: null }, origin });
      res.writeHead(401, {
        ...cors,
        'content-type': 'application/json',
        'www-authenticate': 'Bearer',
      });
      res.end(JSON.stringify({ errors: ['Unauthorized'] }));
      return;
    }
    const n = calls.filter((c) => c.method === method && c.path === path).length;
    const act = options.plan?.({ method, path, n }) ?? 'pass';
    calls.push({ method, path, act, origin });
    if (act === 'reset') {
      req.socket.destroy();
      return;
    }
    if (typeof act === 'object') {
      res.writeHead(act.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(act.body));
      return;
    }
    let answer: Awaited<ReturnType<typeof forward>>;
    try {
      answer = await forward(req, Buffer.concat(chunks));
    } catch (error) {
      res.writeHead(502, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [`proxy: ${(error as Error).message}`] }));
      return;
    }
    if (act === 'drop-answer') {
      req.socket.destroy();
      return;
    }
    const headers = { ...answer.headers };
    delete headers['transfer-encoding'];
    delete headers.connection;
    if (options.cors) {
      delete headers['access-control-allow-origin'];
      Object.assign(headers, cors);
    }
    if (act === 'truncate') {
      res.writeHead(answer.status, { ...headers, 'content-length': String(answer.body.length) });
      res.write(answer.body.subarray(0, Math.floor(answer.body.length / 2)), () =>
        req.socket.destroy(),
      );
      return;
    }
    res.writeHead(answer.status, { ...headers, 'content-length': String(answer.body.length) });
    res.end(answer.body);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls,
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
