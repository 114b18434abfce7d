import { compareLines, LINE } from './flink-version.js';
import { type FlinkRelease, supportedVersions } from './matrix.js';

/** How a user names several lines: `'1.18 - 2.3'` (both ends included), `'2.3'`, or a list. */
export type LineRange = string | readonly string[];

const HYPHEN = /^\s*(\S+)\s+-\s+(\S+)\s*$/;

function supportedList(matrix: readonly FlinkRelease[]): string {
  return matrix.map((v) => v.line).join(', ');
}

function checkLine(line: string, where: string, matrix: readonly FlinkRelease[]): string {
  if (!LINE.test(line)) {
    throw new TypeError(
      `${where} ${JSON.stringify(line)} is not a Flink line like '2.3'; supported: ${supportedList(matrix)}`,
    );
  }
  if (!matrix.some((v) => v.line === line)) {
    throw new RangeError(
      `${where} ${line} is not a supported Flink line; supported: ${supportedList(matrix)}`,
    );
  }
  return line;
}

/**
 * The supported lines a range names, oldest first: `'1.18 - 2.3'` gives every supported line
 * from 1.18 to 2.3, `['1.18', '2.3']` exactly those. Both ends of a hyphen range must be
 * supported lines, in order; anything else is a TypeError (not a range) or a RangeError (a line
 * outside the matrix, reversed ends, an empty list), naming the supported lines.
 */
export function linesOf(
  range: LineRange,
  matrix: readonly FlinkRelease[] = supportedVersions,
): string[] {
  if (Array.isArray(range)) {
    if (range.length === 0)
      throw new RangeError(
        `a list of Flink lines must not be empty; supported: ${supportedList(matrix)}`,
      );
    const lines = range.map((line, i) =>
      typeof line === 'string'
        ? checkLine(line.trim(), `flinkVersion[${i}]`, matrix)
        : checkLine(String(line), `flinkVersion[${i}]`, matrix),
    );
    return [...new Set(lines)].sort(compareLines);
  }
  if (typeof range !== 'string') {
    throw new TypeError(
      `a Flink version range must be a string like '1.18 - 2.3' or a list of lines, got ${typeof range}`,
    );
  }
  const hyphen = HYPHEN.exec(range);
  if (!hyphen) {
    if (LINE.test(range.trim())) return [checkLine(range.trim(), 'flinkVersion', matrix)];
    throw new TypeError(
      `flinkVersion ${JSON.stringify(range)} is not a line ('2.3') or a range ('1.18 - 2.3'); supported: ${supportedList(matrix)}`,
    );
  }
  const from = checkLine(hyphen[1] as string, 'the range start', matrix);
  const to = checkLine(hyphen[2] as string, 'the range end', matrix);
  if (compareLines(from, to) > 0) {
    throw new RangeError(`flinkVersion '${range.trim()}' runs backwards: write '${to} - ${from}'`);
  }
  return matrix
    .map((v) => v.line)
    .filter((line) => compareLines(line, from) >= 0 && compareLines(line, to) <= 0);
}
