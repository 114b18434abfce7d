import type { FetchLike } from '../src/transport.js';

export type Reply = { status: number; body?: unknown } | 'reset';

/** The job id and client trigger id the scripted tests use. */
export const JOB = '0123456789abcdef0123456789abcdef';
export const TRIGGER = 'fedcba9876543210fedcba9876543210';
/** Flink's status answers of an async operation, as a real JobManager sends them. */
export const inProgress: Reply = { status: 200, body: { status: { id: 'IN_PROGRESS' } } };
export const savepointDone: Reply = {
  status: 200,
  body: { status: { id: 'COMPLETED' }, operation: { location: 'file:/sp/savepoint-1' } },
};
export type Handler = (call: {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
}) => Reply | Reply[];

export interface Exchange {
  readonly method: string;
  readonly path: string;
  readonly query: string;
  readonly contentType: string | null;
  readonly body: unknown;
}

/**
 * An injected fetch that answers from a route table (`'POST /jobs/{id}/savepoints'`-style keys
 * matched against the path after `/v1`) and records every exchange. A route may give a list of
 * replies, used in order (the last one repeats). An unmatched request fails the test; a request
 * whose signal is aborted is not sent.
 */
export function scriptedFlink(routes: Record<string, Handler | Reply | Reply[]>) {
  const exchanges: Exchange[] = [];
  const used = new Map<string, number>();
  const fetch: FetchLike = async (request) => {
    // As fetch does: an aborted request never reaches the server and rejects with the reason.
    if (request.signal.aborted) throw request.signal.reason;
    const url = new URL(request.url);
    // After `/v1`, and after any path prefix of the base URL.
    const path = url.pathname.replace(/^.*?\/v1(?=\/)/, '');
    const contentType = request.headers.get('content-type');
    let body: unknown;
    if (request.body) {
      if (contentType?.startsWith('multipart/form-data')) body = await request.formData();
      else {
        const text = await request.text();
        body = text ? JSON.parse(text) : undefined;
      }
    }
    exchanges.push({ method: request.method, path, query: url.search, contentType, body });
    const key = Object.keys(routes).find((k) => {
      const [method, pattern] = k.split(' ') as [string, string];
      const re = new RegExp(`^${pattern.replace(/\{[^}]+\}/g, '[^/]+')}$`);
      return method === request.method && re.test(path);
    });
    if (!key) throw new Error(`unscripted request ${request.method} ${path}`);
    const route = routes[key];
    let reply: Reply | Reply[] =
      typeof route === 'function'
        ? route({ method: request.method, path, query: url.searchParams, body })
        : (route as Reply | Reply[]);
    if (Array.isArray(reply)) {
      const n = used.get(key) ?? 0;
      used.set(key, n + 1);
      reply = reply[Math.min(n, reply.length - 1)] as Reply;
    }
    if (reply === 'reset') {
      throw new TypeError('fetch failed', {
        cause: Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }),
      });
    }
    return new Response(reply.body === undefined ? null : JSON.stringify(reply.body), {
      status: reply.status,
      headers: { 'content-type': 'application/json' },
    });
  };
  return { fetch, exchanges };
}
