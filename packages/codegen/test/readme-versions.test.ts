import { describe, expect, it } from 'vitest';
import { CodegenError } from '../src/errors.js';
import { renderReadmeVersions, type SpecFacts } from '../src/readme-versions.js';

const matrix = [
  { line: '1.9', version: '1.9.3' },
  { line: '1.10', version: '1.10.0' },
  { line: '2.0', version: '2.0.1' },
];
const facts = (line: string, hidden: string[]): SpecFacts => ({
  line,
  version: `${line}.0`,
  flinkShaded: '17.0',
  paths: 66,
  operations: 71,
  schemas: 139,
  hidden,
});
const open = (kind: string) => `<!-- flink-versions:${kind} -->`;
const close = '<!-- /flink-versions -->';

describe('renderReadmeVersions', () => {
  it.each([
    { kind: 'releases', want: '1.9.3, 1.10.0, 2.0.1' },
    { kind: 'lines', want: '1.9, 1.10, 2.0' },
    { kind: 'range', want: '1.9 – 2.0' },
  ])('$kind: $want, replacing whatever was there', ({ kind, want }) => {
    const text = `Versions (${open(kind)}stale, 1.8${close}).\nMore ${open(kind)}${close}\n`;
    expect(renderReadmeVersions(text, 'R.md', matrix)).toBe(
      `Versions (${open(kind)}${want}${close}).\nMore ${open(kind)}${want}${close}\n`,
    );
  });

  it('spec-table: a padded Markdown table, "same as" for a repeated hidden list', () => {
    const text = `# specs\n\n${open('spec-table')}\nold\n${close}\n`;
    const table = renderReadmeVersions(text, 'R.md', matrix, [
      facts('1.9', ['GET /a', 'POST /b']),
      facts('1.10', ['GET /a', 'POST /b']),
      facts('2.0', []),
    ]);
    expect(table.split('\n')).toEqual([
      '# specs',
      '',
      open('spec-table'),
      "| folder        | Flink  | flink-shaded | paths | operations | schemas | hidden from Flink's docs (kept, flagged) |",
      '| ------------- | ------ | ------------ | ----- | ---------- | ------- | ---------------------------------------- |',
      '| `flink-1.9/`  | 1.9.0  | 17.0         | 66    | 71         | 139     | `GET /a`, `POST /b`                      |',
      '| `flink-1.10/` | 1.10.0 | 17.0         | 66    | 71         | 139     | same as 1.9                              |',
      '| `flink-2.0/`  | 2.0.0  | 17.0         | 66    | 71         | 139     | none                                     |',
      close,
      '',
    ]);
  });

  it.each([
    { name: 'no marker', text: '# R\n', says: /^R\.md:1: has no <!-- flink-versions:<kind> -->/ },
    {
      name: 'an unknown kind',
      text: `a\n${open('majors')}x${close}`,
      says: /^R\.md:2: unknown marker kind "majors"; known: releases, lines, range, spec-table$/,
    },
    {
      name: 'an unclosed marker',
      text: `a\n\n${open('lines')}x`,
      says: /^R\.md:3: marker flink-versions:lines has no <!-- \/flink-versions -->$/,
    },
  ])('refuses $name, naming file and line', ({ text, says }) => {
    expect(() => renderReadmeVersions(text, 'R.md', matrix)).toThrow(CodegenError);
    expect(() => renderReadmeVersions(text, 'R.md', matrix)).toThrow(says);
  });
});
