import { describe, expect, it } from 'vitest';
import { outcomeOf } from '../src/probe-outcome.js';
import type { Mismatch } from '../src/spec-validator.js';

const mismatch = { pointer: '/x' } as Mismatch;

describe('what an answer means', () => {
  it.each([
    { name: 'a 200 that agrees', status: 200, body: {}, mismatches: [], want: 'ok' },
    { name: 'a 200 that disagrees', status: 200, body: {}, mismatches: [mismatch], want: 'drift' },
    {
      name: "a 404 with Flink's error body",
      status: 404,
      body: { errors: ['Not found: /x'] },
      mismatches: [],
      want: 'not-available',
    },
    {
      name: 'a 404 with an HTML page',
      status: 404,
      body: '<html>',
      mismatches: [mismatch],
      want: 'drift',
    },
    {
      name: 'a 500',
      status: 500,
      body: { errors: ['Internal server error.'] },
      mismatches: [],
      want: 'error',
    },
    { name: 'a 503 with a page', status: 503, body: 'busy', mismatches: [], want: 'error' },
    { name: 'a 401 from a proxy', status: 401, body: 'no', mismatches: [], want: 'error' },
    { name: 'a 403', status: 403, body: null, mismatches: [], want: 'error' },
  ])('$name: $want', ({ status, body, mismatches, want }) => {
    expect(outcomeOf(status, body, mismatches)).toBe(want);
  });
});
