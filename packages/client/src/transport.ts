import { platform } from '#platform';
import { backoffDelay, checkBackoff } from './backoff.js';
import { BufferedResponse } from './buffered-response.js';
import { deadline, type TimeoutSignal } from './deadline.js';
import { endpointOf, endpointOrder, isLeaderLossAnswer, rebase } from './endpoints.js';
import { FlinkConnectionError, requestInfo, UnexpectedResponseError } from './errors.js';
import type { OwnedFetch } from './platform/types.js';
import { quoteBody, redactError, redactText } from './redact.js';
import { sleep as realSleep, type Sleep } from './sleep.js';

export type FetchLike = (request: Request) => Promise<Response>;

export type Auth =
  | { readonly type: 'bearer'; readonly token: string }
  | { readonly type: 'basic'; readonly username: string; readonly password: string };

/** PEM text, or its bytes (a Node Buffer is one). */
export type Pem = string | Uint8Array;

/** Node only: elsewhere the runtime's own fetch decides what to trust. */
export interface TlsOptions {
  /** PEM CA certificate(s) to trust instead of the system store. */
  readonly ca?: Pem | readonly Pem[];
  /** PEM client certificate, for mutual TLS. */
  readonly cert?: Pem;
  /** PEM private key of `cert`. */
  readonly key?: Pem;
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
  /** TLS settings of the client's own HTTP stack (Node only; not with `fetch`). */
  readonly tls?: TlsOptions;
  /** Longest wait for one HTTP exchange, body included, in ms. Default 30_000. */
  readonly requestTimeoutMs?: number;
  readonly retry?: RetryOptions;
  /**
   * Sends every request (instrumentation, a proxy's fetch, a runtime's TLS settings). Default:
   * the global `fetch`, looked up at each request, so that mocks installed later see it.
   */
  readonly fetch?: FetchLike;
  readonly sleep?: Sleep;
  readonly random?: () => number;
  /** Makes the per-request timeout's signal (tests inject time). Default: a timer. */
  readonly timeout?: TimeoutSignal;
  /**
   * Base URLs (without `/v1`) of every JobManager of an HA cluster, the first being the one
   * requests are built against. With two or more, requests go to the endpoint believed to lead
   * and move on to the next on a connection error or a leader-loss answer.
   */
  readonly endpoints?: readonly string[];
}

/** Headers the HTTP layer sets itself: one given by the caller would break the exchange. */
const MANAGED_HEADERS = [
  'connection',
  'content-length',
  'expect',
  'host',
  'keep-alive',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
];

const managedError = (name: string) =>
  new TypeError(`headers: ${name} is set by the HTTP layer; leave it out`);

function checkHeaders(headers: Readonly<Record<string, string>> | undefined): void {
  if (headers === undefined) return;
  if (headers === null || typeof headers !== 'object')
    throw new TypeError('headers must be an object');
  for (const [name, value] of Object.entries(headers)) {
    if (MANAGED_HEADERS.includes(name.toLowerCase())) throw managedError(name);
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
  /**
   * Sends only to the endpoint `base` (one of `endpoints`), with the usual retries: for what
   * lives in one JobManager (a disposal's status, an uploaded jar).
   */
  fetchAt(base: string, retryPost?: boolean): FetchLike;
  /** Which of `endpoints` a URL is under (for what stays on one JobManager); undefined if one endpoint. */
  endpointFor(url: string): string | undefined;
  /** The endpoint requests go to first now: the last one that answered as leader. */
  readonly leader: () => string | undefined;
  /**
   * How many times an endpoint gave no answer or a leader-loss answer: an operation that
   * Flink no longer knows after this count moved was lost with its leader, not expired.
   */
  readonly disruptions: () => number;
  /** Values to scrub from any text this client prints. */
  readonly secrets: readonly string[];
  /** Refuses later requests, and closes the client's own connection pool if it has one. */
  close(): Promise<void>;
}

/** Base64 of UTF-8, as RFC 7617 asks: `btoa` alone takes only Latin-1. */
function base64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function authorization(auth: Auth): string {
  if (auth.type === 'bearer') return `Bearer ${auth.token}`;
  return `Basic ${base64(`${auth.username}:${auth.password}`)}`;
}

/** Why a request got no answer, in one line (OpenSSL's messages end in a line break). */
function reasonOf(error: unknown): string {
  return rawReasonOf(error).replace(/\s+/g, ' ').trim();
}

function rawReasonOf(error: unknown): string {
  type Failure = { name?: string; message?: string; code?: string; cause?: Failure };
  const e = error as Failure;
  if (e?.name === 'TimeoutError') return 'timed out';
  // Node's fetch wraps the socket's error as the cause of a TypeError('fetch failed').
  const inner = e?.cause && typeof e.cause === 'object' ? e.cause : e;
  const detail = inner?.message?.trim();
  if (inner?.code) return `${inner.code}${detail ? ` (${detail})` : ''}`;
  return inner?.message ?? e?.message ?? String(error);
}

/** What sends: the injected fetch, the client's own TLS stack, or the global fetch. */
function senderOf(options: TransportOptions): OwnedFetch {
  if (options.fetch !== undefined && typeof options.fetch !== 'function')
    throw new TypeError('fetch must be a function');
  if (options.fetch && options.tls) {
    throw new TypeError(
      'fetch and tls cannot be combined: tls configures the HTTP stack that replaces fetch; ' +
        'configure TLS in your fetch instead',
    );
  }
  if (options.tls) {
    if (typeof options.tls !== 'object') throw new TypeError('tls must be an object');
    return platform.tlsFetch(options.tls);
  }
  const fetch = options.fetch;
  return {
    fetch: fetch ?? ((request) => globalThis.fetch(request)),
    close: async () => {},
  };
}

/**
 * The HTTP layer under the typed client: headers and auth, a per-request timeout that covers
 * the body, and retries with jittered backoff on connection errors and 503 — for idempotent
 * methods only, never a blind re-send of a POST. Redirects are not followed (Flink's REST API
 * sends none): a 3xx comes back as it is.
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

  const sender = senderOf(options);
  const sleep = options.sleep ?? realSleep;
  const random = options.random ?? Math.random;
  const secrets = [
    ...(options.auth?.type === 'bearer' ? [options.auth.token] : []),
    ...(options.auth?.type === 'basic' ? [options.auth.password, authorization(options.auth)] : []),
    ...(options.tls?.passphrase ? [options.tls.passphrase] : []),
  ];
  // Through Headers, so that `User-Agent` in the options replaces ours whatever its case.
  const defaults = new Headers(platform.userAgent ? { 'user-agent': platform.userAgent } : {});
  for (const [name, value] of Object.entries(options.headers ?? {})) defaults.set(name, value);
  if (options.auth) defaults.set('authorization', authorization(options.auth));
  const headerEntries = [...defaults];
  let closed = false;

  const fail = (request: Request, reason: string, error?: unknown) =>
    new FlinkConnectionError(
      requestInfo(request.method, request.url),
      redactText(reason, secrets),
      error === undefined ? undefined : { cause: redactError(error, secrets) },
    );

  /**
   * One exchange, body included: the body is read here, under the same timeout, so a body
   * that is cut off or stalls is a connection error (retried like one) rather than an error
   * from whoever reads it later.
   */
  const once = async (request: Request): Promise<Response> => {
    if (closed) throw fail(request, 'the client is closed');
    // One pass over the few headers a request has (names come lower-cased).
    for (const [name] of request.headers) {
      if (MANAGED_HEADERS.includes(name)) {
        const { method, path } = requestInfo(request.method, request.url);
        throw new TypeError(`${method} ${path}: ${managedError(name).message}`);
      }
    }
    const limit = deadline(requestTimeoutMs, request.signal, options.timeout);
    try {
      const outgoing = new Request(request, { signal: limit.signal, redirect: 'manual' });
      // A header given for this one call wins over the client's.
      for (const [name, value] of headerEntries) {
        if (!outgoing.headers.has(name)) outgoing.headers.set(name, value);
      }
      let response: Response;
      try {
        response = await sender.fetch(outgoing);
      } catch (error) {
        if (request.signal.aborted) throw request.signal.reason;
        const reason = limit.timedOut()
          ? `no response within ${requestTimeoutMs} ms`
          : `${reasonOf(error)}${platform.noAnswerHint}`;
        throw fail(request, reason, error);
      }
      // A browser hides a redirect it did not follow behind status 0.
      if (response.type === 'opaqueredirect' || response.status === 0) {
        throw fail(request, 'answered with a redirect, which the client does not follow');
      }
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await response.arrayBuffer());
      } catch (error) {
        if (request.signal.aborted) throw request.signal.reason;
        const reason = limit.timedOut()
          ? `HTTP ${response.status} body incomplete after ${requestTimeoutMs} ms`
          : `HTTP ${response.status} body cut off: ${reasonOf(error)}`;
        throw fail(request, reason, error);
      }
      return new BufferedResponse(bytes, response, request.url, (text, status) => {
        return new UnexpectedResponseError(
          requestInfo(request.method, request.url),
          status,
          `the body is not JSON: ${quoteBody(text, secrets)}`,
        );
      });
    } finally {
      limit.clear();
    }
  };

  const endpoints = options.endpoints ?? [];
  let leader = 0;
  let disruptions = 0;
  const leaderLoss = async (response: Response) =>
    (response.status === 503 || response.status === 500) &&
    isLeaderLossAnswer(response.status, await response.clone().text());

  /**
   * One attempt over the endpoints: the one believed to lead (or `pinned`), then — for a
   * request that may be repeated — each other one in turn while the answer is a connection
   * error or a leader-loss answer. The endpoint that answers otherwise is the leader from now on.
   * Resolves with the answer and whether it is a leader-loss answer.
   */
  const attemptAcross = async (
    request: Request,
    repeatable: boolean,
    pinned: number | undefined,
  ): Promise<{ response: Response; lost: boolean }> => {
    if (endpoints.length === 0) {
      const response = await once(request);
      return { response, lost: await leaderLoss(response) };
    }
    const order = pinned !== undefined ? [pinned] : endpointOrder(leader, endpoints.length);
    for (const [n, index] of order.entries()) {
      const last = n + 1 >= order.length || !repeatable;
      const copy = last || request.body === null ? request : request.clone();
      const url = rebase(copy.url, endpoints, index);
      const current = url === copy.url ? copy : new Request(url, copy);
      try {
        const response = await once(current);
        const lost = await leaderLoss(response);
        if (!lost) {
          if (pinned === undefined) leader = index;
          return { response, lost };
        }
        disruptions++;
        if (last) return { response, lost };
      } catch (error) {
        if (!(error instanceof FlinkConnectionError)) throw error;
        disruptions++;
        if (last || closed) throw error;
      }
    }
    throw new Error('unreachable: the last endpoint returns or throws');
  };

  const withRetries =
    (retryPost: boolean, pinned?: number): FetchLike =>
    async (request) => {
      const retryable = retryPost || IDEMPOTENT.has(request.method.toUpperCase());
      const attempts = retryable ? retries + 1 : 1;
      for (let attempt = 0; ; attempt++) {
        const last = attempt + 1 >= attempts;
        // A body can be sent once: every attempt but the last sends a copy.
        const current = last || request.body === null ? request : request.clone();
        try {
          // Whether it was a leader-loss answer comes along: its body is read once, not again here.
          const { response, lost } = await attemptAcross(current, retryable, pinned);
          const again = response.status === 503 || lost;
          if (!again || last) return response;
        } catch (error) {
          if (!(error instanceof FlinkConnectionError) || last || closed) throw error;
        }
        await sleep(backoffDelay(attempt, backoff, random()), request.signal);
      }
    };

  return {
    fetch: withRetries(false),
    fetchRetryingPost: withRetries(true),
    fetchAt(base, retryPost = false) {
      const index = endpointOf(base, endpoints);
      return index === undefined ? withRetries(retryPost) : withRetries(retryPost, index);
    },
    endpointFor(url) {
      const index = endpointOf(url, endpoints);
      return index === undefined ? undefined : endpoints[index];
    },
    leader: () => endpoints[leader],
    disruptions: () => disruptions,
    secrets,
    async close() {
      closed = true;
      await sender.close();
    },
  };
}
