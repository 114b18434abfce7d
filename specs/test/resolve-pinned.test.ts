import { newestVersion } from '@flink-rest/versions';
import { describe, expect, it } from 'vitest';
import { SpecError } from '../src/errors.js';
import { resolvePinned } from '../src/resolve-pinned.js';

const pinned = [
  { line: '1.18', version: '1.18.1' },
  { line: '1.20', version: '1.20.5' },
  { line: '2.3', version: '2.3.0' },
];

describe('resolvePinned', () => {
  it('defaults to the version matrix', () => {
    expect(resolvePinned(newestVersion.version)).toEqual(newestVersion);
  });

  it.each([
    { given: '2.3', want: '2.3.0' },
    { given: '2.3.0', want: '2.3.0' },
    { given: '2.3.1', want: '2.3.0' },
  ])('resolvePinned($given) uses the pinned $want', ({ given, want }) => {
    expect(resolvePinned(given, undefined, pinned).version).toBe(want);
  });

  it.each([
    {
      given: '2.4.0',
      says: 'Flink 2.4.0 (from http://h/v1/config) has no pinned spec; nearest pinned: 2.3 (2.3.0)',
    },
    { given: '1.19.3', says: 'nearest pinned: 1.18 (1.18.1), 1.20 (1.20.5)' },
    {
      given: 'banana',
      says: '"banana" (from http://h/v1/config) is not a Flink version; pinned: 1.18 (1.18.1)',
    },
  ])('resolvePinned($given) fails naming the nearest pinned lines', ({ given, says }) => {
    const error = (() => {
      try {
        resolvePinned(given, 'http://h/v1/config', pinned);
      } catch (e) {
        return e as SpecError;
      }
    })();
    expect(error).toBeInstanceOf(SpecError);
    expect(error?.code).toBe('UNPINNED_VERSION');
    expect(error?.message).toContain(says);
  });
});
