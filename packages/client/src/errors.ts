/**
 * Every error class of the client. Messages are one line and name what failed and where;
 * they never contain credentials (see redact.ts): no request headers are kept at all, URLs are
 * redacted, and server text is scrubbed of the configured secrets.
 */

/** What a failed HTTP exchange was. */
export interface RequestInfo {
  readonly method: string;
  /** Path as sent (after `/v1`), without query string, e.g. `/jobs/abc/savepoints`. */
  readonly path: string;
}

/** What errors name of a request to `url`: the path after `/v1`, without the query. */
export function requestInfo(method: string, url: string): RequestInfo {
  return { method, path: new URL(url).pathname.replace(/^\/v1(?=\/)/, '') };
}

/**
 * Flink answered with an error status. `flinkErrors` are the server's messages (first line
 * of each); `serverStackTrace` keeps the rest of Flink's stringified exception apart, so the
 * message stays readable.
 */
export class FlinkApiError extends Error {
  override readonly name = 'FlinkApiError';
  readonly status: number;
  readonly method: string;
  readonly path: string;
  readonly flinkErrors: readonly string[];
  readonly serverStackTrace: string | undefined;

  constructor(request: RequestInfo, status: number, errors: readonly string[]) {
    const lines = errors.map((e) => String(e));
    const firstLines = lines.map((e) => e.split('\n')[0] ?? '').filter(Boolean);
    const rest = lines
      .map((e) => e.split('\n').slice(1).join('\n'))
      .filter((e) => e.trim().length > 0)
      .join('\n');
    const detail = firstLines.length > 0 ? `: ${firstLines.join('; ')}` : '';
    super(`${request.method} ${request.path} failed with HTTP ${status}${detail}`);
    this.status = status;
    this.method = request.method;
    this.path = request.path;
    this.flinkErrors = firstLines;
    this.serverStackTrace = rest.length > 0 ? rest : undefined;
  }

  toJSON() {
    return {
      name: this.name,
      message: this.message,
      status: this.status,
      method: this.method,
      path: this.path,
      flinkErrors: this.flinkErrors,
    };
  }
}

/** The request never got an HTTP answer (refused, reset, TLS failure, per-request timeout). */
export class FlinkConnectionError extends Error {
  override readonly name = 'FlinkConnectionError';
  readonly method: string;
  readonly path: string;
  constructor(request: RequestInfo, reason: string, options?: { cause?: unknown }) {
    super(`${request.method} ${request.path} got no answer: ${reason}`, options);
    this.method = request.method;
    this.path = request.path;
  }
}

/**
 * An answer came, but not the one the endpoint sends: a 2xx body that is not JSON (a proxy's
 * HTML page), or JSON of another shape (a status without `status.id`, a trigger answer without
 * `request-id`). `reason` says what was wrong; the body's start is quoted, scrubbed of secrets.
 */
export class UnexpectedResponseError extends Error {
  override readonly name = 'UnexpectedResponseError';
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly reason: string;
  constructor(request: RequestInfo, status: number, reason: string) {
    super(
      `${request.method} ${request.path} answered HTTP ${status} with an unexpected body: ${reason}`,
    );
    this.method = request.method;
    this.path = request.path;
    this.status = status;
    this.reason = reason;
  }

  toJSON() {
    return {
      name: this.name,
      message: this.message,
      status: this.status,
      method: this.method,
      path: this.path,
    };
  }
}

/** The pinned Flink version has no such endpoint; nothing was sent. */
export class UnsupportedEndpointError extends Error {
  override readonly name = 'UnsupportedEndpointError';
  constructor(
    readonly method: string,
    readonly path: string,
    readonly flinkVersion: string,
    detail?: string,
  ) {
    super(
      `${method} ${path} is not an endpoint of Flink ${flinkVersion}${detail ? `: ${detail}` : ''}`,
    );
  }
}

/** The cluster runs a different Flink line than the client is pinned to. */
export class FlinkVersionMismatchError extends Error {
  override readonly name = 'FlinkVersionMismatchError';
  constructor(
    readonly pinned: string,
    readonly actual: string,
  ) {
    super(`the client is pinned to Flink ${pinned} but the cluster runs Flink ${actual}`);
  }
}

export type OperationKind =
  | 'savepoint'
  | 'stop-with-savepoint'
  | 'checkpoint'
  | 'savepoint-disposal'
  | 'dataset-deletion';

/** Where an asynchronous operation is: enough to find it again. */
export interface OperationRef {
  readonly kind: OperationKind;
  readonly triggerId: string;
  readonly jobId?: string | undefined;
}

function describe(ref: OperationRef): string {
  return `${ref.kind} ${ref.triggerId}${ref.jobId ? ` of job ${ref.jobId}` : ''}`;
}

/**
 * Flink reported the operation COMPLETED with a failure cause. `failureClass` and
 * `failureStackTrace` are Flink's SerializedThrowable `class` and `stack-trace`.
 */
export class OperationFailedError extends Error {
  override readonly name = 'OperationFailedError';
  readonly operation: OperationRef;
  readonly failureClass: string | undefined;
  readonly failureStackTrace: string | undefined;
  constructor(
    operation: OperationRef,
    failureClass: string | undefined,
    stackTrace: string | undefined,
  ) {
    const firstLine = stackTrace?.split('\n')[0]?.trim();
    super(`${describe(operation)} failed: ${firstLine || failureClass || 'Flink gave no cause'}`);
    this.operation = operation;
    this.failureClass = failureClass;
    this.failureStackTrace = stackTrace;
  }
}

/**
 * Flink does not know the trigger id (HTTP 404). Results are kept for
 * `rest.async.store-duration` (default 5 min) after completion, and only in the JobManager's
 * memory: they are gone after it fails over or restarts.
 */
export class OperationNotFoundError extends Error {
  override readonly name = 'OperationNotFoundError';
  readonly operation: OperationRef;
  constructor(operation: OperationRef, options?: { cause?: unknown }) {
    super(
      `Flink does not know ${describe(operation)}: its result expired (rest.async.store-duration, default 5 min) or was lost when the JobManager restarted`,
      options,
    );
    this.operation = operation;
  }
}

/** `wait()` reached its `timeoutMs`; the operation may still complete: resume it later. */
export class OperationTimeoutError extends Error {
  override readonly name = 'OperationTimeoutError';
  readonly operation: OperationRef;
  readonly timeoutMs: number;
  readonly polls: number;
  constructor(
    operation: OperationRef,
    timeoutMs: number,
    polls: number,
    options?: { cause?: unknown },
  ) {
    super(
      `${describe(operation)} did not complete within ${timeoutMs} ms (${polls} polls)`,
      options,
    );
    this.operation = operation;
    this.timeoutMs = timeoutMs;
    this.polls = polls;
  }
}

/** The caller's AbortSignal fired while waiting. The operation itself is not cancelled. */
export class OperationAbortedError extends Error {
  override readonly name = 'OperationAbortedError';
  readonly operation: OperationRef;
  constructor(operation: OperationRef, options?: { cause?: unknown }) {
    super(`waiting for ${describe(operation)} was aborted`, options);
    this.operation = operation;
  }
}

/** A job reached a state from which the wanted one cannot follow (e.g. FAILED while waiting for RUNNING). */
export class UnexpectedJobStatusError extends Error {
  override readonly name = 'UnexpectedJobStatusError';
  constructor(
    readonly jobId: string,
    readonly status: string,
    readonly wanted: readonly string[],
  ) {
    super(`job ${jobId} is ${status}, which is terminal, while waiting for ${wanted.join(' or ')}`);
  }
}

/** `waitForStatus` reached its deadline. */
export class WaitTimeoutError extends Error {
  override readonly name = 'WaitTimeoutError';
  constructor(
    readonly what: string,
    readonly timeoutMs: number,
    readonly last: string | undefined,
  ) {
    super(`${what} did not happen within ${timeoutMs} ms${last ? ` (last seen: ${last})` : ''}`);
  }
}

/** `waitForStatus` was aborted by the caller's signal. */
export class WaitAbortedError extends Error {
  override readonly name = 'WaitAbortedError';
  constructor(
    readonly what: string,
    options?: { cause?: unknown },
  ) {
    super(`waiting for ${what} was aborted`, options);
  }
}
