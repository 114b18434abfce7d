import { FlinkApiError } from '@flink-rest/client';
import { readFixtureSync, startMockJobManager } from '@flink-rest/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { EXIT } from '../src/exit-codes.js';
import { isUnknownJar } from '../src/is-unknown-jar.js';
import { type MockProxy, startProxy } from './proxy.js';
import { runCli } from './run-cli.js';

// The commands whose requests only the contract suite's `cli` scenario recorded (a checkpoint's
// vertex details, log files, rescale, jar delete), against the mock JobManager serving it: the
// oldest and the newest line. The ids come from the fixture's summary.
const LINES = ['1.18', '2.3'];

let mock: Awaited<ReturnType<typeof startMockJobManager>> | undefined;
let proxy: MockProxy | undefined;
afterEach(async () => {
  await proxy?.close();
  await mock?.close();
  proxy = undefined;
  mock = undefined;
});

interface Summary {
  job: { id: string; jar: string; vertex: string };
  checkpoint: { id: number };
  logs: { jobManager: string };
}

async function start(line: string) {
  mock = await startMockJobManager({ flinkVersion: line, scenario: 'cli' });
  proxy = await startProxy(mock.url);
  const url = proxy.url;
  return {
    cli: (argv: string[]) => runCli(['--url', url, ...argv]),
    sent: () => (proxy?.seen ?? []).map((s) => `${s.method} ${s.path}`),
  };
}

describe.each(LINES)('commands of the cli scenario, Flink %s', (line) => {
  const { job, checkpoint, logs } = readFixtureSync(line, 'cli').summary as unknown as Summary;
  const cases = [
    {
      name: 'checkpoints get',
      argv: ['checkpoints', 'get', job.id, String(checkpoint.id)],
      human: 'COMPLETED',
      json: { id: checkpoint.id, status: 'COMPLETED' },
      sent: [`GET /v1/jobs/${job.id}/checkpoints/details/${checkpoint.id}`],
    },
    {
      name: 'checkpoints get --vertex',
      argv: ['checkpoints', 'get', job.id, String(checkpoint.id), '--vertex', job.vertex],
      human: 'SUBTASK  STATUS',
      json: { id: checkpoint.id, status: 'COMPLETED', subtasks: [{ index: 0 }] },
      sent: [`GET /v1/jobs/${job.id}/checkpoints/details/${checkpoint.id}/subtasks/${job.vertex}`],
    },
    {
      name: 'jobmanager logs',
      argv: ['jobmanager', 'logs'],
      human: logs.jobManager,
      json: { logs: expect.arrayContaining([expect.objectContaining({ name: logs.jobManager })]) },
      sent: ['GET /v1/jobmanager/logs'],
    },
    {
      name: 'jobmanager logs <file>',
      argv: ['jobmanager', 'logs', logs.jobManager],
      human: 'org.apache.flink.runtime.entrypoint',
      json: {
        file: logs.jobManager,
        content: expect.stringContaining('org.apache.flink.runtime.entrypoint'),
      },
      sent: [`GET /v1/jobmanager/logs/${logs.jobManager}`],
    },
    {
      name: 'rescale',
      argv: ['rescale', job.id, '--parallelism', `${job.vertex}=2`],
      human: `${job.vertex}  1            2`,
      json: {
        jobId: job.id,
        resourceRequirements: { [job.vertex]: { parallelism: { lowerBound: 1, upperBound: 2 } } },
      },
      sent: [
        `GET /v1/jobs/${job.id}/resource-requirements`,
        `PUT /v1/jobs/${job.id}/resource-requirements`,
      ],
    },
    {
      name: 'jars delete',
      argv: ['jars', 'delete', job.jar],
      human: `deleted ${job.jar}`,
      json: { jarId: job.jar, deleted: true },
      sent: [`DELETE /v1/jars/${job.jar}`],
    },
  ];

  it.each(cases)('$name: human output, exit 0, the requests', async ({ argv, human, sent }) => {
    const run = await (await start(line)).cli(argv);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(EXIT.OK);
    expect(run.stdout).toContain(human);
    expect(proxy?.seen.map((s) => `${s.method} ${s.path}`)).toEqual(['GET /v1/config', ...sent]);
  });

  it.each(cases)('$name --json: exactly one JSON document', async ({ argv, json }) => {
    const run = await (await start(line)).cli(['--json', ...argv]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(EXIT.OK);
    expect(JSON.parse(run.stdout)).toMatchObject(json);
  });

  it('the PUT of rescale keeps the other vertices and sets the named one to 1..n', async () => {
    const { cli } = await start(line);
    expect((await cli(['rescale', job.id, '--parallelism', `${job.vertex}=2`])).code).toBe(0);
    const put = proxy?.seen.find((s) => s.method === 'PUT');
    const body = JSON.parse(put?.body ?? '{}');
    expect(body[job.vertex]).toEqual({ parallelism: { lowerBound: 1, upperBound: 2 } });
    expect(Object.keys(body).length).toBeGreaterThan(1);
  });

  it('4: a log file that is not there (Flink: 404), one line on stderr', async () => {
    const run = await (await start(line)).cli(['jobmanager', 'logs', 'no-such-file.log']);
    expect(run.code).toBe(EXIT.NOT_FOUND);
    expect(run.stderr).toContain('This file does not exist in JobManager log dir.');
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('4: a jar deleted twice (Flink: 400 "does not exist"), one line on stderr', async () => {
    const { cli } = await start(line);
    expect((await cli(['jars', 'delete', job.jar])).code).toBe(EXIT.OK);
    const again = await cli(['jars', 'delete', job.jar]);
    expect(again.code).toBe(EXIT.NOT_FOUND);
    expect(again.stderr).toBe(`error: jar ${job.jar} is not on the cluster (see \`jars list\`)\n`);
  });

  it('rescale of a vertex the job does not have: 4, and nothing is changed', async () => {
    const { cli, sent } = await start(line);
    const run = await cli(['rescale', job.id, '--parallelism', `${'ab'.repeat(16)}=2`]);
    expect(run.code).toBe(EXIT.NOT_FOUND);
    expect(sent()).not.toContain(`PUT /v1/jobs/${job.id}/resource-requirements`);
  });
});

describe('isUnknownJar', () => {
  const request = { method: 'DELETE', path: '/jars/x.jar' };
  it.each([
    {
      name: "Flink's answer for a jar it does not have",
      given: new FlinkApiError(request, 400, [
        'org.apache.flink.runtime.rest.handler.RestHandlerException: File x.jar does not exist in /tmp/flink-web-upload.\n\tat x',
      ]),
      want: true,
    },
    { name: 'another 400', given: new FlinkApiError(request, 400, ['bad request']), want: false },
    {
      name: 'the same words with another status',
      given: new FlinkApiError(request, 500, ['File x.jar does not exist in /tmp.']),
      want: false,
    },
    { name: 'not a Flink answer', given: new Error('File x does not exist in y'), want: false },
  ])('$name: $want', ({ given, want }) => {
    expect(isUnknownJar(given)).toBe(want);
  });
});
