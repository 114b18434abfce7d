import { describe, expect, it } from 'vitest';
import {
  parseFlinkVersion,
  parseHexId,
  parseNameList,
  parseOneOf,
  parsePositiveInt,
  parseStatuses,
  parseUrl,
  parseVertexParallelism,
  SAVEPOINT_FORMATS,
} from '../src/argument-parsers.js';
import { UsageError } from '../src/errors.js';

const V1 = 'a'.repeat(32);
const V2 = 'b'.repeat(32);

describe('argument parsers: accepted values', () => {
  it.each([
    { name: 'job id', run: () => parseHexId('job id')(V1), want: V1 },
    {
      name: 'format, any case',
      run: () => parseOneOf('--format', SAVEPOINT_FORMATS)('native'),
      want: 'NATIVE',
    },
    {
      name: 'statuses',
      run: () => parseStatuses('RUNNING,finished'),
      want: ['RUNNING', 'FINISHED'],
    },
    { name: 'names', run: () => parseNameList('--get')('a, b'), want: ['a', 'b'] },
    { name: 'positive int', run: () => parsePositiveInt('--parallelism')('4'), want: 4 },
    { name: 'vertex=n', run: () => parseVertexParallelism(`${V1}=3`), want: { [V1]: 3 } },
    {
      name: 'vertex=n, repeated',
      run: () => parseVertexParallelism(`${V2}=2`, { [V1]: 3 }),
      want: { [V1]: 3, [V2]: 2 },
    },
    { name: 'flink version auto', run: () => parseFlinkVersion('auto'), want: 'auto' },
    { name: 'flink version line', run: () => parseFlinkVersion('1.18'), want: '1.18' },
    {
      name: 'https url',
      run: () => parseUrl('https://flink:8443/prefix'),
      want: 'https://flink:8443/prefix',
    },
  ])('$name', ({ run, want }) => {
    expect(run()).toEqual(want);
  });
});

describe('argument parsers: refused values name the option and never echo a URL', () => {
  it.each([
    {
      name: 'short job id',
      run: () => parseHexId('job id')('abc'),
      message: 'job id "abc" must be 32 hex',
    },
    {
      name: 'upper-case job id',
      run: () => parseHexId('job id')(V1.toUpperCase()),
      message: 'must be 32 hex',
    },
    {
      name: 'format',
      run: () => parseOneOf('--format', SAVEPOINT_FORMATS)('zip'),
      message: '--format "zip"',
    },
    { name: 'status', run: () => parseStatuses('RUNNING,DONE'), message: '--status "DONE"' },
    { name: 'empty name', run: () => parseNameList('--get')('a,,b'), message: '--get "a,,b"' },
    {
      name: 'zero',
      run: () => parsePositiveInt('--parallelism')('0'),
      message: '--parallelism "0"',
    },
    { name: 'fraction', run: () => parsePositiveInt('--parallelism')('1.5'), message: '"1.5"' },
    { name: 'vertex without =', run: () => parseVertexParallelism(V1), message: '<vertex>=<n>' },
    { name: 'vertex not hex', run: () => parseVertexParallelism('map=2'), message: '<vertex>=<n>' },
    {
      name: 'vertex n = 0',
      run: () => parseVertexParallelism(`${V1}=0`),
      message: 'must be a whole number',
    },
    {
      name: 'vertex twice',
      run: () => parseVertexParallelism(`${V1}=2`, { [V1]: 3 }),
      message: 'twice',
    },
    {
      name: 'flink version',
      run: () => parseFlinkVersion('latest'),
      message: '--flink-version "latest"',
    },
    { name: 'url scheme', run: () => parseUrl('ftp://flink'), message: '--url must be an http' },
    { name: 'url garbage', run: () => parseUrl('not a url'), message: '--url must be an http' },
    {
      name: 'url with credentials',
      run: () => parseUrl('http://admin:s3cret@flink:8081'),
      message: 'must not carry credentials',
    },
  ])('$name', ({ run, message }) => {
    let thrown: unknown;
    try {
      run();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UsageError);
    expect((thrown as Error).message).toContain(message);
    expect((thrown as Error).message).not.toContain('s3cret');
  });
});
