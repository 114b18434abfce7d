import { describe, expect, it } from 'vitest';
import { CodegenError } from '../src/errors.js';
import {
  compareLines,
  lineOf,
  nearestPinned,
  pinnedVersions,
  resolvePinned,
} from '../src/versions.js';

const pinned = [
  { line: '1.18', version: '1.18.1' },
  { line: '1.20', version: '1.20.5' },
  { line: '2.3', version: '2.3.0' },
];

describe('versions', () => {
  it('reads the project matrix, oldest first', () => {
    expect(pinnedVersions.length).toBeGreaterThan(0);
    const lines = pinnedVersions.map((v) => v.line);
    expect([...lines].sort(compareLines)).toEqual(lines);
  });

  it.each([
    { given: '2.3', want: '2.3' },
    { given: '2.3.0', want: '2.3' },
    { given: '1.20.5', want: '1.20' },
    { given: '2.3-SNAPSHOT', want: '2.3' },
    { given: 'v1/2.3.0', want: '2.3' },
    { given: 'v1/1.17-SNAPSHOT', want: '1.17' },
    { given: '2.3.0-rc1', want: '2.3' },
    { given: 'latest', want: undefined },
    { given: '2', want: undefined },
  ])('lineOf($given) is $want', ({ given, want }) => {
    expect(lineOf(given)).toBe(want);
  });

  it('orders lines numerically', () => {
    expect(['2.0', '1.9', '1.18', '1.20'].sort(compareLines)).toEqual([
      '1.9',
      '1.18',
      '1.20',
      '2.0',
    ]);
  });

  it.each([
    { name: 'between two', given: '1.19', want: ['1.18', '1.20'] },
    { name: 'newer than all', given: '2.4', want: ['2.3'] },
    { name: 'older than all', given: '1.15', want: ['1.18'] },
  ])('nearestPinned: $name', ({ given, want }) => {
    expect(nearestPinned(given, pinned).map((v) => v.line)).toEqual(want);
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
        return e as CodegenError;
      }
    })();
    expect(error).toBeInstanceOf(CodegenError);
    expect(error?.code).toBe('UNPINNED_VERSION');
    expect(error?.message).toContain(says);
  });
});
