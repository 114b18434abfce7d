import { describe, expect, it } from 'vitest';
import { lineColumn, looksLikeJson, parseDocument } from '../src/parse-document.js';

describe('parseDocument', () => {
  it.each([
    { name: 'JSON', text: '{"openapi":"3.0.1","paths":{}}', want: { openapi: '3.0.1', paths: {} } },
    { name: 'YAML', text: 'openapi: 3.0.1\npaths: {}\n', want: { openapi: '3.0.1', paths: {} } },
    { name: 'YAML with a leading comment', text: '# c\na: [1, 2]\n', want: { a: [1, 2] } },
    {
      name: 'YAML 1.2 core schema (no 1.1 booleans, no dates, no merge keys)',
      text: 'a: yes\nb: 2001-01-01\nc: &c {x: 1}\nd: {<<: *c}\n',
      want: { a: 'yes', b: '2001-01-01', c: { x: 1 }, d: { '<<': { x: 1 } } },
    },
  ])('reads $name', ({ text, want }) => {
    expect(parseDocument(text, 'spec')).toEqual(want);
  });

  it.each([
    {
      name: 'malformed JSON',
      text: '{\n  "openapi": "3.0.1",\n  "paths": {\n}',
      says: /^spec\.json: invalid JSON at line 4 column 2: /,
    },
    {
      name: 'malformed YAML',
      text: 'openapi: 3.0.1\npaths:\n  /a: [1, 2\n',
      says: /^spec\.json: invalid YAML at line \d+ column \d+: /,
    },
    {
      name: 'duplicate YAML keys',
      text: 'a: 1\na: 2\n',
      says: /invalid YAML at line 2 column 1: Map keys must be unique/,
    },
    {
      name: 'a tag outside the core schema',
      text: 'a: 1\nb: !!binary aGVsbG8=\n',
      says: /invalid YAML at line 2 column 4: Unresolved tag: tag:yaml\.org,2002:binary/,
    },
    {
      name: 'two documents in one',
      text: 'a: 1\n---\nb: 2\n',
      says: /invalid YAML at line 2 column 1: two or more documents; a spec is one$/,
    },
    {
      name: 'YAML nested 10 000 deep',
      text: `${'- '.repeat(10_000)}x`,
      says: /^spec\.json: invalid YAML at line 1 column 201: nested more than 100 levels deep$/,
    },
    {
      name: 'an alias bomb (10^12 nodes once expanded)',
      text: [
        'a: &a [x, x, x, x, x, x, x, x, x, x]',
        ...Array.from(
          { length: 11 },
          (_, i) =>
            `l${i}: &l${i} [${Array(10)
              .fill(`*${i === 0 ? 'a' : `l${i - 1}`}`)
              .join(', ')}]`,
        ),
      ].join('\n'),
      says: /^spec\.json: invalid YAML: aliases expand too much \(Excessive alias count/,
    },
    { name: 'an empty document', text: '  \n', says: /^spec\.json: the document is empty$/ },
  ])('fails on $name with one line naming the source and position', ({ text, says }) => {
    expect(() => parseDocument(text, 'spec.json')).toThrow(says);
    try {
      parseDocument(text, 'spec.json');
    } catch (error) {
      expect((error as Error).message).not.toContain('\n');
    }
  });

  it('trusts the media type over the first character', () => {
    expect(looksLikeJson('a: 1', 'application/json')).toBe(true);
    expect(looksLikeJson('{a: 1}', 'application/yaml')).toBe(false);
    expect(looksLikeJson('  {"a":1}')).toBe(true);
  });

  it('counts lines and columns from 1', () => {
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumn('ab', 0)).toEqual({ line: 1, column: 1 });
  });
});
