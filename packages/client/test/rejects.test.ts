import { describe, expect, it } from 'vitest';
import {
  createFlinkClient,
  type FlinkClient,
  resumeOperation,
  UnsupportedEndpointError,
} from '../src/index.js';
import { fakeClock } from './clock.js';
import { JOB, scriptedFlink, TRIGGER } from './scripted-flink.js';

// biome-ignore lint/suspicious/noExplicitAny: bad arguments on purpose.
type Flink = FlinkClient<any> & Record<string, any>;
// biome-ignore lint/suspicious/noExplicitAny: bad arguments on purpose.
const bad = (value: unknown) => value as any;

interface Case {
  readonly name: string;
  readonly call: (flink: Flink) => unknown;
  readonly want: { readonly error: new (...args: never[]) => Error; readonly message: string };
}

/**
 * Every Promise-returning function of the client, given bad arguments, returns a promise that
 * rejects (no synchronous throw, so `.catch()` and `Promise.allSettled` see the error), with the
 * error class and message its argument check has always had, and sends nothing.
 */
const cases: Case[] = [
  {
    name: 'savepoints.trigger: a job id that is not one',
    call: (f) => f.savepoints.trigger('not-a-job'),
    want: {
      error: TypeError,
      message: 'jobId "not-a-job" must be 32 lower-case hexadecimal characters',
    },
  },
  {
    name: 'savepoints.trigger: an unknown format',
    call: (f) => f.savepoints.trigger(JOB, { formatType: bad('FAST') }),
    want: { error: TypeError, message: 'formatType "FAST" must be one of CANONICAL, NATIVE' },
  },
  {
    name: 'savepoints.trigger: a trigger id that is not one',
    call: (f) => f.savepoints.trigger(JOB, { triggerId: 'x' }),
    want: {
      error: TypeError,
      message: 'triggerId "x" must be 32 lower-case hexadecimal characters',
    },
  },
  {
    name: 'savepoints.create: a job id that is not one',
    call: (f) => f.savepoints.create('not-a-job'),
    want: {
      error: TypeError,
      message: 'jobId "not-a-job" must be 32 lower-case hexadecimal characters',
    },
  },
  {
    name: 'checkpoints.create: poll options out of range',
    call: (f) => f.checkpoints.create(JOB, { timeoutMs: -1 }),
    want: { error: RangeError, message: 'timeoutMs (-1) must be a finite number > 0' },
  },
  {
    name: 'jobs.stopWithSavepointAndWait: an unknown format',
    call: (f) => f.jobs.stopWithSavepointAndWait(JOB, { formatType: bad('FAST') }),
    want: { error: TypeError, message: 'formatType "FAST" must be one of CANONICAL, NATIVE' },
  },
  {
    name: 'savepoints.dispose: an empty path',
    call: (f) => f.savepoints.dispose(''),
    want: { error: TypeError, message: 'savepointPath must be a non-empty string, got ""' },
  },
  {
    name: 'checkpoints.trigger: a job id that is not one',
    call: (f) => f.checkpoints.trigger(bad(42)),
    want: { error: TypeError, message: 'jobId 42 must be 32 lower-case hexadecimal characters' },
  },
  {
    name: 'checkpoints.trigger: an unknown type',
    call: (f) => f.checkpoints.trigger(JOB, { checkpointType: bad('DELTA') }),
    want: {
      error: TypeError,
      message: 'checkpointType "DELTA" must be one of CONFIGURED, FULL, INCREMENTAL',
    },
  },
  {
    name: 'jobs.stopWithSavepoint: an empty target directory',
    call: (f) => f.jobs.stopWithSavepoint(JOB, { targetDirectory: ' ' }),
    want: { error: TypeError, message: 'targetDirectory must be a non-empty string, got " "' },
  },
  {
    name: 'jobs.waitForStatus: no wanted status',
    call: (f) => f.jobs.waitForStatus(JOB, []),
    want: { error: TypeError, message: 'wanted must list at least one job status' },
  },
  {
    name: 'jobs.waitForStatus: poll options out of range',
    call: (f) => f.jobs.waitForStatus(JOB, ['RUNNING'], { timeoutMs: 0 }),
    want: { error: RangeError, message: 'timeoutMs (0) must be a finite number > 0' },
  },
  {
    name: 'jobs.cancel: a job id that is not one',
    call: (f) => f.jobs.cancel('x'),
    want: { error: TypeError, message: 'jobId "x" must be 32 lower-case hexadecimal characters' },
  },
  {
    name: 'jobs.getResourceRequirements: a job id that is not one',
    call: (f) => f.jobs.getResourceRequirements('x'),
    want: { error: TypeError, message: 'jobId "x" must be 32 lower-case hexadecimal characters' },
  },
  {
    name: 'jobs.setResourceRequirements: a bound of 0',
    call: (f) =>
      f.jobs.setResourceRequirements(JOB, {
        [JOB]: { parallelism: { lowerBound: 0, upperBound: 1 } },
      }),
    want: {
      error: RangeError,
      message: `requirements["${JOB}"].parallelism.lowerBound (0) must be a whole number >= 1`,
    },
  },
  {
    name: 'jobs.rescale: parallelism 0',
    call: (f) => f.jobs.rescale(JOB, 0),
    want: { error: RangeError, message: 'parallelism (0) must be a whole number >= 1' },
  },
  {
    name: 'jars.upload: not a jar',
    call: (f) => f.jars.upload(bad(42)),
    want: {
      error: TypeError,
      message: 'jar must be a file path, a Uint8Array, a Blob or a ReadableStream',
    },
  },
  {
    name: 'jars.upload: an empty file name',
    call: (f) => f.jars.upload(new Uint8Array([1]), { filename: '' }),
    want: { error: TypeError, message: 'filename must be a non-empty string, got ""' },
  },
  {
    name: 'jobs.upgrade: no options',
    call: (f) => f.jobs.upgrade(JOB, bad(undefined)),
    want: { error: TypeError, message: 'options must be an object, got undefined' },
  },
  {
    name: 'jobs.upgrade: a health window longer than the timeout',
    call: (f) =>
      f.jobs.upgrade(JOB, {
        jarId: 'a.jar',
        rollback: false,
        healthy: { runningForMs: 10_000 },
        timeoutMs: 5_000,
      }),
    want: {
      error: RangeError,
      message: 'timeoutMs (5000) must be > healthy.runningForMs (10000)',
    },
  },
  {
    name: 'jars.run: a job id that is not one',
    call: (f) => f.jars.run('a.jar', { jobId: 'x' }),
    want: { error: TypeError, message: 'jobId "x" must be 32 lower-case hexadecimal characters' },
  },
  {
    name: 'jars.run: parallelism 0',
    call: (f) => f.jars.run('a.jar', { parallelism: 0 }),
    want: { error: RangeError, message: 'parallelism (0) must be a whole number >= 1' },
  },
  {
    name: 'jars.run: a jar id of ..',
    call: (f) => f.jars.run('..'),
    want: {
      error: TypeError,
      message: 'path parameter "jarid" of /jars/{jarid}/run must not be ".."',
    },
  },
  {
    name: 'jars.delete: an empty jar id',
    call: (f) => f.jars.delete(''),
    want: { error: TypeError, message: 'jarId must be a non-empty string, got ""' },
  },
  {
    name: 'datasets.delete: a dataset id that is not one',
    call: (f) => f.datasets.delete('x'),
    want: {
      error: TypeError,
      message: 'datasetId "x" must be 32 lower-case hexadecimal characters',
    },
  },
  {
    name: 'metrics.jobManager: a name with a comma',
    call: (f) => f.metrics.jobManager(['a,b']),
    want: {
      error: TypeError,
      message: 'metric name "a,b" must be a non-empty, well-formed string without commas',
    },
  },
  {
    name: 'metrics.job: a job id that is not one',
    call: (f) => f.metrics.job('x'),
    want: { error: TypeError, message: 'jobId "x" must be 32 lower-case hexadecimal characters' },
  },
  {
    name: 'metrics.taskManagers: an unknown aggregation',
    call: (f) => f.metrics.taskManagers({ agg: [bad('median')] }),
    want: { error: TypeError, message: 'agg "median" must be one of min, max, avg, sum, skew' },
  },
  {
    name: 'an operation handle: wait with poll options out of range',
    call: (f) =>
      resumeOperation(f, {
        kind: 'savepoint',
        triggerId: TRIGGER,
        jobId: JOB,
        flinkVersion: '2.3',
      }).wait({ minDelayMs: 1_000, maxDelayMs: 500 }),
    want: { error: RangeError, message: 'maxDelayMs (500) must be >= minDelayMs (1000)' },
  },
  {
    name: 'GET: a path the pinned version does not have',
    call: (f) => f.GET('/no-such-thing', {}),
    want: {
      error: UnsupportedEndpointError,
      message: 'GET /no-such-thing is not an endpoint of Flink 2.3',
    },
  },
  {
    name: 'POST: a path the pinned version does not have',
    call: (f) => f.POST('/jobs/overview', {}),
    want: {
      error: UnsupportedEndpointError,
      message: 'POST /jobs/overview is not an endpoint of Flink 2.3',
    },
  },
  {
    name: 'GET: a path with /v1, which the client adds',
    call: (f) => f.GET('/v1/jobs/overview', {}),
    want: {
      error: UnsupportedEndpointError,
      message:
        'GET /v1/jobs/overview is not an endpoint of Flink 2.3: paths start after /v1, which the client adds',
    },
  },
  {
    name: 'PUT: a path that is not a string',
    call: (f) => f.PUT(bad(Symbol('p')), {}),
    want: { error: TypeError, message: 'Cannot convert a Symbol value to a string' },
  },
];

describe('bad arguments reject, never throw synchronously', () => {
  it.each(cases)('$name', async ({ call, want }) => {
    const flink = scriptedFlink({});
    const client = createFlinkClient({
      baseUrl: 'http://127.0.0.1:8081',
      flinkVersion: '2.3',
      fetch: flink.fetch,
      clock: fakeClock(),
    }) as Flink;
    let result: unknown;
    expect(() => {
      result = call(client);
    }).not.toThrow();
    expect(result).toBeInstanceOf(Promise);
    const settled = await Promise.allSettled([result]);
    expect(settled[0]?.status).toBe('rejected');
    const error = (settled[0] as PromiseRejectedResult).reason as Error;
    expect(error).toBeInstanceOf(want.error);
    expect(error.message).toBe(want.message);
    expect(flink.exchanges).toHaveLength(0);
  });

  it.each([
    { name: 'connect', call: (f: Flink) => f.connect() },
    { name: 'close', call: (f: Flink) => f.close() },
  ])('$name returns a promise', async ({ call }) => {
    const client = createFlinkClient({
      baseUrl: 'http://127.0.0.1:8081',
      flinkVersion: '2.3',
      fetch: scriptedFlink({ 'GET /config': { status: 200, body: { 'flink-version': '2.3.0' } } })
        .fetch,
      clock: fakeClock(),
    }) as Flink;
    const result = call(client);
    expect(result).toBeInstanceOf(Promise);
    await result;
  });
});
