import { startMockJobManager } from '@flink-rest/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT } from '../src/exit-codes.js';
import { closedPort, type MockProxy, startProxy } from './proxy.js';
import { runCli } from './run-cli.js';

// The fixture's ids: its job, and what its scenario used for faults (recorded from real Flink 2.3):
// a savepoint of the unknown job 000…0 completes with a failure cause; fff…f is an unknown trigger.
const JOB = 'feed0000000000000000000000000001';
const UNKNOWN_JOB = '00000000000000000000000000000000';
const UNKNOWN_TRIGGER = 'ffffffffffffffffffffffffffffffff';
const SAVEPOINT_POLL = /^GET \/v1\/jobs\/[0-9a-f]{32}\/savepoints\/[0-9a-f]{32}$/;

let mock: Awaited<ReturnType<typeof startMockJobManager>>;
let proxy: MockProxy | undefined;
beforeEach(async () => {
  mock = await startMockJobManager({ flinkVersion: '2.3' });
});
afterEach(async () => {
  await proxy?.close();
  proxy = undefined;
  await mock.close();
});

const sent = () => (proxy?.seen ?? []).map((s) => `${s.method} ${s.path}`);

describe('exit 2: usage errors, one line on stderr, nothing sent', () => {
  it.each([
    {
      name: 'job id not hex',
      argv: ['savepoint', 'not-a-job'],
      message: 'job id "not-a-job" must be 32 hex',
    },
    { name: 'missing job', argv: ['savepoint'], message: "missing required argument 'job'" },
    {
      name: 'bad --timeout',
      argv: ['--timeout', '30', 'savepoint', JOB],
      message: 'duration "30"',
    },
    {
      name: 'bad --format',
      argv: ['savepoint', JOB, '--format', 'zip'],
      message: '--format "zip"',
    },
    {
      name: 'bad --type',
      argv: ['checkpoint', JOB, '--type', 'SNAPSHOT'],
      message: '--type "SNAPSHOT"',
    },
    {
      name: 'bad --trigger-id',
      argv: ['stop', JOB, '--trigger-id', 'xyz'],
      message: '--trigger-id "xyz"',
    },
    {
      name: 'unknown option',
      argv: ['jobs', 'list', '--bogus'],
      message: "unknown option '--bogus'",
    },
    {
      name: 'unknown command, with its suggestion on the same line',
      argv: ['jobz'],
      message: "unknown command 'jobz' (Did you mean jobs?)",
    },
    {
      name: 'jobs wait without --status',
      argv: ['jobs', 'wait', JOB],
      message: "'--status <statuses>' not specified",
    },
    {
      name: 'bad status',
      argv: ['jobs', 'wait', JOB, '--status', 'DONE'],
      message: '--status "DONE"',
    },
    {
      name: 'checkpoint id 0',
      argv: ['checkpoints', 'get', JOB, '0'],
      message: 'checkpoint id "0"',
    },
    {
      name: 'jars run --parallelism 0',
      argv: ['jars', 'run', 'x.jar', '--parallelism', '0'],
      message: '--parallelism "0"',
    },
    {
      name: 'rescale without =',
      argv: ['rescale', JOB, '--parallelism', '4'],
      message: '<vertex>=<n>',
    },
    {
      name: 'unsupported line',
      argv: ['--flink-version', '9.9', 'overview'],
      message: 'not a supported Flink line',
    },
    {
      name: 'token and basic auth',
      argv: ['--token', 'token-value', '--user', 'u', '--password', 'password-value', 'overview'],
      message: 'not both',
    },
    {
      name: 'CA file on http',
      argv: ['--ca-file', 'ca.pem', 'overview'],
      message: 'need an https:// --url',
    },
    {
      name: 'unreadable CA file',
      argv: ['--url', 'https://127.0.0.1:1', '--ca-file', '/nonexistent/ca.pem', 'overview'],
      message: '--ca-file /nonexistent/ca.pem: cannot read it (ENOENT)',
    },
  ])('$name', async ({ argv, message }) => {
    proxy = await startProxy(mock.url);
    const run = await runCli(argv[0] === '--url' ? argv : ['--url', proxy.url, ...argv]);
    expect(run.code).toBe(EXIT.USAGE);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(sent()).toEqual([]);
  });

  it('a command group without its subcommand: its help on stderr, exit 2', async () => {
    const run = await runCli(['jobs']);
    expect(run.code).toBe(EXIT.USAGE);
    expect(run.stderr).toContain('Usage: flink-rest jobs');
  });

  it('--help: usage on stdout, exit 0, exit codes documented', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(EXIT.OK);
    expect(run.stdout).toMatch(/Usage: flink-rest/);
    expect(run.stdout).toContain('130  interrupted');
  });
});

describe('exit codes from Flink (the recorded fixture) and the network', () => {
  it('1: the savepoint fails with a cause: its class and first line on stderr; --verbose adds the trace', async () => {
    const run = await runCli(['--url', mock.url, 'savepoint', UNKNOWN_JOB]);
    expect(run.code).toBe(EXIT.FAILED);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      /^error: savepoint [0-9a-f]{32} of job 0{32} failed: java\.util\.concurrent\.CompletionException: .*FlinkJobNotFoundException/,
    );
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    const verbose = await runCli(['--url', mock.url, '--verbose', 'savepoint', UNKNOWN_JOB]);
    expect(verbose.code).toBe(EXIT.FAILED);
    expect(verbose.stderr.trimEnd().split('\n').length).toBeGreaterThan(1);
  });

  it('1 with --json: one document with status FAILED', async () => {
    const run = await runCli(['--url', mock.url, '--json', 'savepoint', UNKNOWN_JOB]);
    expect(run.code).toBe(EXIT.FAILED);
    expect(JSON.parse(run.stdout)).toMatchObject({
      kind: 'savepoint',
      jobId: UNKNOWN_JOB,
      status: 'FAILED',
    });
  });

  it.each([
    {
      name: 'an unknown trigger id',
      argv: ['savepoint', 'status', JOB, UNKNOWN_TRIGGER],
      message: `Flink does not know savepoint ${UNKNOWN_TRIGGER}`,
    },
    {
      name: 'an unknown trigger id, waiting',
      argv: ['savepoint', 'status', JOB, UNKNOWN_TRIGGER, '--wait'],
      message: `Flink does not know savepoint ${UNKNOWN_TRIGGER}`,
    },
    {
      name: 'an unknown job',
      argv: ['jobs', 'get', UNKNOWN_JOB],
      message: `Job ${UNKNOWN_JOB} not found`,
    },
  ])('4: $name', async ({ argv, message }) => {
    const run = await runCli(['--url', mock.url, ...argv]);
    expect(run.code).toBe(EXIT.NOT_FOUND);
    expect(run.stderr).toContain(message);
  });

  it.each([['overview'], ['--flink-version', '2.3', 'savepoint', JOB]])(
    '5: nothing listens (%s)',
    async (...argv) => {
      const run = await runCli(['--url', `http://127.0.0.1:${await closedPort()}`, ...argv]);
      expect(run.code).toBe(EXIT.CONNECTION);
      expect(run.stderr).toMatch(/^error: .* got no answer/);
    },
  );
});

describe('waits: timeout (3), Ctrl-C (130), a lost trigger answer', () => {
  it('3: the poll never answers within --timeout: the trigger id and how to resume', async () => {
    proxy = await startProxy(mock.url, { hold: SAVEPOINT_POLL });
    const run = await runCli(['--url', proxy.url, '--timeout', '300ms', 'savepoint', JOB]);
    expect(run.code).toBe(EXIT.TIMEOUT);
    expect(run.stderr).toContain(
      `savepoint trigger id feed0000000000000000000000000005: the operation may still finish; resume with: flink-rest --url ${proxy.url} savepoint status ${JOB} feed0000000000000000000000000005 --wait`,
    );
  });

  it('130: Ctrl-C while waiting ends the wait, prints the trigger id; --json says INTERRUPTED', async () => {
    for (const json of [false, true]) {
      const interrupt = new AbortController();
      proxy = await startProxy(mock.url, { hold: SAVEPOINT_POLL, onHold: () => interrupt.abort() });
      const run = await runCli(
        ['--url', proxy.url, ...(json ? ['--json'] : []), 'savepoint', JOB],
        {
          signal: interrupt.signal,
        },
      );
      expect(run.code).toBe(EXIT.INTERRUPTED);
      expect(run.stderr).toContain(
        'savepoint trigger id feed0000000000000000000000000005: the operation goes on; resume with:',
      );
      if (json)
        expect(JSON.parse(run.stdout)).toMatchObject({
          status: 'INTERRUPTED',
          triggerId: 'feed0000000000000000000000000005',
        });
      else expect(run.stdout).toBe('');
      await proxy.close();
      proxy = undefined;
    }
  });

  it('a lost trigger answer: the trigger is re-sent with the same trigger id and the savepoint completes', async () => {
    proxy = await startProxy(mock.url, { cutFirst: /^POST \/v1\/jobs\/[0-9a-f]{32}\/savepoints$/ });
    const run = await runCli(['--url', proxy.url, 'savepoint', JOB]);
    expect(run.code).toBe(EXIT.OK);
    const triggers = (proxy.seen ?? [])
      .filter((s) => s.method === 'POST')
      .map((s) => JSON.parse(s.body).triggerId);
    expect(triggers).toHaveLength(2);
    expect(triggers[1]).toBe(triggers[0]);
  });
});

describe('secrets are never printed', () => {
  const TOKEN = 'tok-s3cret-value';
  const PASSWORD = 'pw-s3cret-value';

  it.each([
    {
      name: 'token from env, a 404',
      argv: ['jobs', 'get', UNKNOWN_JOB],
      env: { FLINK_REST_TOKEN: TOKEN },
    },
    {
      name: 'token flag, a failure cause, verbose',
      argv: ['--token', TOKEN, '--verbose', 'savepoint', UNKNOWN_JOB],
      env: {},
    },
    {
      name: 'basic auth, json',
      argv: ['--user', 'admin', '--json', 'savepoint', JOB],
      env: { FLINK_REST_PASSWORD: PASSWORD },
    },
    {
      name: 'a usage error quoting an argument',
      argv: ['--token', TOKEN, `--tokn=${TOKEN}`, 'overview'],
      env: {},
    },
    {
      name: 'help with secrets in the environment',
      argv: ['--help'],
      env: { FLINK_REST_TOKEN: TOKEN, FLINK_REST_PASSWORD: PASSWORD },
    },
  ])('$name', async ({ argv, env }) => {
    proxy = await startProxy(mock.url);
    const run = await runCli(['--url', proxy.url, ...argv], { env });
    const printed = run.stdout + run.stderr;
    for (const secret of [TOKEN, PASSWORD, btoa(`admin:${PASSWORD}`)])
      expect(printed).not.toContain(secret);
  });

  it('the secrets did reach the server (so the check above could have failed)', async () => {
    proxy = await startProxy(mock.url);
    await runCli(['--url', proxy.url, 'overview'], { env: { FLINK_REST_TOKEN: TOKEN } });
    await runCli(['--url', proxy.url, '--user', 'admin', 'overview'], {
      env: { FLINK_REST_PASSWORD: PASSWORD },
    });
    expect(proxy.seen.map((s) => s.authorization)).toContain(`Bearer ${TOKEN}`);
    expect(proxy.seen.map((s) => s.authorization)).toContain(`Basic ${btoa(`admin:${PASSWORD}`)}`);
  });
});
