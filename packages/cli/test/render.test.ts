import { describe, expect, it } from 'vitest';
import { progressLine } from '../src/progress-line.js';
import { renderFields, renderTable } from '../src/render-table.js';
import { shellWord } from '../src/resume-command.js';

describe('renderTable', () => {
  it.each([
    {
      name: 'pads columns, upper-case headers, no trailing blanks',
      given: {
        headers: ['id', 'state'],
        rows: [
          ['a', 'RUNNING'],
          ['bbbb', ''],
        ],
      },
      want: 'ID    STATE\na     RUNNING\nbbbb\n',
    },
    {
      name: 'null and undefined cells are "-", objects compact JSON, newlines folded',
      given: { headers: ['a', 'b', 'c'], rows: [[null, { x: 1 }, 'one\n  two']] },
      want: 'A  B        C\n-  {"x":1}  one two\n',
    },
    { name: 'no rows: the empty text', given: { headers: ['id'], rows: [] }, want: '(none)\n' },
  ])('$name', ({ given, want }) => {
    expect(renderTable(given.headers, given.rows)).toBe(want);
  });

  it('renderFields: an object as KEY/VALUE', () => {
    expect(renderFields({ 'flink-version': '2.3.0', taskmanagers: 1 })).toBe(
      'KEY            VALUE\nflink-version  2.3.0\ntaskmanagers   1\n',
    );
  });
});

describe('progressLine', () => {
  it.each([
    {
      given: { what: 'savepoint ab', status: 'IN_PROGRESS', polls: 1, elapsedMs: 250 },
      want: 'savepoint ab: IN_PROGRESS, 1 poll, 250ms',
    },
    {
      given: { what: 'job cd', status: 'CREATED', polls: 12, elapsedMs: 90_000 },
      want: 'job cd: CREATED, 12 polls, 1m30s',
    },
  ])('$want', ({ given, want }) => {
    expect(progressLine(given)).toBe(want);
  });
});

describe('shellWord', () => {
  it.each([
    { given: 'file:/tmp/savepoints/savepoint-1', want: 'file:/tmp/savepoints/savepoint-1' },
    { given: 'http://127.0.0.1:8081', want: 'http://127.0.0.1:8081' },
    { given: '/tmp/with space', want: "'/tmp/with space'" },
    { given: "it's", want: `'it'\\''s'` },
  ])('$given → $want', ({ given, want }) => {
    expect(shellWord(given)).toBe(want);
  });
});
