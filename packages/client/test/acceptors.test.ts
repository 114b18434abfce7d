import { describe, expect, it } from 'vitest';
import { acceptCheckpoint, acceptGeneric, acceptSavepoint } from '../src/acceptors.js';
import { OperationFailedError, type OperationRef } from '../src/errors.js';
import { acceptJobStatus, allVerticesRunning, noVertexStarting } from '../src/job-status.js';

// Bodies in the wire shape of Flink's AsynchronousOperationResult (flink-rest-facts Q3); the
// live tests run the same acceptors against real clusters of every supported version.
const ref: OperationRef = { kind: 'savepoint', triggerId: 'a'.repeat(32), jobId: 'b'.repeat(32) };
const cause = {
  class: 'java.util.concurrent.CompletionException',
  'stack-trace': 'java.util.concurrent.CompletionException: boom\n\tat x.y(Z.java:1)',
  'serialized-throwable': 'rO0=',
};

describe('acceptSavepoint', () => {
  it.each([
    { name: 'in progress', body: { status: { id: 'IN_PROGRESS' } }, want: { state: 'retry' } },
    {
      name: 'in progress, operation null',
      body: { status: { id: 'IN_PROGRESS' }, operation: null },
      want: { state: 'retry' },
    },
    {
      name: 'completed with a location',
      body: { status: { id: 'COMPLETED' }, operation: { location: 'file:/sp/savepoint-1' } },
      want: { state: 'success', value: { location: 'file:/sp/savepoint-1' } },
    },
    {
      name: 'completed without location or cause',
      body: { status: { id: 'COMPLETED' }, operation: {} },
      want: { state: 'failure' },
    },
    { name: 'an unknown status', body: { status: { id: 'WEIRD' } }, want: { state: 'failure' } },
    { name: 'not an object', body: 'oops', want: { state: 'failure' } },
  ])('$name', ({ body, want }) => {
    expect(acceptSavepoint(ref, body)).toMatchObject(want);
  });

  it('turns a failure cause into OperationFailedError with class and stack trace', () => {
    const d = acceptSavepoint(ref, {
      status: { id: 'COMPLETED' },
      operation: { 'failure-cause': cause },
    });
    expect(d.state).toBe('failure');
    const error = (d as unknown as { error: OperationFailedError }).error;
    expect(error).toBeInstanceOf(OperationFailedError);
    expect(error.failureClass).toBe(cause.class);
    expect(error.failureStackTrace).toBe(cause['stack-trace']);
    expect(error.message).toBe(
      `savepoint ${ref.triggerId} of job ${ref.jobId} failed: java.util.concurrent.CompletionException: boom`,
    );
  });
});

describe('acceptCheckpoint', () => {
  it.each([
    { name: 'in progress', body: { status: { id: 'IN_PROGRESS' } }, want: { state: 'retry' } },
    {
      name: 'completed',
      body: { status: { id: 'COMPLETED' }, operation: { checkpointId: 7 } },
      want: { state: 'success', value: { checkpointId: 7 } },
    },
    {
      name: 'camelCase failure cause',
      body: { status: { id: 'COMPLETED' }, operation: { failureCause: cause } },
      want: { state: 'failure' },
    },
    {
      name: 'completed without id',
      body: { status: { id: 'COMPLETED' }, operation: {} },
      want: { state: 'failure' },
    },
  ])('$name', ({ body, want }) => {
    expect(acceptCheckpoint({ ...ref, kind: 'checkpoint' }, body)).toMatchObject(want);
  });
});

describe('acceptGeneric', () => {
  const disposal: OperationRef = { kind: 'savepoint-disposal', triggerId: 'c'.repeat(32) };
  it.each([
    {
      name: 'completed, operation empty',
      body: { status: { id: 'COMPLETED' }, operation: {} },
      want: { state: 'success', value: {} },
    },
    {
      name: 'completed, operation absent',
      body: { status: { id: 'COMPLETED' } },
      want: { state: 'success', value: {} },
    },
    {
      name: 'failure',
      body: { status: { id: 'COMPLETED' }, operation: { 'failure-cause': cause } },
      want: { state: 'failure' },
    },
  ])('$name', ({ body, want }) => {
    expect(acceptGeneric(disposal, body)).toMatchObject(want);
  });
});

describe('acceptJobStatus', () => {
  const job = 'd'.repeat(32);
  it.each([
    {
      body: { status: 'RUNNING' },
      wanted: ['RUNNING'],
      want: { state: 'success', value: 'RUNNING' },
    },
    {
      body: { status: 'CREATED' },
      wanted: ['RUNNING'],
      want: { state: 'retry', progress: 'CREATED' },
    },
    { body: { status: 'RESTARTING' }, wanted: ['RUNNING'], want: { state: 'retry' } },
    { body: { status: 'FAILED' }, wanted: ['RUNNING'], want: { state: 'failure' } },
    {
      body: { status: 'FINISHED' },
      wanted: ['RUNNING', 'FINISHED'],
      want: { state: 'success', value: 'FINISHED' },
    },
    { body: { status: 'CANCELED' }, wanted: ['FINISHED'], want: { state: 'failure' } },
    { body: {}, wanted: ['RUNNING'], want: { state: 'failure' } },
  ] as const)('$body.status waiting for $wanted', ({ body, wanted, want }) => {
    expect(acceptJobStatus(job, wanted, body)).toMatchObject(want);
  });

  it.each([
    { body: { vertices: [{ status: 'RUNNING' }, { status: 'RUNNING' }] }, want: true },
    { body: { vertices: [{ status: 'RUNNING' }, { status: 'DEPLOYING' }] }, want: false },
    { body: { vertices: [] }, want: false },
    { body: {}, want: false },
  ])('allVerticesRunning %#', ({ body, want }) => {
    expect(allVerticesRunning(body)).toBe(want);
  });

  it.each([
    { body: { vertices: [{ status: 'RUNNING' }, { status: 'RUNNING' }] }, want: true },
    { body: { vertices: [{ status: 'FINISHED' }, { status: 'RUNNING' }] }, want: true },
    { body: { vertices: [{ status: 'RUNNING' }, { status: 'DEPLOYING' }] }, want: false },
    { body: { vertices: [{ status: 'INITIALIZING' }, { status: 'FINISHED' }] }, want: false },
    { body: { vertices: [{ status: 'CREATED' }] }, want: false },
    { body: { vertices: [] }, want: false },
    { body: null, want: false },
  ])('noVertexStarting %#', ({ body, want }) => {
    expect(noVertexStarting(body)).toBe(want);
  });
});
