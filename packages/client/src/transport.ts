import { Agent, type Dispatcher } from 'undici';
import { backoffDelay, checkBackoff } from './backoff.js';
import { BufferedResponse } from './buffered-response.js';
import { bodyOf } from './client-request.js';
import { deadline, type TimeoutSignal } from './deadline.js';
import { FlinkConnectionError, requestInfo, UnexpectedResponseError } from './errors.js';
import { quoteBody, redactError, redactText } from './redact.js';
import { sleep as realSleep, type Sleep } from './sleep.js';
import { USER_AGENT } from './user-agent.js';

export type FetchLike = (request: Request) => Promise<Response>;

export type Auth =
  | { readonly type: 'bearer'; readonly token: string }
  | { readonly type: 'basic'; readonly username: string; readonly password: string };

export interface TlsOptions {
  /** PEM CA certificate(s) to trust instead of the system store. */
  readonly ca?: string | Buffer | readonly (string | Buffer)[];
  /** PEM client certificate, for mutual TLS. */
  readonly cert?: string | Buffer;
  /** PEM private key of `cert`. */
  readonly key?: string | Buffer;
  /** Passphrase of `key`. Never printed. */
  readonly passphrase?: string;
  /** Checks the server's certificate and host name. Default true. */
  readonly rejectUnauthorized?: boolean;
  /** Host name to verify the certificate against, when it differs from the URL's. */
  readonly servername?: string;
}

export interface RetryOptions {
  /** Re-sends after the first attempt. Default 3; 0 turns retries off. */
  readonly retries?: number;
  /** First delay, in ms. Default 200. */
  readonly minDelayMs?: number;
  /** Largest delay, in ms. Default 2_000. */
  readonly maxDelayMs?: number;
}

export interface TransportOptions {
  readonly headers?: Readonly<Record<string, string>>;
  readonly auth?: Auth;
  readonly tls?: TlsOptions;
  /** Longest wait for one HTTP exchange, in ms. Default 30_000. */
  readonly requestTimeoutMs?: number;
  readonly retry?: RetryOptions;
  /** Replaces the HTTP stack (tests, instrumentation). Ignored when `tls` is set. */
  readonly fetch?: FetchLike;
  readonly sleep?: Sleep;
  readonly random?: () => number;
  /** Makes the per-request timeout's signal (tests inject time). Default: a timer. */
  readonly timeout?: TimeoutSignal;
}

/** Headers the HTTP layer sets itself: one given by the caller would break the exchange. */
const MANAGED_HEADERS = new Set([
  'connection',
  'content-length',
  'expect',
  'host',
  'keep-alive',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

/** undici's codes for a request it will not send as given: the caller's mistake, not the network's. */
const REFUSED_BY_HTTP_LAYER = new Set(['UND_ERR_INVALID_ARG', 'UND_ERR_NOT_SUPPORTED']);

function checkHeaders(headers: Readonly<Record<string, string>> | undefined): void {
  if (headers === undefined) return;
  if (headers === null || typeof headers !== 'object')
    throw new TypeError('headers must be an object');
  for (const [name, value] of Object.entries(headers)) {
    if (MANAGED_HEADERS.has(name.toLowerCase())) {
      throw new TypeError(`headers: ${name} is set by the HTTP layer; leave it out`);
    }
    try {
      new Headers([[name, value]]);
    } catch {
      throw new TypeError(`headers: ${JSON.stringify(name)} is not a valid header name and value`);
    }
  }
}

/** Methods whose repetition has no further effect on Flink. */
const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);

export interface Transport {
  /** For ordinary calls: retries only idempotent methods. */
  readonly fetch: FetchLike;
  /**
   * For requests the caller knows are safe to repeat although they are POSTs: Flink's
   * triggers with a client-generated `triggerId` (a repeat returns the same operation).
   */
  readonly fetchRetryingPost: FetchLike;
  /** Values to scrub from any text this client prints. */
  readonly secrets: readonly string[];
  /** Closes the connection pool (nothing to close with an injected fetch). */
  close(): Promise<void>;
}

/** An answer whose head has arrived; `read` takes the rest of it. */
interface Answer {
  readonly status: number;
  readonly statusText: string;
  readonly headers: ConstructorParameters<typeof Headers>[0];
  read(): Promise<Uint8Array>;
}

/** Sends one request. `needsCopy` says whether a retry needs its own copy of `request`. */
interface Sender {
  send(request: Request, signal: AbortSignal): Promise<Answer>;
  needsCopy(request: Request): boolean;
  close(): Promise<void>;
}

function authorization(auth: Auth): string {
  if (auth.type === 'bearer') return `Bearer ${auth.token}`;
  return `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}`;
}

function agentFor(tls: TlsOptions | undefined): Agent {
  if (!tls) return new Agent();
  return new Agent({
    connect: {
      ...(tls.ca !== undefined ? { ca: tls.ca as string | Buffer | (string | Buffer)[] } : {}),
      ...(tls.cert !== undefined ? { cert: tls.cert } : {}),
      ...(tls.key !== undefined ? { key: tls.key } : {}),
      ...(tls.passphrase !== undefined ? { passphrase: tls.passphrase } : {}),
      ...(tls.servername !== undefined ? { servername: tls.servername } : {}),
      rejectUnauthorized: tls.rejectUnauthorized ?? true,
    },
  });
}

function headerPairs(headers: Record<string, string | string[] | undefined>): [string, string][] {
  const pairs: [string, string][] = [];
  for (const name in headers) {
    const value = headers[name];
    if (Array.isArray(value)) for (const v of value) pairs.push([name, v]);
    else if (value !== undefined) pairs.push([name, value]);
  }
  return pairs;
}

/**
 * Through undici's dispatcher rather than `fetch`: the same connection pool without the WHATWG
 * Request/Response/stream objects, which are most of what a fetch costs. Redirects are not
 * followed (Flink's REST API does not send them): a 3xx comes back as it is.
 */
function dispatcherSender(agent: Agent): Sender {
  return {
    async send(request, signal) {
      const url = new URL(request.url);
      const { body } = bodyOf(request);
      const headers: string[] = [];
      request.headers.forEach((value, name) => {
        headers.push(name, value);
      });
      const answer = await agent.request({
        origin: url.origin,
        path: `${url.pathname}${url.search}`,
        method: request.method as Dispatcher.HttpMethod,
        headers,
        body: body as Dispatcher.DispatchOptions['body'],
        signal,
      });
      return {
        status: answer.statusCode,
        statusText: answer.statusText,
        headers: headerPairs(answer.headers),
        read: async () => new Uint8Array(await answer.body.arrayBuffer()),
      };
    },
    needsCopy: (request) => !bodyOf(request).replayable,
    close: () => agent.close(),
  };
}

/** Through an injected fetch (tests, instrumentation): it gets a Request, as fetch would. */
function fetchSender(fetch: FetchLike): Sender {
  return {
    async send(request, signal) {
      const response = await fetch(new Request(request, { signal }));
      return {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
        read: async () => new Uint8Array(await response.arrayBuffer()),
      };
    },
    needsCopy: (request) => request.body !== null,
    close: async () => {},
  };
}

/** Why a request got no answer, in one line (OpenSSL's messages end in a line break). */
function reasonOf(error: unknown): string {
  return rawReasonOf(error).replace(/\s+/g, ' ').trim();
}

function rawReasonOf(error: unknown): string {
  type Failure = { name?: string; message?: string; code?: string; cause?: Failure };
  const e = error as Failure;
  if (e?.name === 'TimeoutError') return 'timed out';
  // fetch wraps the socket's error as the cause of a TypeError('fetch failed'); undici's
  // dispatcher throws it as it is.
  const inner = e?.cause && typeof e.cause === 'object' ? e.cause : e;
  const detail = inner?.message?.trim();
  if (inner?.code) return `${inner.code}${detail ? ` (${detail})` : ''}`;
  return inner?.message ?? e?.message ?? String(error);
}

/**
 * The HTTP layer under the typed client: headers and auth, TLS, a per-request timeout, and
 * retries with jittered backoff on connection errors and 503 — for idempotent methods only,
 * never a blind re-send of a POST.
 */
export function createTransport(options: TransportOptions = {}): Transport {
  const requestTimeoutMs = options.requestTimeoutMs ?? 30_000;
  if (!Number.isFinite(requestTimeoutMs) || requestTimeoutMs <= 0) {
    throw new RangeError(`requestTimeoutMs (${requestTimeoutMs}) must be a finite number > 0`);
  }
  const retries = options.retry?.retries ?? 3;
  if (!Number.isInteger(retries) || retries < 0) {
    throw new RangeError(`retry.retries (${retries}) must be a whole number >= 0`);
  }
  const backoff = {
    minDelayMs: options.retry?.minDelayMs ?? 200,
    maxDelayMs: options.retry?.maxDelayMs ?? 2_000,
  };
  checkBackoff(backoff);
  checkHeaders(options.headers);
  if (options.auth?.type === 'bearer' && !options.auth.token)
    throw new TypeError('auth.token must not be empty');
  if (options.auth?.type === 'basic' && !options.auth.username)
    throw new TypeError('auth.username must not be empty');

  const sender =
    options.fetch && !options.tls
      ? fetchSender(options.fetch)
      : dispatcherSender(agentFor(options.tls));
  const sleep = options.sleep ?? realSleep;
  const random = options.random ?? Math.random;
  const secrets = [
    ...(options.auth?.type === 'bearer' ? [options.auth.token] : []),
    ...(options.auth?.type === 'basic' ? [options.auth.password, authorization(options.auth)] : []),
    ...(options.tls?.passphrase ? [options.tls.passphrase] : []),
  ];
  // Through Headers, so that `User-Agent` in the options replaces ours whatever its case.
  const defaults = new Headers({ 'user-agent': USER_AGENT });
  for (const [name, value] of Object.entries(options.headers ?? {})) defaults.set(name, value);
  if (options.auth) defaults.set('authorization', authorization(options.auth));
  const headerEntries = [...defaults];

  const fail = (request: Request, reason: string, error: unknown) =>
    new FlinkConnectionError(
      { method: request.method, path: new URL(request.url).pathname },
      redactText(reason, secrets),
      { cause: redactError(error, secrets) },
    );

  /**
   * One exchange, body included: the body is read here, under the same timeout, so a body
   * that is cut off or stalls is a connection error (retried like one) rather than an error
   * from whoever reads it later.
   */
  const once = async (request: Request): Promise<Response> => {
    // Set in place: a Request's headers are mutable, and another Request per call is a good
    // part of what a client costs over a bare fetch. A header given for this one call wins.
    for (const [name, value] of headerEntries) {
      if (!request.headers.has(name)) request.headers.set(name, value);
    }
    const limit = deadline(requestTimeoutMs, request.signal, options.timeout);
    try {
      let answer: Answer;
      try {
        answer = await sender.send(request, limit.signal);
      } catch (error) {
        if (request.signal.aborted) throw request.signal.reason;
        const code = (error as { code?: unknown } | null)?.code;
        if (typeof code === 'string' && REFUSED_BY_HTTP_LAYER.has(code)) {
          const { method, path } = requestInfo(request.method, request.url);
          throw new TypeError(`${method} ${path}: ${(error as Error).message}`);
        }
        const reason = limit.timedOut()
          ? `no response within ${requestTimeoutMs} ms`
          : reasonOf(error);
        throw fail(request, reason, error);
      }
      let bytes: Uint8Array;
      try {
        bytes = await answer.read();
      } catch (error) {
        if (request.signal.aborted) throw request.signal.reason;
        const reason = limit.timedOut()
          ? `HTTP ${answer.status} body incomplete after ${requestTimeoutMs} ms`
          : `HTTP ${answer.status} body cut off: ${reasonOf(error)}`;
        throw fail(request, reason, error);
      }
      return new BufferedResponse(
        bytes,
        {
          status: answer.status,
          statusText: answer.statusText,
          headers: answer.headers,
          url: request.url,
        },
        (text, status) =>
          new UnexpectedResponseError(
            requestInfo(request.method, request.url),
            status,
            `the body is not JSON: ${quoteBody(text, secrets)}`,
          ),
      );
    } finally {
      limit.clear();
    }
  };

  const withRetries =
    (retryPost: boolean): FetchLike =>
    async (request) => {
      const retryable = retryPost || IDEMPOTENT.has(request.method.toUpperCase());
      const attempts = retryable ? retries + 1 : 1;
      for (let attempt = 0; ; attempt++) {
        const last = attempt + 1 >= attempts;
        // A stream can be read once: every attempt but the last sends a copy of one.
        const current = last || !sender.needsCopy(request) ? request : request.clone();
        try {
          const response = await once(current);
          if (response.status !== 503 || last) return response;
        } catch (error) {
          if (!(error instanceof FlinkConnectionError) || last) throw error;
        }
        await sleep(backoffDelay(attempt, backoff, random()), request.signal);
      }
    };

  return {
    fetch: withRetries(false),
    fetchRetryingPost: withRetries(true),
    secrets,
    close: () => sender.close(),
  };
}
