import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { likelyCause, logTail } from '../src/log-tail.js';

describe('likelyCause', () => {
  it.each([
    {
      name: 'the last ERROR message with its innermost cause',
      given: [
        '2026-11-28 20:26:20,100 ERROR org.example.A [] - first',
        '2026-11-28 20:26:20,608 ERROR org.apache.flink.runtime.entrypoint.ClusterEntrypoint        [] - Could not start cluster entrypoint StandaloneSessionClusterEntrypoint.',
        'org.apache.flink.runtime.entrypoint.ClusterEntrypointException: Failed to initialize the cluster entrypoint',
        '\tat org.apache.flink.runtime.entrypoint.ClusterEntrypoint.startCluster(ClusterEntrypoint.java:255)',
        'Caused by: java.io.IOException: Could not start the REST endpoint',
        'Caused by: java.net.BindException: Could not start rest endpoint on any port in port range 40000',
        '\t... 2 more',
      ].join('\n'),
      want: 'Could not start cluster entrypoint StandaloneSessionClusterEntrypoint. (caused by java.net.BindException: Could not start rest endpoint on any port in port range 40000)',
    },
    {
      name: 'an exception line when there is no ERROR',
      given: 'INFO a\njava.net.BindException: Address already in use\n\tat x.y(Z.java:1)',
      want: 'java.net.BindException: Address already in use',
    },
    { name: 'nothing', given: 'INFO all good', want: undefined },
  ])('$name', ({ given, want }) => {
    expect(likelyCause(given)).toBe(want);
  });
});

describe('logTail', () => {
  it('returns the last non-empty lines, or nothing for a missing file', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'log-tail-'));
    const file = path.join(dir, 'x.log');
    await writeFile(file, 'a\n\nb\nc\n\n');
    expect(await logTail(file, 2)).toBe('b\nc');
    expect(await logTail(path.join(dir, 'missing.log'))).toBe('');
  });
});
