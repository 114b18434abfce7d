import {
  FlinkApiError,
  FlinkConnectionError,
  OperationFailedError,
  OperationNotFoundError,
  UnexpectedJobStatusError,
  WaitAbortedError,
  WaitTimeoutError,
} from '@flink-rest/client';
import { NotFoundError, UsageError } from './errors.js';

/** The exit statuses of `flink-rest`: a contract scripts rely on (README, issue 15). */
export const EXIT = {
  /** Done. */
  OK: 0,
  /** The operation failed (Flink's failure cause), or Flink refused the request. */
  FAILED: 1,
  /** A usage error or bad argument; nothing was sent. */
  USAGE: 2,
  /** A wait reached `--timeout`; the operation may still finish. */
  TIMEOUT: 3,
  /** Flink does not know the job, jar or trigger id (an expired or lost trigger included). */
  NOT_FOUND: 4,
  /** No answer: connection refused or reset, TLS failure, no answer in time. */
  CONNECTION: 5,
  /** Ctrl-C: the wait ended, the operation goes on. */
  INTERRUPTED: 130,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * The exit status for what a command threw. TypeError and RangeError are the client's checks of
 * arguments, made before any request, so they are usage errors like the CLI's own.
 */
export function exitCodeFor(error: unknown): ExitCode {
  if (error instanceof UsageError || error instanceof TypeError || error instanceof RangeError)
    return EXIT.USAGE;
  if (error instanceof WaitAbortedError) return EXIT.INTERRUPTED;
  if (error instanceof WaitTimeoutError) return EXIT.TIMEOUT;
  if (error instanceof OperationNotFoundError || error instanceof NotFoundError)
    return EXIT.NOT_FOUND;
  if (error instanceof FlinkApiError && error.status === 404) return EXIT.NOT_FOUND;
  if (error instanceof FlinkConnectionError) return EXIT.CONNECTION;
  if (error instanceof OperationFailedError || error instanceof UnexpectedJobStatusError)
    return EXIT.FAILED;
  return EXIT.FAILED;
}
