import { describe, expect, it } from 'vitest';
import {
  compareLines,
  describeSupported,
  findRelease,
  findSupported,
  lineOf,
  nearestSupported,
  newestVersion,
  oldestVersion,
  parseMatrix,
  supportedLines,
  supportedVersions,
} from '../src/index.js';
import matrixFile from '../versions.json' with { type: 'json' };

const matrix = [
  { line: '1.18', version: '1.18.1' },
  { line: '1.20', version: '1.20.5' },
  { line: '2.3', version: '2.3.0' },
];

describe('the version matrix', () => {
  it('is versions.json, checked, oldest first', () => {
    expect(supportedVersions).toEqual(matrixFile.versions);
    expect(supportedLines).toEqual(matrixFile.versions.map((v) => v.line));
    expect([...supportedLines].sort(compareLines)).toEqual(supportedLines);
    expect(oldestVersion).toBe(supportedVersions[0]);
    expect(newestVersion).toBe(supportedVersions.at(-1));
    expect(Object.isFrozen(supportedVersions)).toBe(true);
  });

  it.each([
    { name: 'no versions array', given: {}, error: '"versions" must be a non-empty array' },
    {
      name: 'an empty list',
      given: { versions: [] },
      error: '"versions" must be a non-empty array',
    },
    { name: 'not an object', given: null, error: '"versions" must be a non-empty array' },
    {
      name: 'a release outside its line',
      given: { versions: [{ line: '2.3', version: '2.2.0' }] },
      error: 'versions[0] must be {"line": "X.Y", "version": "X.Y.Z"}',
    },
    {
      name: 'a line that is not X.Y',
      given: { versions: [{ line: '2', version: '2.0.0' }] },
      error: 'versions[0] must be',
    },
    {
      name: 'a release that is not X.Y.Z',
      given: { versions: [{ line: '2.3', version: '2.3.0-rc1' }] },
      error: 'versions[0] must be',
    },
    {
      name: 'lines out of order',
      given: { versions: [matrix[2], matrix[0]] },
      error: 'versions[1] (1.18) must be newer than versions[0] (2.3)',
    },
    {
      name: 'a line twice',
      given: { versions: [matrix[0], { line: '1.18', version: '1.18.0' }] },
      error: 'versions[1] (1.18) must be newer than versions[0] (1.18)',
    },
  ])('refuses $name, naming the file', ({ given, error }) => {
    expect(() => parseMatrix(given, 'm.json')).toThrow(TypeError);
    expect(() => parseMatrix(given, 'm.json')).toThrow(`m.json: ${error}`);
  });
});

describe('lineOf', () => {
  it.each([
    { given: '2.3', want: '2.3' },
    { given: '2.3.0', want: '2.3' },
    { given: ' 2.3.0 ', want: '2.3' },
    { given: '1.20.5', want: '1.20' },
    { given: '2.3-SNAPSHOT', want: '2.3' },
    { given: 'v1/2.3.0', want: '2.3' },
    { given: 'v1/1.17-SNAPSHOT', want: '1.17' },
    { given: 'v2.3.0', want: '2.3' },
    { given: '2.3.0-rc1', want: '2.3' },
    { given: '01.018', want: '1.18' },
    { given: 'latest', want: undefined },
    { given: '2', want: undefined },
    { given: '2.3.0.1', want: undefined },
    { given: '', want: undefined },
  ])('lineOf("$given") is $want', ({ given, want }) => {
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
});

describe('finding a release', () => {
  it.each([
    { given: '2.3', want: '2.3.0' },
    { given: '2.3.0', want: '2.3.0' },
    { given: '2.3.1', want: '2.3.0' },
    { given: '2.3-SNAPSHOT', want: '2.3.0' },
    { given: '1.19.3', want: undefined },
    { given: 'banana', want: undefined },
  ])('findSupported("$given") is $want', ({ given, want }) => {
    expect(findSupported(given, matrix)?.version).toBe(want);
  });

  it.each([
    { given: '2.3', want: '2.3.0' },
    { given: ' 1.18 ', want: '1.18.1' },
    { given: '1.20.5', want: '1.20.5' },
    { given: '2.3.9', want: undefined },
    { given: '', want: undefined },
  ])('findRelease("$given") is $want', ({ given, want }) => {
    expect(findRelease(given, matrix)?.version).toBe(want);
  });

  it.each([
    { name: 'between two', given: '1.19', want: ['1.18', '1.20'] },
    { name: 'newer than all', given: '2.4', want: ['2.3'] },
    { name: 'older than all', given: '1.15', want: ['1.18'] },
    { name: 'a supported line itself', given: '1.20', want: ['1.18', '2.3'] },
  ])('nearestSupported: $name', ({ given, want }) => {
    expect(nearestSupported(given, matrix).map((v) => v.line)).toEqual(want);
  });

  it('describes the matrix in one line', () => {
    expect(describeSupported(matrix)).toBe('1.18 (1.18.1), 1.20 (1.20.5), 2.3 (2.3.0)');
  });
});
