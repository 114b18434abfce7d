import { supportedVersions } from '@flink-rest/versions';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../src/cli-main.js';

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  const code = await main(argv);
  vi.restoreAllMocks();
  return { code, stdout, stderr };
}

afterEach(() => vi.restoreAllMocks());

describe('flink-local-cluster CLI', () => {
  it('lists the version matrix', async () => {
    const { code, stdout } = await run(['versions']);
    expect(code).toBe(0);
    expect(stdout).toBe(supportedVersions.map((v) => `${v.line}\t${v.version}\n`).join(''));
  });

  it('lists the version matrix as JSON', async () => {
    const { stdout } = await run(['versions', '--json']);
    expect(JSON.parse(stdout)).toEqual(supportedVersions);
  });

  it.each([
    { name: 'an unknown command', argv: ['launch'], code: 2, says: 'unknown command "launch"' },
    {
      name: 'start without a version',
      argv: ['start'],
      code: 2,
      says: 'start needs --flink-version',
    },
    {
      name: 'an unknown flag',
      argv: ['start', '--flink-version', '2.3', '--nope'],
      code: 2,
      says: "'--nope'",
    },
    {
      name: 'a non-numeric task manager count',
      argv: ['start', '--flink-version', '2.3', '--task-managers', 'two'],
      code: 2,
      says: '--task-managers must be a whole number, got "two"',
    },
    {
      name: 'a malformed -D',
      argv: ['start', '--flink-version', '2.3', '-D', 'novalue'],
      code: 2,
      says: '-D needs key=value',
    },
    {
      name: 'an unsupported version',
      argv: ['start', '--flink-version', '1.14'],
      code: 1,
      says: 'Flink version "1.14" is not supported; supported: 1.18 (1.18.1)',
    },
    {
      name: 'a zero task manager count',
      argv: ['start', '--flink-version', '2.3', '--task-managers', '0'],
      code: 1,
      says: 'taskManagers must be a whole number from 1 to 16, got 0',
    },
    {
      name: 'a managed config key',
      argv: ['start', '--flink-version', '2.3', '-D', 'rest.port=1'],
      code: 1,
      says: 'config["rest.port"] is set by local-cluster itself',
    },
    {
      name: '--job-managers without --ha',
      argv: ['start', '--flink-version', '2.3', '--job-managers', '2'],
      code: 2,
      says: '--job-managers needs --ha',
    },
    {
      name: 'more JobManagers than an HA cluster takes',
      argv: ['start', '--flink-version', '2.3', '--ha', '--job-managers', '5'],
      code: 1,
      says: 'highAvailability.jobManagers must be a whole number from 1 to 4, got 5',
    },
    {
      name: 'stop of an unknown cluster',
      argv: ['stop', '--id', 'nope'],
      code: 2,
      says: 'no cluster started by this CLI matches --id nope',
    },
  ])('rejects $name', async ({ argv, code, says }) => {
    const result = await run(argv);
    expect(result.code).toBe(code);
    expect(result.stderr.split('\n')[0]).toContain(says);
    expect(result.stderr.split('\n')[0]).toMatch(/^flink-local-cluster: /);
  });
});
