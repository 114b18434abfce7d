import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../src/cli-args.js';

describe('parseCliArgs', () => {
  it.each([
    {
      name: 'extract defaults to all versions',
      given: ['extract'],
      want: { command: 'extract', flinkVersion: 'all', jobs: 1, verbose: false },
    },
    {
      name: 'check one line, one job, verbose',
      given: ['check', '--flink-version', '2.3', '--jobs=1', '--verbose'],
      want: { command: 'check', flinkVersion: '2.3', jobs: 1, verbose: true },
    },
    {
      name: 'extract an exact version elsewhere',
      given: ['extract', '--flink-version=1.18.99', '--out-dir', '/tmp/x'],
      want: {
        command: 'extract',
        flinkVersion: '1.18.99',
        outDir: '/tmp/x',
        jobs: 1,
        verbose: false,
      },
    },
  ])('$name', ({ given, want }) => {
    expect(parseCliArgs(given)).toEqual(want);
  });

  it.each([
    { name: 'no command', given: [], error: 'missing command: extract or check' },
    {
      name: 'unknown command',
      given: ['build'],
      error: 'unknown command "build" (expected extract or check)',
    },
    { name: 'unknown flag', given: ['extract', '--flink'], error: 'unknown argument "--flink"' },
    {
      name: 'missing value',
      given: ['extract', '--flink-version'],
      error: '--flink-version needs a value',
    },
    {
      name: 'flag instead of a value',
      given: ['extract', '--flink-version', '--verbose'],
      error: '--flink-version needs a value',
    },
    {
      name: 'bad jobs',
      given: ['check', '--jobs', '0'],
      error: '--jobs 0: expected an integer from 1 to 16',
    },
    {
      name: 'out-dir on check',
      given: ['check', '--out-dir', 'x'],
      error: '--out-dir only applies to extract',
    },
  ])('rejects $name', ({ given, error }) => {
    expect(() => parseCliArgs(given)).toThrow(error);
  });
});
