import { describe, expect, it } from 'vitest';
import { backoffDelay, checkBackoff } from '../src/backoff.js';

describe('backoffDelay', () => {
  const options = { minDelayMs: 100, maxDelayMs: 1_000 };
  it.each([
    { attempt: 0, random: 0, want: 50 },
    { attempt: 0, random: 0.999999, want: 100 },
    { attempt: 1, random: 0.5, want: 150 },
    { attempt: 2, random: 0, want: 200 },
    { attempt: 3, random: 1 - 1e-9, want: 800 },
    { attempt: 4, random: 0, want: 500 },
    { attempt: 50, random: 0.5, want: 750 },
  ])('attempt $attempt, random $random → $want ms', ({ attempt, random, want }) => {
    expect(backoffDelay(attempt, options, random)).toBe(want);
  });
});

describe('checkBackoff', () => {
  it.each([
    {
      given: { minDelayMs: 1_000, maxDelayMs: 500 },
      want: 'maxDelayMs (500) must be >= minDelayMs (1000)',
    },
    {
      given: { minDelayMs: -1, maxDelayMs: 500 },
      want: 'minDelayMs (-1) must be a finite number >= 0',
    },
    {
      given: { minDelayMs: 1, maxDelayMs: Number.NaN },
      want: 'maxDelayMs (NaN) must be a finite number >= 0',
    },
  ])('$want', ({ given, want }) => {
    expect(() => checkBackoff(given)).toThrow(new RangeError(want));
  });
});
