import { mkdtemp } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LocalClusterError, startFlinkCluster } from '../src/index.js';
import { ourJvms } from './our-jvms.js';

async function occupyPort(): Promise<{ port: number; close: () => void }> {
  const server = net.createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { port: (server.address() as net.AddressInfo).port, close: () => server.close() };
}

async function failure(promise: Promise<unknown>): Promise<LocalClusterError> {
  const error = await promise.then(
    () => {
      throw new Error('expected the start to fail');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LocalClusterError);
  expect((error as Error).message).not.toContain('\n');
  return error as LocalClusterError;
}

afterEach(() => {
  // Whatever failed, nothing may be left running.
  expect(ourJvms()).toEqual([]);
});

describe('bad input and failures during start', () => {
  it('refuses a REST port that is already in use, before starting any JVM', async () => {
    const busy = await occupyPort();
    try {
      const error = await failure(startFlinkCluster({ flinkVersion: '2.3', restPort: busy.port }));
      expect(error.code).toBe('PORT_IN_USE');
      expect(error.message).toBe(`port ${busy.port} (rest.port) on 127.0.0.1 is already in use`);
    } finally {
      busy.close();
    }
  });

  it('reports a JobManager that dies during start, with its log, and leaves no JVM', async () => {
    // rest.bind-port overrides the port we chose, so the REST endpoint fails to bind.
    const busy = await occupyPort();
    try {
      const error = await failure(
        startFlinkCluster({ flinkVersion: '2.3', config: { 'rest.bind-port': String(busy.port) } }),
      );
      expect(error.code).toBe('JVM_DIED');
      expect(error.message).toMatch(/^Flink 2\.3\.0 jobmanager \(pid \d+\) exited during start/);
      expect(error.message).toContain('BindException');
      expect(error.message).toContain(`log: ${error.logFile}`);
      expect(error.logTail).toContain('Could not start cluster entrypoint');
    } finally {
      busy.close();
    }
  });

  it('reports Maven unable to resolve (offline, empty repository) in one line', async () => {
    const cache = await mkdtemp(path.join(os.tmpdir(), 'flc-cache-'));
    const emptyRepo = await mkdtemp(path.join(os.tmpdir(), 'flc-m2-'));
    const saved = process.env.FLINK_LOCAL_CLUSTER_CACHE;
    process.env.FLINK_LOCAL_CLUSTER_CACHE = cache;
    try {
      const error = await failure(
        startFlinkCluster({
          flinkVersion: '1.18',
          mavenArgs: ['-o', `-Dmaven.repo.local=${emptyRepo}`],
        }),
      );
      expect(error.code).toBe('MAVEN_FAILED');
      expect(error.message).toMatch(
        /^Maven could not resolve Flink 1\.18\.1 \(org\.apache\.flink:flink-runtime-web:1\.18\.1\): /,
      );
      expect(error.message).toContain('offline');
      expect(error.message).toContain(
        `(full output: ${path.join(cache, 'classpath', '1.18.1', 'maven.log')})`,
      );
    } finally {
      if (saved === undefined) delete process.env.FLINK_LOCAL_CLUSTER_CACHE;
      else process.env.FLINK_LOCAL_CLUSTER_CACHE = saved;
    }
  });

  it('gives up at the start timeout and stops what it started', async () => {
    const error = await failure(startFlinkCluster({ flinkVersion: '2.3', startTimeoutMs: 1 }));
    expect(error.code).toBe('START_TIMEOUT');
    expect(error.message).toMatch(
      /^Flink 2\.3\.0 was not ready within 1 ms at http:\/\/127\.0\.0\.1:\d+ /,
    );
  });
});
