import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { type MockJobManager, startMockJobManager } from '@flink-rest/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMutatingProxy } from './mutating-proxy.js';
import { runDrift, runDriftWith } from './run-drift.js';

/** A port nothing listens on: taken from the OS, then let go. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('probe command line', () => {
  it.each([
    { name: 'no --url', args: [], want: 'missing --url <jobmanager> (or FLINK_REST_URL)' },
    {
      name: 'a bad format',
      args: ['--url', 'http://x', '--format', 'xml'],
      want: '--format xml: expected one of text, markdown, json, junit',
    },
    {
      name: 'a zero timeout',
      args: ['--url', 'http://x', '--timeout', '0s'],
      want: '--timeout 0s: duration "0s" must be more than 0',
    },
    {
      name: 'a bad job id',
      args: ['--url', 'http://x', '--job', 'abc'],
      want: '--job abc: expected a 32-hex job id',
    },
    {
      name: 'an unpinned line',
      args: ['--url', 'http://x', '--flink-version', '1.17'],
      want: '--flink-version 1.17: expected auto or a supported line',
    },
    {
      name: 'too much concurrency',
      args: ['--url', 'http://x', '--concurrency', '500'],
      want: '--concurrency 500: expected a whole number from 1 to 64',
    },
    {
      name: 'TLS over http',
      args: ['--url', 'http://x', '--ca-file', '/dev/null'],
      want: '--ca-file, --cert-file and --key-file need an https:// --url',
    },
    {
      name: 'token and user',
      args: ['--url', 'http://x', '--token', 'SECRET1', '--user', 'u', '--password', 'SECRET2'],
      want: 'give either a token (--token) or basic credentials (--user), not both',
    },
  ])('$name: exit 2, one line', async ({ args, want }) => {
    const { code, stdout, stderr } = await runDrift('probe', ...args);
    expect(stderr).toContain(want);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/SECRET/);
    expect([code, stdout]).toEqual([2, '']);
  });

  it('--token on diff is a usage error', async () => {
    const { code, stderr } = await runDrift('diff', '--from', '2.2', '--to', '2.3', '--token', 'x');
    expect([code, stderr]).toEqual([
      2,
      'flink-drift: --token applies to probe only, not to diff (see flink-drift --help)\n',
    ]);
  });

  it('an unreachable cluster: exit 3, one line, no secret', async () => {
    const url = `http://127.0.0.1:${await closedPort()}`;
    const { code, stdout, stderr } = await runDriftWith(
      { env: { FLINK_REST_TOKEN: 'SECRET-TOKEN' } },
      'probe',
      '--url',
      url,
    );
    expect(stderr).toMatch(new RegExp(`^flink-drift: GET ${url}/v1/config: .*ECONNREFUSED.*\\n$`));
    expect(stderr).not.toContain('SECRET');
    expect([code, stdout]).toEqual([3, '']);
  });
});

describe('probe of a cluster', () => {
  let mock: MockJobManager;
  beforeAll(async () => {
    mock = await startMockJobManager({ flinkVersion: '2.2', scenario: 'probe' });
  });
  afterAll(async () => {
    await mock?.close();
  });

  it('a release whose line is not pinned: exit 3', async () => {
    const proxy = await startMutatingProxy(mock.url, {
      '/v1/config': {
        kind: 'edit',
        edit: (b) => ({ ...(b as object), 'flink-version': '1.17.2' }),
      },
    });
    try {
      const { code, stderr } = await runDrift('probe', '--url', proxy.url);
      expect(stderr).toBe(
        'flink-drift: the cluster runs Flink 1.17.2, whose line is not pinned; pinned: 1.18, 1.19, 1.20, 2.0, 2.1, 2.2, 2.3\n',
      );
      expect(code).toBe(3);
    } finally {
      await proxy.close();
    }
  });

  it('appends the Markdown report to $GITHUB_STEP_SUMMARY and writes --out', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'probe-summary-'));
    try {
      const summary = path.join(dir, 'summary.md');
      const out = path.join(dir, 'report.xml');
      await writeFile(summary, '# earlier step\n');
      const { code, stdout, stderr } = await runDriftWith(
        { env: { GITHUB_STEP_SUMMARY: summary, FLINK_REST_URL: mock.url } },
        'probe',
        '--format',
        'junit',
        '--out',
        out,
      );
      expect(code).toBe(0);
      expect(stdout).toBe('');
      expect(stderr).toMatch(
        /wrote .*summary\.md\n.*wrote .*report\.xml \(\d+ operations checked, 0 mismatches, 0 errors\)\n$/,
      );
      const text = await readFile(summary, 'utf8');
      expect(text).toMatch(
        /^# earlier step\n## flink-drift probe: no drift\n\nFlink 2\.2\.\d+ at /,
      );
      expect(await readFile(out, 'utf8')).toMatch(
        /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites /,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('--flink-version names the spec instead of the cluster: 2.2 answers against the 2.3 spec', async () => {
    const pinned = await runDrift(
      'probe',
      '--url',
      mock.url,
      '--flink-version',
      '2.2',
      '--format',
      'json',
    );
    expect(JSON.parse(pinned.stdout)).toMatchObject({ line: '2.2', summary: { drift: 0 } });
    const other = await runDrift(
      'probe',
      '--url',
      mock.url,
      '--flink-version',
      '2.3',
      '--format',
      'json',
    );
    const report = JSON.parse(other.stdout);
    expect(report).toMatchObject({ line: '2.3', flinkRelease: expect.stringMatching(/^2\.2\./) });
    // 2.2 sends the same shapes the overlaid 2.3 spec describes on these endpoints.
    expect(report.operationsChecked).toBeGreaterThanOrEqual(15);
  });

  it('sends the token and never prints it', async () => {
    const seen: string[] = [];
    const { code, stdout, stderr } = await runDriftWith(
      {
        env: { FLINK_REST_TOKEN: 'SECRET-TOKEN' },
        probe: {
          fetch: (request) => {
            seen.push(request.headers.get('authorization') ?? '');
            return fetch(request);
          },
        },
      },
      'probe',
      '--url',
      mock.url,
      '--format',
      'json',
    );
    expect(code).toBe(0);
    expect(new Set(seen)).toEqual(new Set(['Bearer SECRET-TOKEN']));
    expect(stdout + stderr).not.toContain('SECRET');
  });
});
