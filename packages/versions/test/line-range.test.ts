import { describe, expect, it } from 'vitest';
import { linesOf } from '../src/index.js';

const ALL = ['1.18', '1.19', '1.20', '2.0', '2.1', '2.2', '2.3'];
const SUPPORTED = `supported: ${ALL.join(', ')}`;

describe('linesOf', () => {
  it.each([
    { range: '1.18 - 2.3', lines: ALL },
    { range: '  1.20 -  2.1 ', lines: ['1.20', '2.0', '2.1'] },
    { range: '2.3 - 2.3', lines: ['2.3'] },
    { range: '2.0', lines: ['2.0'] },
    { range: ['2.3', '1.18', '2.0', '2.3'], lines: ['1.18', '2.0', '2.3'] },
  ])('$range → $lines', ({ range, lines }) => {
    expect(linesOf(range)).toEqual(lines);
  });

  it.each([
    {
      range: '2.3 - 1.18',
      error: RangeError,
      message: "flinkVersion '2.3 - 1.18' runs backwards: write '1.18 - 2.3'",
    },
    {
      range: '1.10 - 2.3',
      error: RangeError,
      message: `the range start 1.10 is not a supported Flink line; ${SUPPORTED}`,
    },
    {
      range: '1.18 - 2.9',
      error: RangeError,
      message: `the range end 2.9 is not a supported Flink line; ${SUPPORTED}`,
    },
    {
      range: 'banana',
      error: TypeError,
      message: `flinkVersion "banana" is not a line ('2.3') or a range ('1.18 - 2.3'); ${SUPPORTED}`,
    },
    {
      range: '1.18 -',
      error: TypeError,
      message: `flinkVersion "1.18 -" is not a line ('2.3') or a range ('1.18 - 2.3'); ${SUPPORTED}`,
    },
    {
      range: '',
      error: TypeError,
      message: `flinkVersion "" is not a line ('2.3') or a range ('1.18 - 2.3'); ${SUPPORTED}`,
    },
    {
      range: '1.18-2.3',
      error: TypeError,
      message: `flinkVersion "1.18-2.3" is not a line ('2.3') or a range ('1.18 - 2.3'); ${SUPPORTED}`,
    },
    {
      range: [],
      error: RangeError,
      message: `a list of Flink lines must not be empty; ${SUPPORTED}`,
    },
    {
      range: ['2.3', '1.9'],
      error: RangeError,
      message: `flinkVersion[1] 1.9 is not a supported Flink line; ${SUPPORTED}`,
    },
    {
      range: ['2.3.0'],
      error: TypeError,
      message: `flinkVersion[0] "2.3.0" is not a Flink line like '2.3'; ${SUPPORTED}`,
    },
    {
      range: 2.3 as unknown as string,
      error: TypeError,
      message:
        "a Flink version range must be a string like '1.18 - 2.3' or a list of lines, got number",
    },
  ])('refuses $range', ({ range, error, message }) => {
    expect(() => linesOf(range)).toThrow(error);
    expect(() => linesOf(range)).toThrow(message);
  });
});
