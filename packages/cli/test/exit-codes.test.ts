import {
  FlinkApiError,
  FlinkConnectionError,
  FlinkVersionMismatchError,
  OperationAbortedError,
  OperationFailedError,
  OperationNotFoundError,
  OperationTimeoutError,
  UnexpectedJobStatusError,
  UnexpectedResponseError,
  WaitAbortedError,
  WaitTimeoutError,
} from '@flink-rest/client';
import { describe, expect, it } from 'vitest';
import { NotFoundError, UsageError } from '../src/errors.js';
import { EXIT, exitCodeFor } from '../src/exit-codes.js';

const op = { kind: 'savepoint', triggerId: 'f'.repeat(32), jobId: '0'.repeat(32) } as const;
const get = { method: 'GET', path: '/jobs/x' };

describe('exitCodeFor', () => {
  it.each([
    { name: 'usage error', given: new UsageError('bad'), want: EXIT.USAGE },
    { name: "client's TypeError (bad argument)", given: new TypeError('jobId'), want: EXIT.USAGE },
    { name: "client's RangeError", given: new RangeError('timeoutMs'), want: EXIT.USAGE },
    {
      name: 'operation failed',
      given: new OperationFailedError(op, 'java.lang.X', 'java.lang.X: boom'),
      want: EXIT.FAILED,
    },
    {
      name: 'job ended in another status',
      given: new UnexpectedJobStatusError('j', 'FAILED', ['RUNNING']),
      want: EXIT.FAILED,
    },
    {
      name: 'Flink refused (409)',
      given: new FlinkApiError(get, 409, ['conflict']),
      want: EXIT.FAILED,
    },
    { name: 'Flink 500', given: new FlinkApiError(get, 500, ['boom']), want: EXIT.FAILED },
    {
      name: 'unexpected response',
      given: new UnexpectedResponseError(get, 200, 'html'),
      want: EXIT.FAILED,
    },
    {
      name: 'version mismatch',
      given: new FlinkVersionMismatchError('2.3', '1.10', 'old'),
      want: EXIT.FAILED,
    },
    {
      name: 'operation timeout',
      given: new OperationTimeoutError(op, 1000, 3),
      want: EXIT.TIMEOUT,
    },
    {
      name: 'wait timeout',
      given: new WaitTimeoutError('job', 1000, 'CREATED'),
      want: EXIT.TIMEOUT,
    },
    { name: 'unknown trigger id', given: new OperationNotFoundError(op), want: EXIT.NOT_FOUND },
    {
      name: '404 from Flink',
      given: new FlinkApiError(get, 404, ['Job not found']),
      want: EXIT.NOT_FOUND,
    },
    { name: 'not found by the CLI', given: new NotFoundError('vertex'), want: EXIT.NOT_FOUND },
    {
      name: 'no answer',
      given: new FlinkConnectionError(get, 'ECONNREFUSED'),
      want: EXIT.CONNECTION,
    },
    {
      name: 'operation wait aborted',
      given: new OperationAbortedError(op),
      want: EXIT.INTERRUPTED,
    },
    { name: 'wait aborted', given: new WaitAbortedError('job'), want: EXIT.INTERRUPTED },
    { name: 'anything else', given: new Error('?'), want: EXIT.FAILED },
  ])('$name → $want', ({ given, want }) => {
    expect(exitCodeFor(given)).toBe(want);
  });
});
