import { compareLines } from '@flink-rest/versions';

/**
 * Which Flink release lines something applies to. Written either as a list of lines
 * (`['1.20', '2.0']`) or as a string of comparators that must all hold (`'>=1.20'`,
 * `'>=1.18 <2.3'`, `'=2.3'`); an open upper bound also covers lines added to the matrix later,
 * which is what a correction that upstream has not fixed wants.
 */
export type VersionRange =
  | { readonly kind: 'list'; readonly lines: readonly string[] }
  | {
      readonly kind: 'comparators';
      readonly comparators: readonly { readonly op: Operator; readonly line: string }[];
    };

type Operator = '>=' | '<=' | '>' | '<' | '=';

const LINE = /^\d+\.\d+$/;

/**
 * Parses a range from an overlay file. Throws a `RangeError` naming `field` and the bad part;
 * a YAML number such as `1.20` (which YAML reads as 1.2) is refused: lines must be quoted.
 */
export function parseVersionRange(value: unknown, field: string): VersionRange {
  if (Array.isArray(value)) {
    if (value.length === 0) throw new RangeError(`${field} must list at least one line`);
    const lines = value.map((item, i) => {
      if (typeof item !== 'string' || !LINE.test(item)) {
        throw new RangeError(
          `${field}[${i}] must be a quoted release line like '1.20', got ${JSON.stringify(item)}`,
        );
      }
      return item;
    });
    return { kind: 'list', lines };
  }
  if (typeof value !== 'string' || value.trim() === '') {
    throw new RangeError(
      `${field} must be a list of lines or a range like '>=1.18', got ${JSON.stringify(value)}`,
    );
  }
  const comparators = value
    .trim()
    .split(/\s+/)
    .map((part) => {
      const match = /^(>=|<=|>|<|=)?(\d+\.\d+)$/.exec(part);
      if (!match) {
        throw new RangeError(
          `${field}: "${part}" is not a comparator like >=1.18, <2.3 or =2.0 (in "${value}")`,
        );
      }
      return { op: (match[1] ?? '=') as Operator, line: match[2] as string };
    });
  return { kind: 'comparators', comparators };
}

/** Whether `line` (e.g. `2.3`) is in `range`. */
export function rangeIncludes(range: VersionRange, line: string): boolean {
  if (range.kind === 'list') return range.lines.includes(line);
  return range.comparators.every(({ op, line: bound }) => {
    const c = compareLines(line, bound);
    switch (op) {
      case '>=':
        return c >= 0;
      case '<=':
        return c <= 0;
      case '>':
        return c > 0;
      case '<':
        return c < 0;
      default:
        return c === 0;
    }
  });
}

/** The range as written, for listings and headers. */
export function formatVersionRange(range: VersionRange): string {
  return range.kind === 'list'
    ? range.lines.join(', ')
    : range.comparators.map((c) => `${c.op}${c.line}`).join(' ');
}
