import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startMockJobManager } from '@flink-rest/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT } from '../src/exit-codes.js';
import { type MockProxy, startProxy } from './proxy.js';
import { runCli } from './run-cli.js';

// The fixture's placeholder ids (recorded from a real Flink 2.3 by the contract suite).
const JOB = 'feed0000000000000000000000000001';
const RESTORED = 'feed0000000000000000000000000008';
const VERTEX = 'feed0000000000000000000000000002';
const TM = '127.0.0.1:40001-000001';
const JAR = '00000000-0000-0000-0000-000000000001_flink-rest-sample-job.jar';
const SAVEPOINT = 'file:/tmp/flink-work/savepoints/savepoint-000000-000000000001';

let mock: Awaited<ReturnType<typeof startMockJobManager>>;
let proxy: MockProxy;
beforeEach(async () => {
  // One mock per test: its answer queues (RUNNING, then FINISHED) are used up by a test.
  mock = await startMockJobManager({ flinkVersion: '2.3' });
  proxy = await startProxy(mock.url);
});
afterEach(async () => {
  await proxy?.close();
  await mock?.close();
});

/** An array holding (at least) an element with these fields. */
const some = (fields: object) => expect.arrayContaining([expect.objectContaining(fields)]);

const cli = (argv: string[]) => runCli(['--url', proxy.url, ...argv]);

interface Case {
  name: string;
  argv: string[];
  /** In the human output. */
  human: string;
  /** What the --json document holds (a subset). */
  json: unknown;
  /** Requests sent, after `GET /config` of --flink-version auto. */
  sent: string[];
}

const cases: Case[] = [
  {
    name: 'overview',
    argv: ['overview'],
    human: 'slots-total',
    json: { 'flink-version': '2.3.0' },
    sent: ['GET /v1/overview'],
  },
  {
    name: 'config',
    argv: ['config'],
    human: 'flink-version',
    json: { 'flink-version': '2.3.0' },
    sent: ['GET /v1/config'],
  },
  {
    name: 'jobs list',
    argv: ['jobs', 'list'],
    human: `${JOB}  flink-rest-sample-unbounded  RUNNING`,
    json: { jobs: [{ jid: JOB, state: 'RUNNING' }] },
    sent: ['GET /v1/jobs/overview'],
  },
  {
    name: 'jobs get',
    argv: ['jobs', 'get', JOB],
    human: VERTEX,
    json: { jid: JOB, state: 'RUNNING' },
    sent: [`GET /v1/jobs/${JOB}`],
  },
  {
    name: 'jobs exceptions',
    argv: ['jobs', 'exceptions', JOB],
    human: '(no exceptions)',
    json: { exceptionHistory: { entries: [] } },
    sent: [`GET /v1/jobs/${JOB}/exceptions`],
  },
  {
    name: 'jobs config',
    argv: ['jobs', 'config', JOB],
    human: 'job-parallelism',
    json: { jid: JOB },
    sent: [`GET /v1/jobs/${JOB}/config`],
  },
  {
    name: 'jobs cancel',
    argv: ['jobs', 'cancel', RESTORED],
    human: `cancellation of job ${RESTORED} requested`,
    json: { jobId: RESTORED, requested: 'cancel' },
    sent: [`PATCH /v1/jobs/${RESTORED}`],
  },
  {
    name: 'jobs wait',
    argv: ['jobs', 'wait', JOB, '--status', 'RUNNING,FINISHED'],
    human: `job ${JOB}: RUNNING`,
    json: { jobId: JOB, status: 'RUNNING' },
    sent: [`GET /v1/jobs/${JOB}/status`],
  },
  {
    name: 'savepoint (waits)',
    argv: ['savepoint', JOB, '--target-dir', '/tmp/sp', '--format', 'canonical'],
    human: `location: ${SAVEPOINT}`,
    json: {
      kind: 'savepoint',
      jobId: JOB,
      triggerId: 'feed0000000000000000000000000005',
      status: 'COMPLETED',
      location: SAVEPOINT,
    },
    sent: [
      `POST /v1/jobs/${JOB}/savepoints`,
      `GET /v1/jobs/${JOB}/savepoints/feed0000000000000000000000000005`,
    ],
  },
  {
    name: 'savepoint --no-wait',
    argv: ['savepoint', JOB, '--no-wait'],
    human: `resume: flink-rest --url`,
    json: { kind: 'savepoint', status: 'TRIGGERED', triggerId: 'feed0000000000000000000000000005' },
    sent: [`POST /v1/jobs/${JOB}/savepoints`],
  },
  {
    name: 'savepoint status',
    argv: ['savepoint', 'status', JOB, 'feed0000000000000000000000000005'],
    human: `location: ${SAVEPOINT}`,
    json: { status: 'COMPLETED', location: SAVEPOINT },
    sent: [`GET /v1/jobs/${JOB}/savepoints/feed0000000000000000000000000005`],
  },
  {
    name: 'savepoint status --wait',
    argv: ['savepoint', 'status', JOB, 'feed0000000000000000000000000005', '--wait'],
    human: `location: ${SAVEPOINT}`,
    json: { status: 'COMPLETED', location: SAVEPOINT },
    sent: [`GET /v1/jobs/${JOB}/savepoints/feed0000000000000000000000000005`],
  },
  {
    name: 'savepoint dispose',
    argv: ['savepoint', 'dispose', SAVEPOINT],
    human: 'COMPLETED',
    json: {
      kind: 'savepoint-disposal',
      status: 'COMPLETED',
      triggerId: 'feed0000000000000000000000000009',
    },
    sent: [
      'POST /v1/savepoint-disposal',
      'GET /v1/savepoint-disposal/feed0000000000000000000000000009',
    ],
  },
  {
    name: 'stop',
    argv: ['stop', JOB, '--savepoint-dir', '/tmp/sp', '--drain'],
    human: 'savepoint-000000-000000000002',
    json: {
      kind: 'stop-with-savepoint',
      status: 'COMPLETED',
      location: 'file:/tmp/flink-work/savepoints/savepoint-000000-000000000002',
    },
    sent: [
      `POST /v1/jobs/${JOB}/stop`,
      `GET /v1/jobs/${JOB}/savepoints/feed0000000000000000000000000007`,
    ],
  },
  {
    name: 'checkpoint',
    argv: ['checkpoint', JOB, '--type', 'FULL'],
    human: 'checkpoint id: 2',
    json: { kind: 'checkpoint', status: 'COMPLETED', checkpointId: 2 },
    sent: [
      `POST /v1/jobs/${JOB}/checkpoints`,
      `GET /v1/jobs/${JOB}/checkpoints/feed0000000000000000000000000006`,
    ],
  },
  {
    name: 'checkpoint status',
    argv: ['checkpoint', 'status', JOB, 'feed0000000000000000000000000006'],
    human: 'COMPLETED',
    json: { status: 'COMPLETED', checkpointId: 2 },
    sent: [`GET /v1/jobs/${JOB}/checkpoints/feed0000000000000000000000000006`],
  },
  {
    name: 'checkpoints list',
    argv: ['checkpoints', 'list', JOB],
    human: 'CHECKPOINT',
    json: { counts: { completed: 2 } },
    sent: [`GET /v1/jobs/${JOB}/checkpoints`],
  },
  {
    name: 'checkpoints get',
    argv: ['checkpoints', 'get', JOB, '2'],
    human: 'completed',
    json: { className: 'completed' },
    sent: [`GET /v1/jobs/${JOB}/checkpoints/details/2`],
  },
  {
    name: 'taskmanagers list',
    argv: ['taskmanagers', 'list'],
    human: TM,
    json: { taskmanagers: [{ id: TM }] },
    sent: ['GET /v1/taskmanagers'],
  },
  {
    name: 'taskmanagers get',
    argv: ['taskmanagers', 'get', TM],
    human: 'allocatedSlots',
    json: { id: TM },
    sent: [`GET /v1/taskmanagers/${TM}`],
  },
  {
    name: 'taskmanagers metrics',
    argv: ['taskmanagers', 'metrics', TM],
    human: 'Status.JVM.ClassLoader.ClassesLoaded',
    json: some({ id: 'Status.Flink.Memory.Managed.Total' }),
    sent: [`GET /v1/taskmanagers/${TM}/metrics`],
  },
  {
    name: 'taskmanagers metrics --get',
    argv: ['taskmanagers', 'metrics', TM, '--get', 'Status.JVM.CPU.Load'],
    human: 'Status.JVM.CPU.Load  0',
    json: [{ id: 'Status.JVM.CPU.Load', value: '0' }],
    sent: [`GET /v1/taskmanagers/${TM}/metrics`],
  },
  {
    name: 'taskmanagers thread-dump',
    argv: ['taskmanagers', 'thread-dump', TM],
    human: 'thread info',
    json: { threadInfos: [{ threadName: 'thread' }] },
    sent: [`GET /v1/taskmanagers/${TM}/thread-dump`],
  },
  {
    name: 'jobmanager config',
    argv: ['jobmanager', 'config'],
    human: 'jobmanager.rpc.address',
    json: some({ key: 'blob.server.port' }),
    sent: ['GET /v1/jobmanager/config'],
  },
  {
    name: 'jobmanager logs',
    argv: ['jobmanager', 'logs'],
    human: 'jobmanager.out',
    json: { logs: some({ name: 'jobmanager.out' }) },
    sent: ['GET /v1/jobmanager/logs'],
  },
  {
    name: 'jobmanager metrics --get',
    argv: ['jobmanager', 'metrics', '--get', 'Status.JVM.CPU.Load'],
    human: 'Status.JVM.CPU.Load  0',
    json: [{ id: 'Status.JVM.CPU.Load', value: '0' }],
    sent: ['GET /v1/jobmanager/metrics'],
  },
  {
    name: 'jars list',
    argv: ['jars', 'list'],
    human: 'dev.flinkrest.sample.SampleJob',
    json: { files: [{ id: JAR }] },
    sent: ['GET /v1/jars'],
  },
  {
    name: 'jars run',
    argv: [
      'jars',
      'run',
      JAR,
      '--parallelism',
      '1',
      '--from-savepoint',
      SAVEPOINT,
      '--args',
      'a',
      'b',
    ],
    human: `started job ${JOB}`,
    json: { jobId: JOB },
    sent: [`POST /v1/jars/${JAR}/run`],
  },
];

describe('every command against the mock JobManager (2.3 fixture)', () => {
  it.each(cases)('$name: human output, exit 0', async ({ argv, human, sent }) => {
    const run = await cli(argv);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(EXIT.OK);
    expect(run.stdout).toContain(human);
    expect(run.stdout).not.toContain('\x1b'); // not a terminal: no progress line
    // --flink-version auto asks the cluster first, then the command's own requests.
    expect(proxy.seen.map((s) => `${s.method} ${s.path}`)).toEqual(['GET /v1/config', ...sent]);
  });

  it.each(cases)(
    '$name --json: exactly one JSON document, nothing on stderr',
    async ({ argv, json }) => {
      const run = await cli(['--json', ...argv]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(EXIT.OK);
      expect(JSON.parse(run.stdout)).toMatchObject(json as object);
    },
  );

  it('--flink-version 2.3 sends no GET /config', async () => {
    const run = await cli(['--flink-version', '2.3', 'overview']);
    expect(run.code).toBe(EXIT.OK);
    expect(proxy.seen.map((s) => `${s.method} ${s.path}`)).toEqual(['GET /v1/overview']);
  });

  it('the savepoint trigger carries the trigger id the CLI printed, and --trigger-id is sent as given', async () => {
    const id = 'abcdef0123456789abcdef0123456789';
    const run = await cli(['--json', 'savepoint', JOB, '--trigger-id', id, '--no-wait']);
    expect(run.code).toBe(EXIT.OK);
    const trigger = proxy.seen.find((s) => s.method === 'POST');
    expect(JSON.parse(trigger?.body ?? '{}')).toMatchObject({ triggerId: id, 'cancel-job': false });
  });

  it('jars upload sends the file as multipart `jarfile` and prints the jar id', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'flink-rest-cli-'));
    const file = path.join(dir, 'flink-rest-sample-job.jar');
    await writeFile(file, new Uint8Array([0x50, 0x4b, 0x03, 0x04]));
    try {
      const run = await cli(['--json', 'jars', 'upload', file]);
      expect(run.code).toBe(EXIT.OK);
      expect(JSON.parse(run.stdout)).toEqual({
        id: JAR,
        filename: `/tmp/flink-work/uploads/flink-web-upload/${JAR}`,
      });
      expect(proxy.seen.at(-1)?.body).toContain(
        'name="jarfile"; filename="flink-rest-sample-job.jar"',
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('--quiet prints only the result', async () => {
    const run = await cli(['--quiet', 'savepoint', JOB]);
    expect(run).toEqual({ code: EXIT.OK, stdout: `${SAVEPOINT}\n`, stderr: '' });
  });

  it('on a terminal, a progress line is drawn and cleared; never with --json or --quiet', async () => {
    // A stopped clock: the line's elapsed time is exactly 0.
    const tty = await runCli(['--url', proxy.url, 'savepoint', JOB], { isTTY: true, now: () => 0 });
    expect(tty.stdout).toContain(
      `\r\x1b[2Ksavepoint feed0000000000000000000000000005: waiting, 0 polls, 0ms`,
    );
    expect(tty.stdout).toContain(
      `\r\x1b[2Ksavepoint feed0000000000000000000000000005 of job ${JOB}: COMPLETED`,
    );
    for (const flag of ['--json', '--quiet']) {
      const run = await runCli(['--url', proxy.url, flag, 'savepoint', JOB], { isTTY: true });
      expect(run.stdout).not.toContain('\x1b');
    }
  });
});
