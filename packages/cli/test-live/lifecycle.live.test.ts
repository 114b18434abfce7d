import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { buildSampleJob, type FlinkCluster, startFlinkCluster } from '@flink-rest/local-cluster';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../src/exit-codes.js';
import { runCli } from '../test/run-cli.js';

// Real Flink is the oracle: the CLI's whole savepoint lifecycle against real clusters of the
// newest and the oldest supported line (with the adaptive scheduler, which `rescale` needs).
// FLINK_CLI_LINES=2.3 narrows a local run.
const LINES = (process.env.FLINK_CLI_LINES ?? '2.3,1.18').split(',');
const UNKNOWN_TRIGGER = 'ffffffffffffffffffffffffffffffff';
const BIN = fileURLToPath(new URL('../bin/flink-rest.js', import.meta.url));

let cluster: FlinkCluster;
let jar: string;
beforeAll(async () => {
  jar = await buildSampleJob();
});

/** `flink-rest --url <cluster> --timeout 2m <argv>`, with its --json document parsed. */
async function cli(argv: string[]) {
  const run = await runCli(['--url', cluster.url, '--timeout', '2m', '--json', ...argv]);
  expect(run.stderr, `flink-rest ${argv.join(' ')}`).toBe('');
  expect(run.code, `flink-rest ${argv.join(' ')}`).toBe(EXIT.OK);
  return JSON.parse(run.stdout);
}

describe.each(LINES)('flink-rest against a real Flink %s', (LINE) => {
  beforeAll(async () => {
    cluster = await startFlinkCluster({
      flinkVersion: LINE,
      config: { 'jobmanager.scheduler': 'adaptive' },
    });
  });
  afterAll(async () => {
    await cluster?.stop();
  });

  it('upload, run, savepoint, stop with savepoint, restore from it, rescale, cancel, dispose', async () => {
    const { id: jarId } = await cli(['jars', 'upload', jar]);
    expect((await cli(['jars', 'list'])).files.map((f: { id: string }) => f.id)).toContain(jarId);
    const { jobId } = await cli(['jars', 'run', jarId, '--parallelism', '1']);
    expect(await cli(['jobs', 'wait', jobId, '--status', 'RUNNING', '--all-tasks'])).toEqual({
      jobId,
      status: 'RUNNING',
    });

    const savepoint = await cli([
      'savepoint',
      jobId,
      '--target-dir',
      `file://${cluster.savepointDir}`,
    ]);
    expect(savepoint).toMatchObject({ kind: 'savepoint', jobId, status: 'COMPLETED' });
    expect(existsSync(new URL(savepoint.location))).toBe(true);
    // The trigger id the CLI sent is the one Flink knows it by.
    expect(await cli(['savepoint', 'status', jobId, savepoint.triggerId])).toMatchObject({
      status: 'COMPLETED',
      location: savepoint.location,
    });
    const unknown = await runCli([
      '--url',
      cluster.url,
      'savepoint',
      'status',
      jobId,
      UNKNOWN_TRIGGER,
    ]);
    expect(unknown.code).toBe(EXIT.NOT_FOUND);

    const checkpoint = await cli(['checkpoint', jobId]);
    expect(checkpoint).toMatchObject({
      kind: 'checkpoint',
      status: 'COMPLETED',
      checkpointId: expect.any(Number),
    });
    expect(await cli(['checkpoints', 'get', jobId, String(checkpoint.checkpointId)])).toMatchObject(
      {
        id: checkpoint.checkpointId,
      },
    );

    const stopped = await cli(['stop', jobId]);
    expect(stopped).toMatchObject({ kind: 'stop-with-savepoint', status: 'COMPLETED' });
    await cli(['jobs', 'wait', jobId, '--status', 'FINISHED']);

    const { jobId: restored } = await cli([
      'jars',
      'run',
      jarId,
      '--from-savepoint',
      stopped.location,
    ]);
    await cli(['jobs', 'wait', restored, '--status', 'RUNNING', '--all-tasks']);
    const history = await cli(['checkpoints', 'list', restored]);
    expect(history.latest.restored.external_path).toBe(stopped.location);

    const job = await cli(['jobs', 'get', restored]);
    const vertex = job.vertices[0].id as string;
    const rescaled = await cli(['rescale', restored, '--parallelism', `${vertex}=2`]);
    expect(rescaled.resourceRequirements[vertex]).toEqual({
      parallelism: { lowerBound: 1, upperBound: 2 },
    });

    expect(await cli(['jobs', 'cancel', restored])).toEqual({
      jobId: restored,
      requested: 'cancel',
    });
    await cli(['jobs', 'wait', restored, '--status', 'CANCELED']);

    expect(await cli(['savepoint', 'dispose', savepoint.location])).toMatchObject({
      status: 'COMPLETED',
    });
    expect(existsSync(new URL(savepoint.location))).toBe(false);
    await cli(['jars', 'delete', jarId]);
    expect((await cli(['jars', 'list'])).files).toEqual([]);
    // Flink answers 400 "does not exist" for it; the CLI says not found.
    expect((await runCli(['--url', cluster.url, 'jars', 'delete', jarId])).code).toBe(
      EXIT.NOT_FOUND,
    );
  });

  it('reads the cluster: overview, config, task managers, job manager', async () => {
    expect((await cli(['overview']))['flink-version']).toMatch(
      new RegExp(`^${LINE.replace('.', '\\.')}\\.`),
    );
    await cli(['config']);
    const [tm] = (await cli(['taskmanagers', 'list'])).taskmanagers;
    await cli(['taskmanagers', 'get', tm.id]);
    // Metric values come from a fetcher that runs every few seconds: right after start the
    // answer may still be empty, so only its shape is checked.
    expect(
      await cli(['taskmanagers', 'metrics', tm.id, '--get', 'Status.JVM.CPU.Load']),
    ).toBeInstanceOf(Array);
    expect((await cli(['taskmanagers', 'thread-dump', tm.id])).threadInfos.length).toBeGreaterThan(
      0,
    );
    await cli(['jobmanager', 'config']);
    const { logs } = await cli(['jobmanager', 'logs']);
    const log = logs.find((l: { name: string }) => l.name.endsWith('.log'));
    expect((await cli(['jobmanager', 'logs', log.name])).content).toContain('org.apache.flink');
    const missing = await runCli(['--url', cluster.url, 'jobmanager', 'logs', 'no-such-file.log']);
    expect(missing.code).toBe(EXIT.NOT_FOUND);
    await cli(['jobmanager', 'metrics', '--get', 'numRegisteredTaskManagers']);
  });

  it('the installed bin: a real process, with the same exit codes', async () => {
    const { stdout } = await promisify(execFile)(BIN, ['--url', cluster.url, '--json', 'overview']);
    expect(JSON.parse(stdout)).toMatchObject({ taskmanagers: 1 });
    const failed = await promisify(execFile)(BIN, [
      '--url',
      cluster.url,
      'jobs',
      'get',
      '0'.repeat(32),
    ]).catch((e: { code: number; stderr: string }) => e);
    expect(failed).toMatchObject({ code: EXIT.NOT_FOUND });
  });
});
