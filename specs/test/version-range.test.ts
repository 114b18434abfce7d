import { describe, expect, it } from 'vitest';
import { formatVersionRange, parseVersionRange, rangeIncludes } from '../src/version-range.js';

describe('parseVersionRange + rangeIncludes', () => {
  it.each([
    {
      name: 'open lower bound',
      given: '>=1.20',
      in: ['1.20', '2.0', '2.10'],
      out: ['1.19', '1.9'],
    },
    { name: 'two bounds', given: '>=1.18 <2.1', in: ['1.18', '2.0'], out: ['2.1', '1.17'] },
    { name: 'exact line', given: '=2.3', in: ['2.3'], out: ['2.2', '2.4'] },
    { name: 'bare line means =', given: '2.0', in: ['2.0'], out: ['2.1'] },
    { name: 'strict bounds', given: '>1.18 <=1.20', in: ['1.19', '1.20'], out: ['1.18', '2.0'] },
    { name: 'a list', given: ['1.20', '2.3'], in: ['1.20', '2.3'], out: ['2.0'] },
  ])('$name', ({ given, in: inside, out }) => {
    const range = parseVersionRange(given, 'versions');
    for (const line of inside) expect(rangeIncludes(range, line), line).toBe(true);
    for (const line of out) expect(rangeIncludes(range, line), line).toBe(false);
  });

  it.each([
    {
      name: 'a YAML number (1.20 read as 1.2)',
      given: [1.2],
      says: "versions[0] must be a quoted release line like '1.20', got 1.2",
    },
    { name: 'an empty list', given: [], says: 'versions must list at least one line' },
    { name: 'a bad comparator', given: '>=1.18 ~2', says: 'versions: "~2" is not a comparator' },
    { name: 'a patch version', given: '>=1.18.1', says: '"\u003e=1.18.1" is not a comparator' },
    { name: 'nothing', given: undefined, says: 'versions must be a list of lines or a range' },
  ])('refuses $name, naming the field', ({ given, says }) => {
    expect(() => parseVersionRange(given, 'versions')).toThrow(says);
  });

  it('formats as written', () => {
    expect(formatVersionRange(parseVersionRange('>=1.18  <2.1', 'v'))).toBe('>=1.18 <2.1');
    expect(formatVersionRange(parseVersionRange(['1.20', '2.0'], 'v'))).toBe('1.20, 2.0');
  });
});
