import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * What the server does with one request:
 * - `{ status, body }`: a JSON answer; `{ status, text, contentType }`: any other body;
 * - `'reset'`: the connection is destroyed after the request was read (the answer is lost);
 * - `'hang'`: no answer at all, until the client gives up;
 * - `{ truncate }`: a Content-Length larger than what is sent, then the connection closes;
 * - `{ slowBody }`: status and headers and a first chunk, then nothing more.
 */
export type Act =
  | { readonly status: number; readonly body?: unknown }
  | { readonly status: number; readonly text: string; readonly contentType?: string }
  | 'reset'
  | 'hang'
  | { readonly truncate: string; readonly status?: number }
  | { readonly slowBody: string };

export interface Call {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: unknown;
}

export type Route = Act | readonly Act[] | ((call: Call) => Act);

export interface FaultServerOptions {
  /**
   * Called while an answer is held back ('hang', `slowBody`), about every 20 ms of real time,
   * until the client closes the connection: the test moves its fake clock here, so the
   * client's injected timeouts fire without real waiting.
   */
  readonly whileHanging?: () => void;
}

/**
 * A real HTTP server on 127.0.0.1 that answers from a route table (`'POST /jobs/{id}/savepoints'`
 * keys, matched on the path after `/v1`) and can fail at the socket level. Every request is
 * recorded. An unmatched request is answered 599 and recorded, so the test sees it.
 */
export async function startFaultServer(
  routes: Record<string, Route>,
  options: FaultServerOptions = {},
) {
  const calls: Call[] = [];
  const used = new Map<string, number>();
  const sockets = new Set<Socket>();
  const pending = new Set<ServerResponse>();

  const choose = (call: Call): Act => {
    const key = Object.keys(routes).find((k) => {
      const [method, pattern] = k.split(' ') as [string, string];
      const re = new RegExp(`^${pattern.replace(/\{[^}]+\}/g, '[^/]+')}$`);
      return method === call.method && re.test(call.path);
    });
    if (!key) return { status: 599, body: { errors: [`unscripted ${call.method} ${call.path}`] } };
    const route = routes[key] as Route;
    if (typeof route === 'function') return route(call);
    if (Array.isArray(route)) {
      const n = used.get(key) ?? 0;
      used.set(key, n + 1);
      return route[Math.min(n, route.length - 1)] as Act;
    }
    return route as Act;
  };

  const holdBack = (res: ServerResponse) => {
    pending.add(res);
    let closed = false;
    res.on('close', () => {
      closed = true;
      pending.delete(res);
    });
    const tick = () => {
      if (closed) return;
      options.whileHanging?.();
      setTimeout(tick, 20).unref();
    };
    setTimeout(tick, 5).unref();
  };

  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = text;
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const call: Call = {
      method: req.method ?? 'GET',
      path: url.pathname.replace(/^\/v1(?=\/)/, ''),
      headers: req.headers,
      body,
    };
    calls.push(call);
    const act = choose(call);
    if (act === 'reset') {
      req.socket.destroy();
      return;
    }
    if (act === 'hang') {
      holdBack(res);
      return;
    }
    if ('truncate' in act) {
      res.writeHead(act.status ?? 200, {
        'content-type': 'application/json',
        'content-length': String(Buffer.byteLength(act.truncate) + 100),
      });
      res.write(act.truncate, () => req.socket.destroy());
      return;
    }
    if ('slowBody' in act) {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write(act.slowBody);
      holdBack(res);
      return;
    }
    if ('text' in act) {
      res.writeHead(act.status, { 'content-type': act.contentType ?? 'text/html' });
      res.end(act.text);
      return;
    }
    const payload = act.body === undefined ? '' : JSON.stringify(act.body);
    res.writeHead(act.status, { 'content-type': 'application/json; charset=UTF-8' });
    res.end(payload);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    /** Requests still held back ('hang', `slowBody`). */
    pending: () => pending.size,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type FaultServer = Awaited<ReturnType<typeof startFaultServer>>;
