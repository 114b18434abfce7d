import { describe, expect, it } from 'vitest';
import { CodegenError } from '../src/errors.js';
import { renderExportsMap, type Subpath } from '../src/exports-map.js';

const sub = (line: string): Subpath => ({
  key: `./flink-${line}`,
  types: `./dist/e/flink-${line}.d.ts`,
  import: `./dist/e/flink-${line}.js`,
});
const entry = (line: string) => ({
  types: `./dist/e/flink-${line}.d.ts`,
  import: `./dist/e/flink-${line}.js`,
});
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

describe('renderExportsMap', () => {
  it.each([
    {
      name: 'replaces the per-version keys where they were, keeping the others',
      given: {
        name: 'p',
        exports: { '.': 'i', './flink-1.0': 'old', './flink-1.1': 'old', './package.json': 'p' },
        files: ['dist'],
      },
      subpaths: ['1.1', '1.2'],
      want: {
        name: 'p',
        exports: {
          '.': 'i',
          './flink-1.1': entry('1.1'),
          './flink-1.2': entry('1.2'),
          './package.json': 'p',
        },
        files: ['dist'],
      },
    },
    {
      name: 'adds them right after "." when there were none',
      given: { exports: { './package.json': 'p', '.': 'i', './x': 'x' } },
      subpaths: ['2.3'],
      want: {
        exports: { './package.json': 'p', '.': 'i', './flink-2.3': entry('2.3'), './x': 'x' },
      },
    },
    {
      name: 'adds them first without "."',
      given: { exports: { './x': 'x' } },
      subpaths: ['2.3'],
      want: { exports: { './flink-2.3': entry('2.3'), './x': 'x' } },
    },
    {
      name: 'removes them all for an empty matrix',
      given: { exports: { '.': 'i', './flink-2.3': 'old' } },
      subpaths: [],
      want: { exports: { '.': 'i' } },
    },
  ])('$name', ({ given, subpaths, want }) => {
    const text = renderExportsMap(json(given), 'package.json', subpaths.map(sub));
    expect(text).toBe(json(want));
    expect(Object.keys(JSON.parse(text))).toEqual(Object.keys(given));
  });

  it.each([
    { name: 'not JSON', text: '{', says: /^p\/package\.json: not JSON \(/ },
    {
      name: 'no exports object',
      text: json({ exports: './x.js' }),
      says: /^p\/package\.json: #\/exports must be an object of subpaths/,
    },
  ])('refuses $name, naming the file', ({ text, says }) => {
    expect(() => renderExportsMap(text, 'p/package.json', [])).toThrow(CodegenError);
    expect(() => renderExportsMap(text, 'p/package.json', [])).toThrow(says);
  });
});
