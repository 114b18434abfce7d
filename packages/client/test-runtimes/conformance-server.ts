import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startMockJobManager } from '@flink-rest/testing';
import { MATRIX_LINE } from './expectations.ts';
import { type CorsBehaviour, flinkDefaultCors } from './flink-cors.ts';

/** A savepoint trigger the server saw: the runner checks that a lost one was re-sent as it was. */
export interface SeenTrigger {
  readonly path: string;
  /** The `triggerId` of the request body (`undefined` if it had none). */
  readonly triggerId: string | undefined;
  /** Whether the server cut the connection instead of passing the answer on. */
  readonly cut: boolean;
}

export interface ConformanceServer {
  /** Base URL to give the client, e.g. `http://127.0.0.1:40123`. */
  readonly url: string;
  /** Every `POST /v1/jobs/:jobid/savepoints`, in arrival order. */
  readonly savepointTriggers: readonly SeenTrigger[];
  close(): Promise<void>;
}

const SAVEPOINT_TRIGGER = /^\/v1\/jobs\/[0-9a-f]{32}\/savepoints$/;

async function bodyOf(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function triggerIdIn(body: Buffer): string | undefined {
  try {
    const id = (JSON.parse(body.toString('utf8')) as { triggerId?: unknown }).triggerId;
    return typeof id === 'string' ? id : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The JobManager of the runtime matrix: the mock (`startMockJobManager`, answering from the
 * recorded 2.3 fixture) behind a proxy that adds what a recording cannot hold:
 * - a lost answer: the first savepoint trigger reaches Flink (the mock), but its connection is
 *   cut before the answer is passed on, as when a network drops an answer Flink already sent;
 * - CORS as a real JobManager answers it (`flink-cors.ts`), for the browser leg.
 * One server per run: the mock's answer queue and the fault are both used up by one run.
 */
export async function startConformanceServer(
  cors: CorsBehaviour = flinkDefaultCors,
): Promise<ConformanceServer> {
  const mock = await startMockJobManager({ flinkVersion: MATRIX_LINE });
  const savepointTriggers: SeenTrigger[] = [];

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const method = req.method ?? 'GET';
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const body = await bodyOf(req);
    if (method === 'OPTIONS' && cors.preflight) {
      res.writeHead(cors.preflight.status, { ...cors.answerHeaders, ...cors.preflight.headers });
      res.end();
      return;
    }
    const answer = await fetch(`${mock.url}${req.url ?? '/'}`, {
      method,
      headers: req.headers['content-type'] ? { 'content-type': req.headers['content-type'] } : {},
      ...(body.length > 0 ? { body } : {}),
    });
    const bytes = Buffer.from(await answer.arrayBuffer());
    if (method === 'POST' && SAVEPOINT_TRIGGER.test(path)) {
      const cut = savepointTriggers.length === 0;
      savepointTriggers.push({ path, triggerId: triggerIdIn(body), cut });
      if (cut) {
        req.socket.destroy();
        return;
      }
    }
    res.writeHead(answer.status, {
      ...cors.answerHeaders,
      'content-type': answer.headers.get('content-type') ?? 'application/json',
      'content-length': bytes.length,
    });
    res.end(bytes);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      // The proxy's own failure: say so, in a body no client would take for Flink's.
      res.writeHead(599, { ...cors.answerHeaders, 'content-type': 'text/plain' });
      res.end(`conformance server: ${String(error)}`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    savepointTriggers,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await mock.close();
    },
  };
}
