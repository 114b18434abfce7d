import { spawn } from 'node:child_process';
import { supportedLines } from '@flink-rest/versions';
import { afterEach, describe, expect, it } from 'vitest';
import { readFixtureSync } from '../src/fixture-files.js';
import { MOCK_HELP, parseMockArgs } from '../src/mock-args.js';
import { type MockJobManager, startMockJobManager } from '../src/mock-jobmanager.js';
import { loadPinnedSpec } from '../src/pinned-spec.js';

let mock: MockJobManager | undefined;
afterEach(async () => {
  await mock?.close();
  mock = undefined;
});

// Starting a mock imports the spec loader on first use and reads a spec: seconds on a busy
// machine, more than vitest's default 5 s. The CLI tests spawn node with tsx besides.
const MOCK_TIMEOUT_MS = 60_000;

describe('startMockJobManager', { timeout: MOCK_TIMEOUT_MS }, () => {
  it('serves the spec with overlays at /v1/api-docs (and /api-docs)', async () => {
    mock = await startMockJobManager({ flinkVersion: '2.3' });
    const want = await loadPinnedSpec('2.3', { overlays: true });
    for (const path of ['/v1/api-docs', '/api-docs']) {
      const r = await fetch(`${mock.url}${path}`);
      expect(r.headers.get('content-type')).toBe('application/json');
      expect(await r.json()).toEqual(want);
    }
  });

  it('answers repeats of a request in recorded order over HTTP', async () => {
    mock = await startMockJobManager({ flinkVersion: '1.18' });
    const fixture = readFixtureSync('1.18');
    const first = fixture.exchanges.find(
      (e) => e.request.method === 'GET' && e.request.path === '/config',
    );
    const r = await fetch(`${mock.url}/v1/config`);
    expect(r.status).toBe(first?.response.status);
    expect(await r.json()).toEqual(first?.response.body);
  });

  it('says a request without a recorded answer comes from the mock', async () => {
    mock = await startMockJobManager({ flinkVersion: '2.0' });
    const r = await fetch(`${mock.url}/v1/no/such/thing?x=1`);
    expect(r.status).toBe(404);
    expect(await r.json()).toEqual({
      errors: [
        'flink-mock-jobmanager: no recorded exchange of Flink 2.0 (lifecycle) for GET /v1/no/such/thing?x=1',
      ],
    });
  });

  it('refuses an unknown version with a one-line error', async () => {
    await expect(startMockJobManager({ flinkVersion: '1.17' })).rejects.toThrow(
      `flinkVersion "1.17" is not a supported Flink line; supported: ${supportedLines.join(', ')}`,
    );
  });
});

describe('parseMockArgs', () => {
  it.each([
    {
      name: 'version and port',
      given: ['--flink-version', '2.3', '--port', '8081'],
      want: { flinkVersion: '2.3', port: 8081, scenario: 'lifecycle' },
    },
    {
      name: 'defaults',
      given: ['--flink-version', '1.18'],
      want: { flinkVersion: '1.18', port: 0, scenario: 'lifecycle' },
    },
    { name: 'help', given: ['--flink-version', '2.3', '--help'], want: 'help' },
  ])('$name', ({ given, want }) => {
    expect(parseMockArgs(given)).toEqual(want);
  });

  it.each([
    { name: 'no version', given: [], error: /^--flink-version is required/ },
    {
      name: 'unknown version',
      given: ['--flink-version', '9.9'],
      error: /^--flink-version "9.9" is not a supported Flink line/,
    },
    {
      name: 'bad port',
      given: ['--flink-version', '2.3', '--port', 'x'],
      error: /^--port must be a whole number from 0 to 65535, got x$/,
    },
    { name: 'missing value', given: ['--flink-version'], error: /^--flink-version needs a value/ },
    { name: 'unknown flag', given: ['--nope'], error: /^unknown argument "--nope"/ },
  ])('$name', ({ given, error }) => {
    expect(() => parseMockArgs(given)).toThrow(error);
  });
});

describe('flink-mock-jobmanager CLI', () => {
  it(
    'prints its URL, answers, and stops on SIGTERM',
    async () => {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', 'src/mock-cli.ts', '--flink-version', '2.3'],
        { cwd: new URL('..', import.meta.url), stdio: ['ignore', 'pipe', 'pipe'] },
      );
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.once('data', (d: Buffer) => resolve(d.toString().trim()));
        child.once('exit', (code) => reject(new Error(`exited ${code}`)));
      });
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const r = await fetch(`${url}/v1/config`);
      expect(((await r.json()) as Record<string, unknown>)['flink-version']).toBe('2.3.0');
      const exit = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      expect(await exit).toBe(0);
    },
    MOCK_TIMEOUT_MS,
  );

  it(
    'prints its help and exits 0',
    async () => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/mock-cli.ts', '--help'], {
        cwd: new URL('..', import.meta.url),
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      child.stdout.on('data', (d: Buffer) => {
        stdout += d.toString();
      });
      expect(await new Promise((resolve) => child.once('exit', resolve))).toBe(0);
      expect(stdout).toBe(MOCK_HELP);
    },
    MOCK_TIMEOUT_MS,
  );

  it(
    'exits 2 with a one-line usage error',
    async () => {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', 'src/mock-cli.ts', '--flink-version', '0.1'],
        {
          cwd: new URL('..', import.meta.url),
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
      });
      const code = await new Promise((resolve) => child.once('exit', resolve));
      expect(code).toBe(2);
      expect(stderr.trim().split('\n')).toEqual([
        expect.stringMatching(
          /^flink-mock-jobmanager: --flink-version "0.1" is not a supported Flink line/,
        ),
      ]);
    },
    MOCK_TIMEOUT_MS,
  );
});
