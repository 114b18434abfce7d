import type { Client } from 'openapi-fetch';
import { FlinkApiError, type RequestInfo, requestInfo, UnexpectedResponseError } from './errors.js';
import type { PollClock } from './poll-until.js';
import { quoteBody, redactText } from './redact.js';
import type { Transport } from './transport.js';

/** Where the client writes warnings (version mismatch). Default: `console`. */
export interface Logger {
  warn(message: string): void;
}

/**
 * What the helpers share: the untyped raw client (helpers know their own shapes), the
 * transport, the pinned version and the injected clock.
 */
export interface Core {
  // biome-ignore lint/suspicious/noExplicitAny: helpers call paths of every version through one client.
  readonly raw: Client<any>;
  readonly transport: Transport;
  /** The pinned line or range, as errors and operation states name it. */
  readonly flinkVersion: string;
  /** The lines it holds for, oldest first. */
  readonly lines: readonly string[];
  readonly clock: PollClock;
  readonly logger: Logger;
}

/** Flink's error body is `{ errors: string[] }`; anything else is kept as text. */
function errorsOf(error: unknown): string[] {
  if (error && typeof error === 'object' && Array.isArray((error as { errors?: unknown }).errors)) {
    return (error as { errors: unknown[] }).errors.map(String);
  }
  if (typeof error === 'string' && error.length > 0) return [error.slice(0, 2_000)];
  return [];
}

/** Builds the error a helper throws for a non-2xx answer, with secrets scrubbed. */
export function apiError(
  core: Core,
  method: string,
  response: Response,
  error: unknown,
): FlinkApiError {
  const errors = errorsOf(error).map((e) => redactText(e, core.transport.secrets));
  return new FlinkApiError(answered(method, response), response.status, errors);
}

/** The data of a successful raw call, or a thrown FlinkApiError. */
export function unwrap<T>(
  core: Core,
  method: string,
  result: { data?: T; error?: unknown; response: Response },
): T {
  if (result.response.ok && result.error === undefined) return result.data as T;
  throw apiError(core, method, result.response, result.error);
}

/** What errors name of the request `response` answered (a middleware's Response may have no url). */
function answered(method: string, response: Response): RequestInfo {
  return requestInfo(method, response.url || 'http://unknown/');
}

/** A 2xx whose JSON lacks what the endpoint promises: `what` names the missing part. */
export function unexpectedBody(
  core: Core,
  method: string,
  response: Response,
  what: string,
  data: unknown,
): UnexpectedResponseError {
  return new UnexpectedResponseError(
    answered(method, response),
    response.status,
    `${what}: ${quoteBody(JSON.stringify(data) ?? 'no body', core.transport.secrets)}`,
  );
}
