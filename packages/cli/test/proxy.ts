import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** A request the proxy saw. */
export interface Seen {
  readonly method: string;
  readonly path: string;
  readonly body: string;
  readonly authorization: string | undefined;
}

export interface ProxyOptions {
  /** Requests (`METHOD /path`) whose answer never comes: the socket stays open until close(). */
  readonly hold?: RegExp;
  /** Requests whose first answer is lost: forwarded, then the connection is cut. */
  readonly cutFirst?: RegExp;
  /** Called with each held request, once it is being held. */
  readonly onHold?: (seen: Seen) => void;
}

export interface MockProxy {
  readonly url: string;
  readonly seen: readonly Seen[];
  close(): Promise<void>;
}

async function bodyOf(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * A proxy in front of the mock JobManager, for what a recording cannot hold: an answer that is
 * lost after Flink acted on the request, or one that never comes. Every answer it passes on is
 * the mock's (recorded from real Flink); it writes none of its own.
 */
export async function startProxy(target: string, options: ProxyOptions = {}): Promise<MockProxy> {
  const seen: Seen[] = [];
  const sockets = new Set<Socket>();
  const cut = new Set<string>();
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const method = req.method ?? 'GET';
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const body = await bodyOf(req);
    const entry: Seen = {
      method,
      path,
      body: body.toString('utf8'),
      authorization: req.headers.authorization,
    };
    seen.push(entry);
    const key = `${method} ${path}`;
    if (options.hold?.test(key)) {
      options.onHold?.(entry);
      return;
    }
    const answer = await fetch(`${target}${req.url ?? '/'}`, {
      method,
      headers: req.headers['content-type'] ? { 'content-type': req.headers['content-type'] } : {},
      ...(body.length > 0 ? { body } : {}),
    });
    const bytes = Buffer.from(await answer.arrayBuffer());
    if (options.cutFirst?.test(key) && !cut.has(key)) {
      cut.add(key);
      req.socket.destroy();
      return;
    }
    res.writeHead(answer.status, {
      'content-type': answer.headers.get('content-type') ?? 'application/json',
    });
    res.end(bytes);
  };
  const server = createServer((req, res) => {
    handle(req, res).catch(() => req.socket.destroy());
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A port nothing listens on: bound, then closed. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
