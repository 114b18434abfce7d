import { FlinkApiError, OperationFailedError } from '@flink-rest/client';

/**
 * The one line stderr gets for an error: its message (the client's messages are one line, name
 * the request and carry no secrets), Flink's failure class when the message lacks it, and with
 * `verbose` Flink's stack trace on the lines after.
 */
export function describeError(error: unknown, verbose: boolean): string {
  if (!(error instanceof Error)) return `error: ${String(error)}\n`;
  let line = error.message.split('\n')[0] ?? '';
  let trace: string | undefined;
  if (error instanceof OperationFailedError) {
    if (error.failureClass && !line.includes(error.failureClass))
      line += ` (${error.failureClass})`;
    trace = error.failureStackTrace;
  } else if (error instanceof FlinkApiError) {
    trace = error.serverStackTrace;
  }
  const more = verbose && trace ? `${trace.trimEnd()}\n` : '';
  return `error: ${line}\n${more}`;
}
