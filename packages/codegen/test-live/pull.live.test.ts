/**
 * Against a real Flink 2.3 cluster: Flink serves no spec, so `pull` reads the cluster's
 * version and writes our pinned 2.3 spec. Also checks that the offline tests' fake Flink
 * answers what the real one does.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type FlinkCluster, startFlinkCluster } from '@flink-rest/local-cluster';
import { pinnedSpecPath } from '@flink-rest/specs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../test/run-cli.js';

let cluster: FlinkCluster;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'codegen-live-'));
  cluster = await startFlinkCluster({ flinkVersion: '2.3' });
});

afterAll(async () => {
  await cluster?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('flink-codegen pull from a real Flink 2.3 cluster', () => {
  it('answers /v1/api-docs and /v1/config as the offline fake does', async () => {
    const docs = await fetch(`${cluster.url}/v1/api-docs`);
    expect(docs.status).toBe(404);
    expect(await docs.json()).toEqual({ errors: ['Unable to load requested file /v1/api-docs.'] });
    const config = (await (await fetch(`${cluster.url}/v1/config`)).json()) as Record<
      string,
      unknown
    >;
    expect(config['flink-version']).toBe(cluster.flinkVersion);
  });

  it('writes the pinned 2.3 spec and says why on stderr', async () => {
    const out = path.join(dir, 'flink.yaml');
    const result = await runCli(['pull', '--url', cluster.url, '--out', out]);
    const pinned = pinnedSpecPath('2.3');
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      `${cluster.url}/v1/api-docs answered 404 (Flink serves no spec); the cluster runs Flink ${cluster.flinkVersion}`,
    );
    expect(result.stderr).toContain(`using the pinned spec of line 2.3 (${pinned}`);
    expect(await readFile(out, 'utf8')).toBe(await readFile(pinned, 'utf8'));

    const types = path.join(dir, 'flink.ts');
    const generated = await runCli(['generate', '--spec', out, '--out', types]);
    expect(generated).toMatchObject({ code: 0, stderr: '' });
    expect(await readFile(types, 'utf8')).toContain('Flink 2.3 JobManager REST API');
  });
});
