import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startMockJobManager } from '@flink-rest/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT } from '../src/exit-codes.js';
import { type MockProxy, startProxy } from './proxy.js';
import { runCli } from './run-cli.js';

// The fixture's job and jar (recorded from a real Flink 2.3 by the contract suite).
const JOB = 'feed0000000000000000000000000001';
const JAR = '00000000-0000-0000-0000-000000000001_flink-rest-sample-job.jar';

let mock: Awaited<ReturnType<typeof startMockJobManager>>;
let proxy: MockProxy;
let dir: string;
beforeEach(async () => {
  mock = await startMockJobManager({ flinkVersion: '2.3' });
  proxy = await startProxy(mock.url);
  dir = await mkdtemp(path.join(tmpdir(), 'cli-upgrade-'));
});
afterEach(async () => {
  await proxy?.close();
  await mock?.close();
  await rm(dir, { recursive: true, force: true });
});

const sent = () => proxy.seen.map((s) => `${s.method} ${s.path}`);
const cli = (argv: string[]) => runCli(['--url', proxy.url, ...argv]);

describe('flink-rest upgrade: exit 2, one line on stderr, nothing sent', () => {
  it.each([
    {
      name: 'no jar',
      argv: ['upgrade', JOB, '--previous-jar-id', JAR],
      message: 'exactly one of --jar',
    },
    {
      name: '--jar and --jar-id',
      argv: ['upgrade', JOB, '--jar', 'x.jar', '--jar-id', JAR, '--previous-jar-id', JAR],
      message: 'exactly one of --jar',
    },
    {
      name: 'rollback without --previous-jar-id',
      argv: ['upgrade', JOB, '--jar-id', JAR],
      message: '--previous-jar-id is needed to roll back',
    },
    {
      name: 'an unknown --mode',
      argv: ['upgrade', JOB, '--jar-id', JAR, '--no-rollback', '--mode', 'hot'],
      message: '--mode "hot" must be one of savepoint, last-state, stateless',
    },
    {
      name: 'a --healthy-for without unit',
      argv: ['upgrade', JOB, '--jar-id', JAR, '--no-rollback', '--healthy-for', '30'],
      message: 'duration "30"',
    },
    {
      name: '--checkpoints 0',
      argv: ['upgrade', JOB, '--jar-id', JAR, '--no-rollback', '--checkpoints', '0'],
      message: '--checkpoints "0" must be a whole number >= 1',
    },
    {
      name: '--resume with --jar',
      argv: ['upgrade', JOB, '--resume', 'state.json', '--jar', 'x.jar'],
      message: '--resume continues a saved upgrade',
    },
    {
      name: 'a job id that is not hex',
      argv: ['upgrade', 'nope', '--jar-id', JAR],
      message: 'job id "nope"',
    },
  ])('$name', async ({ argv, message }) => {
    const run = await cli(argv);
    expect(run.code).toBe(EXIT.USAGE);
    expect(run.stderr).toContain(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(sent()).toEqual([]);
  });

  it('--resume of a file that is not a state', async () => {
    const file = path.join(dir, 'state.json');
    await writeFile(file, 'not json');
    const run = await cli(['upgrade', JOB, '--resume', file]);
    expect(run.code).toBe(EXIT.USAGE);
    expect(run.stderr).toContain(`--resume ${file}: cannot read an upgrade state from it`);
  });
});

describe('flink-rest upgrade against the recorded JobManager', () => {
  it('exit 1 when Flink loses the stop: sent once, the state file kept, the job named', async () => {
    const stateFile = path.join(dir, 'state.json');
    const run = await cli([
      '--timeout',
      '3s',
      'upgrade',
      JOB,
      '--jar-id',
      JAR,
      '--previous-jar-id',
      JAR,
      '--healthy-for',
      '1s',
      '--state-file',
      stateFile,
    ]);
    expect(run.code).toBe(EXIT.FAILED);
    // The recording knows no stop trigger: a stop it answered and then does not know is lost,
    // and is not sent a second time (that could take a second savepoint).
    expect(sent().filter((s) => s.startsWith('POST'))).toEqual([`POST /v1/jobs/${JOB}/stop`]);
    expect(run.stderr).toContain(`upgrade of job ${JOB} failed at step stop`);
    expect(run.stderr).toContain(`no savepoint is known; check job ${JOB}`);
    const state = JSON.parse(await readFile(stateFile, 'utf8'));
    expect([state.step, state.failure.step]).toEqual(['failed', 'stop']);
    expect(state.stopTriggerId).toMatch(/^[0-9a-f]{32}$/);
  });

  it('--json: one FAILED document with the step and whether it rolled back', async () => {
    const run = await cli([
      '--json',
      '--timeout',
      '3s',
      'upgrade',
      JOB,
      '--jar-id',
      JAR,
      '--no-rollback',
      '--healthy-for',
      '1s',
    ]);
    expect(run.code).toBe(EXIT.FAILED);
    expect(JSON.parse(run.stdout)).toMatchObject({
      status: 'FAILED',
      jobId: JOB,
      step: 'stop',
      rolledBack: false,
    });
  });
});
