import type { UpgradeState, UpgradeStep } from './upgrade-steps.js';

/**
 * Every error class of the client. Messages are one line and name what failed and where;
 * they never contain credentials (see redact.ts): no request headers are kept at all, URLs are
 * redacted, and server text is scrubbed of the configured secrets.
 */

/**
 * The base class of every error the client throws for a Flink exchange, an operation or a wait:
 * `catch (e) { if (e instanceof FlinkError) … }`. Bad arguments are not FlinkErrors: they are
 * the standard TypeError or RangeError, naming the argument.
 */
export class FlinkError extends Error {
  override readonly name: string = 'FlinkError';
}

/** What a failed HTTP exchange was. */
export interface RequestInfo {
  readonly method: string;
  /** Path as sent (after `/v1`), without query string, e.g. `/jobs/abc/savepoints`. */
  readonly path: string;
}

/**
 * The one path form errors name: without a leading `/v1`, e.g. `/jobs/abc/savepoints`. No
 * Flink endpoint starts with `v1`, so this is safe to apply to a path twice.
 */
function apiPath(path: string): string {
  return path.replace(/^\/v1(?=\/|$)/, '') || '/';
}

/**
 * What errors name of a request to `url`: the path after `/v1` (and after any path prefix of
 * the base URL, e.g. `https://proxy/flink/v1/jobs` → `/jobs`), without the query.
 */
export function requestInfo(method: string, url: string): RequestInfo {
  return { method, path: new URL(url).pathname.replace(/^.*?\/v1(?=\/|$)/, '') || '/' };
}

/**
 * Flink answered with an error status. `flinkErrors` are the server's messages (first line
 * of each); `serverStackTrace` keeps the rest of Flink's stringified exception apart, so the
 * message stays readable.
 */
export class FlinkApiError extends FlinkError {
  override readonly name: string = 'FlinkApiError';
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
    super(`${request.method} ${apiPath(request.path)} failed with HTTP ${status}${detail}`);
    this.status = status;
    this.method = request.method;
    this.path = apiPath(request.path);
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
export class FlinkConnectionError extends FlinkError {
  override readonly name: string = 'FlinkConnectionError';
  readonly method: string;
  readonly path: string;
  constructor(request: RequestInfo, reason: string, options?: { cause?: unknown }) {
    super(`${request.method} ${apiPath(request.path)} got no answer: ${reason}`, options);
    this.method = request.method;
    this.path = apiPath(request.path);
  }
}

/**
 * An answer came, but not the one the endpoint sends: a 2xx body that is not JSON (a proxy's
 * HTML page), or JSON of another shape (a status without `status.id`, a trigger answer without
 * `request-id`). `reason` says what was wrong; the body's start is quoted, scrubbed of secrets.
 */
export class UnexpectedResponseError extends FlinkError {
  override readonly name: string = 'UnexpectedResponseError';
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly reason: string;
  constructor(request: RequestInfo, status: number, reason: string) {
    super(
      `${request.method} ${apiPath(request.path)} answered HTTP ${status} with an unexpected body: ${reason}`,
    );
    this.method = request.method;
    this.path = apiPath(request.path);
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
export class UnsupportedEndpointError extends FlinkError {
  override readonly name: string = 'UnsupportedEndpointError';
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
export class FlinkVersionMismatchError extends FlinkError {
  override readonly name: string = 'FlinkVersionMismatchError';
  constructor(
    readonly pinned: string,
    readonly actual: string,
    message = `the client is pinned to Flink ${pinned} but the cluster runs Flink ${actual}`,
  ) {
    super(message);
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
export class OperationFailedError extends FlinkError {
  override readonly name: string = 'OperationFailedError';
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
export class OperationNotFoundError extends FlinkError {
  override readonly name: string = 'OperationNotFoundError';
  readonly operation: OperationRef;
  constructor(operation: OperationRef, options?: { cause?: unknown }) {
    super(
      `Flink does not know ${describe(operation)}: its result expired (rest.async.store-duration, default 5 min) or was lost when the JobManager restarted`,
      options,
    );
    this.operation = operation;
  }
}

/** A job reached a state from which the wanted one cannot follow (e.g. FAILED while waiting for RUNNING). */
export class UnexpectedJobStatusError extends FlinkError {
  override readonly name: string = 'UnexpectedJobStatusError';
  constructor(
    readonly jobId: string,
    readonly status: string,
    readonly wanted: readonly string[],
  ) {
    super(`job ${jobId} is ${status}, which is terminal, while waiting for ${wanted.join(' or ')}`);
  }
}

/**
 * A wait reached its `timeoutMs`: `waitForStatus`, or an operation's `wait()` (then it is the
 * subclass OperationTimeoutError). Catch this one class for the deadline of every wait.
 */
export class WaitTimeoutError extends FlinkError {
  override readonly name: string = 'WaitTimeoutError';
  /** What was awaited, e.g. `job <id> to be RUNNING` or `savepoint <trigger> of job <id>`. */
  readonly what: string;
  /** The deadline that was reached, in ms. */
  readonly timeoutMs: number;
  /** The last state seen (a job status), if any. */
  readonly last: string | undefined;
  /** Polls sent before the deadline; `undefined` when not counted. */
  readonly polls: number | undefined;
  constructor(
    what: string,
    timeoutMs: number,
    last: string | undefined,
    options?: { cause?: unknown; polls?: number },
  ) {
    super(
      `${what} did not happen within ${timeoutMs} ms${last ? ` (last seen: ${last})` : ''}`,
      options?.cause === undefined ? undefined : { cause: options.cause },
    );
    this.what = what;
    this.timeoutMs = timeoutMs;
    this.last = last;
    this.polls = options?.polls;
  }
}

/**
 * An operation's `wait()` reached its `timeoutMs`; the operation may still complete: resume it
 * later. A WaitTimeoutError too.
 */
export class OperationTimeoutError extends WaitTimeoutError {
  override readonly name: string = 'OperationTimeoutError';
  readonly operation: OperationRef;
  override readonly polls: number;
  constructor(
    operation: OperationRef,
    timeoutMs: number,
    polls: number,
    options?: { cause?: unknown },
  ) {
    super(describe(operation), timeoutMs, undefined, { ...options, polls });
    this.message = `${describe(operation)} did not complete within ${timeoutMs} ms (${polls} polls)`;
    this.operation = operation;
    this.polls = polls;
  }
}

/**
 * The caller's AbortSignal fired while waiting: in `waitForStatus`, or in an operation's `wait()`
 * (then it is the subclass OperationAbortedError). What was awaited goes on.
 */
export class WaitAbortedError extends FlinkError {
  override readonly name: string = 'WaitAbortedError';
  /** What was awaited. */
  readonly what: string;
  constructor(what: string, options?: { cause?: unknown }) {
    super(`waiting for ${what} was aborted`, options);
    this.what = what;
  }
}

/** The caller's AbortSignal fired while waiting for an operation, which itself goes on. A WaitAbortedError too. */
export class OperationAbortedError extends WaitAbortedError {
  override readonly name: string = 'OperationAbortedError';
  readonly operation: OperationRef;
  constructor(operation: OperationRef, options?: { cause?: unknown }) {
    super(describe(operation), options);
    this.operation = operation;
  }
}

/**
 * `jobs.upgrade` did not end with a healthy new job. `step` is where it failed; `rolledBack`
 * says whether the previous jar runs again (as `rollbackJobId`, from `savepoint`); `savepoint`
 * is the state to restore from by hand when it does not. `state` resumes or inspects it.
 */
export class UpgradeFailedError extends FlinkError {
  override readonly name: string = 'UpgradeFailedError';
  readonly jobId: string;
  readonly step: UpgradeStep;
  readonly rolledBack: boolean;
  readonly savepoint: string | undefined;
  readonly newJobId: string | undefined;
  readonly rollbackJobId: string | undefined;
  readonly state: UpgradeState;
  constructor(state: UpgradeState, options?: { cause?: unknown }) {
    const failure = state.failure;
    const rolledBack = state.step === 'rolled-back';
    const step = failure?.step ?? state.step;
    const after = rolledBack
      ? `rolled back: job ${state.rollbackJobId} runs the previous jar${state.savepoint ? ` from ${state.savepoint}` : ''}`
      : state.rollbackFailure
        ? `the rollback failed too (${state.rollbackFailure.message})${state.savepoint ? `; restore by hand from ${state.savepoint}` : ''}`
        : state.savepoint
          ? `not rolled back; restore by hand from ${state.savepoint}`
          : step === 'resolve' || step === 'upload'
            ? `job ${state.jobId} was not stopped`
            : `no savepoint is known; check job ${state.jobId}`;
    super(
      `upgrade of job ${state.jobId} failed at step ${step}: ${failure?.message ?? 'unknown cause'}; ${after}`.replace(
        /[\r\n]+/g,
        ' ',
      ),
      options,
    );
    this.jobId = state.jobId;
    this.step = step;
    this.rolledBack = rolledBack;
    this.savepoint = state.savepoint;
    this.newJobId = state.newJobId;
    this.rollbackJobId = state.rollbackJobId;
    this.state = state;
  }
}

/**
 * The JobManager that ran an operation lost leadership, and the new leader does not know the
 * trigger id (its operation results live in the old leader's memory): not an expiry. For a
 * savepoint, the client first looked for it in the job's checkpoint history on the new leader
 * and found no completed savepoint of this trigger. After a stop-with-savepoint the new leader
 * restores the job, so `jobStillRunning` is true when the job runs again: trigger a new stop.
 */
export class OperationLostError extends FlinkError {
  override readonly name: string = 'OperationLostError';
  readonly operation: OperationRef;
  /** The endpoint that answered that it does not know the operation (the new leader). */
  readonly endpoint: string | undefined;
  /** Set for a stop-with-savepoint: the job was restored and runs (true) or not (false). */
  readonly jobStillRunning: boolean | undefined;
  constructor(
    operation: OperationRef,
    endpoint: string | undefined,
    jobStillRunning: boolean | undefined,
    options?: { cause?: unknown },
  ) {
    const after =
      jobStillRunning === true
        ? '; the job is running again: trigger a new stop-with-savepoint'
        : jobStillRunning === false
          ? '; the job is not running'
          : '';
    super(
      `${describe(operation)} was lost: the JobManager that ran it lost leadership and the new leader${endpoint ? ` at ${endpoint}` : ''} does not know it${operation.kind === 'savepoint' || operation.kind === 'stop-with-savepoint' ? ' (no completed savepoint of it in the job’s checkpoint history)' : ''}${after}`,
      options,
    );
    this.operation = operation;
    this.endpoint = endpoint;
    this.jobStillRunning = jobStillRunning;
  }
}

/**
 * `jars.run` of a jar that the JobManager it was sent to does not have: uploaded jars stay on
 * the JobManager that received them (measured on HA clusters of 1.18 and 2.3). Upload it again.
 */
export class JarNotOnJobManagerError extends FlinkError {
  override readonly name: string = 'JarNotOnJobManagerError';
  constructor(
    readonly jarId: string,
    readonly endpoint: string,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(
      `jar ${jarId} is not available on the JobManager at ${endpoint} (${reason}): uploaded jars stay on the JobManager that received them; upload it again`,
      options,
    );
  }
}
