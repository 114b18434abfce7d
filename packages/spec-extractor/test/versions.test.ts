import { describe, expect, it } from 'vitest';
import { selectReleases } from '../src/versions.js';

const supported = [
  { line: '1.20', version: '1.20.5' },
  { line: '2.3', version: '2.3.0' },
];

describe('selectReleases', () => {
  it.each([
    { name: 'all', given: 'all', want: supported },
    { name: 'a line', given: '2.3', want: [{ line: '2.3', version: '2.3.0' }] },
    {
      name: 'an exact version, even outside the matrix',
      given: '1.18.99',
      want: [{ line: '1.18', version: '1.18.99' }],
    },
  ])('$name', ({ given, want }) => {
    expect(selectReleases(given, supported)).toEqual(want);
  });

  it.each([
    { given: '1.17', error: '--flink-version 1.17: not a supported line (supported: 1.20, 2.3)' },
    {
      given: 'latest',
      error: '--flink-version latest: expected "all", a line such as 2.3, or X.Y.Z',
    },
    { given: '2.3.0-rc1', error: '--flink-version 2.3.0-rc1: expected' },
  ])('rejects $given', ({ given, error }) => {
    expect(() => selectReleases(given, supported)).toThrow(error);
  });
});
