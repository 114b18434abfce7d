import { describe, expect, it } from 'vitest';
import { formatDuration, parseDuration } from '../src/duration.js';
import { UsageError } from '../src/errors.js';

describe('parseDuration', () => {
  it.each([
    { given: '500ms', want: 500 },
    { given: '30s', want: 30_000 },
    { given: '1.5s', want: 1_500 },
    { given: '2m', want: 120_000 },
    { given: '1h', want: 3_600_000 },
    { given: ' 10s ', want: 10_000 },
  ])('$given → $want ms', ({ given, want }) => {
    expect(parseDuration(given)).toBe(want);
  });

  it.each([
    { given: '30', why: 'no unit' },
    { given: '0s', why: 'zero' },
    { given: '-1s', why: 'negative' },
    { given: '1d', why: 'unknown unit' },
    { given: 's', why: 'no number' },
    { given: '', why: 'empty' },
    { given: '1e3ms', why: 'exponent' },
  ])('refuses "$given" ($why) naming the value', ({ given }) => {
    expect(() => parseDuration(given)).toThrow(UsageError);
    expect(() => parseDuration(given)).toThrow(`"${given}"`);
  });
});

describe('formatDuration', () => {
  it.each([
    { given: 250, want: '250ms' },
    { given: 1_500, want: '1.5s' },
    { given: 59_000, want: '59s' },
    { given: 120_000, want: '2m' },
    { given: 90_000, want: '1m30s' },
  ])('$given ms → $want', ({ given, want }) => {
    expect(formatDuration(given)).toBe(want);
  });
});
