import { openAsBlob } from 'node:fs';
import { createRequire } from 'node:module';
import type { FetchLike, TlsOptions } from '../transport.js';
import type { Platform } from './types.js';

// `src/platform/` and `dist/platform/` are both two levels under the package.
const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };

type Pem = string | Uint8Array;
/** Node's TLS options take strings or Buffers; a plain Uint8Array becomes a Buffer view. */
const pem = (value: Pem): string | Buffer =>
  typeof value === 'string' || Buffer.isBuffer(value)
    ? value
    : Buffer.from(value.buffer, value.byteOffset, value.byteLength);

/**
 * undici's fetch with an Agent of our own, loaded on first use: undici is the one Node HTTP
 * stack that takes TLS options per client, and loading it costs only clients that ask for TLS.
 * Its fetch and Agent come from the same build (Node's global fetch may be another one).
 */
function tlsFetch(tls: TlsOptions): { fetch: FetchLike; close(): Promise<void> } {
  const connect = {
    ...(tls.ca !== undefined
      ? { ca: Array.isArray(tls.ca) ? tls.ca.map(pem) : pem(tls.ca as Pem) }
      : {}),
    ...(tls.cert !== undefined ? { cert: pem(tls.cert) } : {}),
    ...(tls.key !== undefined ? { key: pem(tls.key) } : {}),
    ...(tls.passphrase !== undefined ? { passphrase: tls.passphrase } : {}),
    ...(tls.servername !== undefined ? { servername: tls.servername } : {}),
    rejectUnauthorized: tls.rejectUnauthorized ?? true,
  };
  type Stack = { agent: import('undici').Agent; fetch: typeof import('undici').fetch };
  let stack: Promise<Stack> | undefined;
  let closing: Promise<void> | undefined;
  const load = () => {
    stack ??= import('undici').then(({ Agent, fetch }) => ({
      agent: new Agent({ connect }),
      fetch,
    }));
    return stack;
  };
  return {
    async fetch(request) {
      const { agent, fetch } = await load();
      // undici's fetch takes only its own Request class: the parts are passed instead, the body
      // as bytes so that its length is sent (not a chunked upload).
      const body = request.body === null ? null : new Uint8Array(await request.arrayBuffer());
      const response = await fetch(request.url, {
        method: request.method,
        headers: [...request.headers],
        body,
        redirect: request.redirect,
        signal: request.signal,
        dispatcher: agent,
      });
      return response as unknown as Response;
    },
    close() {
      // Once, and without loading undici when no request was sent.
      closing ??= stack ? stack.then(({ agent }) => agent.close()) : Promise.resolve();
      return closing;
    },
  };
}

export const platform: Platform = {
  userAgent: `flink-rest-client/${version} node/${process.versions.node}`,
  noAnswerHint: '',
  tlsFetch,
  jarFile: (path) => openAsBlob(path, { type: 'application/java-archive' }),
};
