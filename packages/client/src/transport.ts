import { Agent, fetch as undiciFetch } from 'undici';
import { backoffDelay, checkBackoff } from './backoff.js';
import { FlinkConnectionError } from './errors.js';
import { redactError, redactText } from './redact.js';
import { sleep as realSleep, type Sleep } from './sleep.js';

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
  /** Makes the per-request timeout's signal (tests inject time). Default `AbortSignal.timeout`. */
  readonly timeout?: (ms: number) => AbortSignal;
}

/** Statuses whose Response must not have a body. */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

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
}

function authorization(auth: Auth): string {
  if (auth.type === 'bearer') return `Bearer ${auth.token}`;
  return `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}`;
}

function tlsFetch(tls: TlsOptions): (request: Request, signal: AbortSignal) => Promise<Response> {
  const agent = new Agent({
    connect: {
      ...(tls.ca !== undefined ? { ca: tls.ca as string | Buffer | (string | Buffer)[] } : {}),
      ...(tls.cert !== undefined ? { cert: tls.cert } : {}),
      ...(tls.key !== undefined ? { key: tls.key } : {}),
      ...(tls.passphrase !== undefined ? { passphrase: tls.passphrase } : {}),
      ...(tls.servername !== undefined ? { servername: tls.servername } : {}),
      rejectUnauthorized: tls.rejectUnauthorized ?? true,
    },
  });
  // The request's parts are passed one by one: undici's own Request class is not Node's.
  return async (request, signal) =>
    (await undiciFetch(request.url, {
      method: request.method,
      headers: [...request.headers.entries()],
      body: request.body,
      duplex: 'half',
      signal,
      dispatcher: agent,
    })) as unknown as Response;
}

/** Why a request got no answer, in one line (OpenSSL's messages end in a line break). */
function reasonOf(error: unknown): string {
  return rawReasonOf(error).replace(/\s+/g, ' ').trim();
}

function rawReasonOf(error: unknown): string {
  const e = error as {
    name?: string;
    message?: string;
    cause?: { code?: string; message?: string };
  };
  if (e?.name === 'TimeoutError') return 'timed out';
  const cause = e?.cause;
  const detail = cause?.message?.trim();
  if (cause?.code) return `${cause.code}${detail ? ` (${detail})` : ''}`;
  return cause?.message ?? e?.message ?? String(error);
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
  if (options.auth?.type === 'bearer' && !options.auth.token)
    throw new TypeError('auth.token must not be empty');
  if (options.auth?.type === 'basic' && !options.auth.username)
    throw new TypeError('auth.username must not be empty');

  const custom = options.fetch;
  const base: (request: Request, signal: AbortSignal) => Promise<Response> = options.tls
    ? tlsFetch(options.tls)
    : custom
      ? (r, signal) => custom(new Request(r, { signal }))
      : (r, signal) => globalThis.fetch(r, { signal });
  const sleep = options.sleep ?? realSleep;
  const random = options.random ?? Math.random;
  const timeoutSignal = options.timeout ?? ((ms: number) => AbortSignal.timeout(ms));
  const secrets = [
    ...(options.auth?.type === 'bearer' ? [options.auth.token] : []),
    ...(options.auth?.type === 'basic' ? [options.auth.password, authorization(options.auth)] : []),
    ...(options.tls?.passphrase ? [options.tls.passphrase] : []),
  ];
  const headerEntries = Object.entries({
    ...options.headers,
    ...(options.auth ? { authorization: authorization(options.auth) } : {}),
  });

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
    const timeout = timeoutSignal(requestTimeoutMs);
    // Set in place: a Request's headers are mutable, and another Request per call is a good
    // part of what a client costs over a bare fetch.
    for (const [name, value] of headerEntries) request.headers.set(name, value);
    const signal = AbortSignal.any([request.signal, timeout]);
    let response: Response;
    try {
      response = await base(request, signal);
    } catch (error) {
      if (request.signal.aborted) throw request.signal.reason;
      const reason = timeout.aborted
        ? `no response within ${requestTimeoutMs} ms`
        : reasonOf(error);
      throw fail(request, reason, error);
    }
    if (NULL_BODY.has(response.status)) return response;
    let body: ArrayBuffer;
    try {
      body = await response.arrayBuffer();
    } catch (error) {
      if (request.signal.aborted) throw request.signal.reason;
      const reason = timeout.aborted
        ? `HTTP ${response.status} body incomplete after ${requestTimeoutMs} ms`
        : `HTTP ${response.status} body cut off: ${reasonOf(error)}`;
      throw fail(request, reason, error);
    }
    // The body is whole now: its length is known (openapi-fetch parses by it).
    const answerHeaders = new Headers(response.headers);
    answerHeaders.set('content-length', String(body.byteLength));
    answerHeaders.delete('transfer-encoding');
    return new Response(body, {
      status: response.status,
      statusText: response.statusText,
      headers: answerHeaders,
    });
  };

  const withRetries =
    (retryPost: boolean): FetchLike =>
    async (request) => {
      const retryable = retryPost || IDEMPOTENT.has(request.method.toUpperCase());
      const attempts = retryable ? retries + 1 : 1;
      for (let attempt = 0; ; attempt++) {
        const last = attempt + 1 >= attempts;
        // A body can be read once: every attempt but the last sends a copy. A bodiless
        // request can be sent again as it is.
        const current = last || request.body === null ? request : request.clone();
        try {
          const response = await once(current);
          if (response.status !== 503 || last) return response;
          await response.body?.cancel();
        } catch (error) {
          if (!(error instanceof FlinkConnectionError) || last) throw error;
        }
        await sleep(backoffDelay(attempt, backoff, random()), request.signal);
      }
    };

  return { fetch: withRetries(false), fetchRetryingPost: withRetries(true), secrets };
}
