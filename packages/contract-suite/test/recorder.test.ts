import type { RawExchange } from '@flink-rest/testing';
import { supportedLines } from '@flink-rest/versions';
import { describe, expect, it } from 'vitest';
import { collapsePolls } from '../src/collapse-polls.js';
import { parseRecordArgs } from '../src/record-args.js';

const raw = (step: string, path: string, status: string, query = {}): RawExchange => ({
  step,
  method: 'GET',
  path,
  query,
  requestContentType: undefined,
  requestBody: null,
  status: 200,
  responseContentType: 'application/json',
  responseBody: { status },
});

describe('collapsePolls', () => {
  it.each([
    {
      name: 'a polling run keeps its last answer',
      given: [
        raw('wait', '/s', 'IN_PROGRESS'),
        raw('wait', '/s', 'IN_PROGRESS'),
        raw('wait', '/s', 'COMPLETED'),
      ],
      want: ['COMPLETED'],
    },
    {
      name: 'other steps, paths or queries break a run',
      given: [
        raw('a', '/s', '1'),
        raw('b', '/s', '2'),
        raw('b', '/t', '3'),
        raw('b', '/t', '4', { get: 'x' }),
        raw('b', '/t', '5', { get: 'x' }),
      ],
      want: ['1', '2', '3', '5'],
    },
    { name: 'no exchanges', given: [], want: [] },
  ])('$name', ({ given, want }) => {
    expect(collapsePolls(given).map((e) => (e.responseBody as { status: string }).status)).toEqual(
      want,
    );
  });
});

describe('parseRecordArgs', () => {
  it.each([
    {
      name: 'one version',
      given: ['--flink-version', '2.3'],
      want: { lines: ['2.3'], scenario: 'lifecycle' },
    },
    {
      name: 'all',
      given: ['--flink-version', 'all'],
      want: { lines: [...supportedLines], scenario: 'lifecycle' },
    },
  ])('$name', ({ given, want }) => {
    expect(parseRecordArgs(given)).toEqual(want);
  });

  it.each([
    {
      name: 'missing',
      given: [],
      error: `--flink-version <${supportedLines.join('|')}|all> is required`,
    },
    {
      name: 'unknown version',
      given: ['--flink-version', '3.0'],
      error: /^--flink-version "3.0" is not a supported Flink line/,
    },
    { name: 'unknown flag', given: ['--x'], error: /^unknown argument "--x"$/ },
    { name: 'no value', given: ['--flink-version'], error: /^--flink-version needs a value$/ },
  ])('$name', ({ given, error }) => {
    expect(() => parseRecordArgs(given)).toThrow(error);
  });
});
