import { describe, expect, it } from 'vitest';
import {
  type ChangeInput,
  type Direction,
  OPERATION_CHANGE_KINDS,
  SCHEMA_CHANGE_KINDS,
} from '../src/change.js';
import { classify } from '../src/classify.js';
import { describeChange } from '../src/describe-change.js';
import { summarize, toChange } from '../src/diff-specs.js';
import { renderJson } from '../src/render-json.js';
import { renderMarkdown } from '../src/render-markdown.js';

const base = { operation: 'GET /jobs/{jobid}', location: 'response 200 application/json' };

describe('describeChange', () => {
  it.each<{ name: string; given: ChangeInput; want: string }>([
    {
      name: 'a removed field names its pointer and required-ness',
      given: { ...base, kind: 'property-removed', pointer: 'jobs[].host', required: false },
      want: 'property removed `jobs[].host` (optional)',
    },
    {
      name: 'a type change shows both types',
      given: { ...base, kind: 'type-changed', pointer: 'n', from: 'integer', to: 'string' },
      want: 'type changed `n`: integer → string',
    },
    {
      name: 'an added enum value shows the value',
      given: { ...base, kind: 'enum-value-added', pointer: '', to: 'SKEW' },
      want: 'enum value added: SKEW',
    },
    {
      name: 'a removed status shows the code',
      given: { ...base, kind: 'response-status-removed', pointer: '', from: '202' },
      want: 'response status removed: 202',
    },
    {
      name: 'a method change says so',
      given: { ...base, kind: 'operation-removed', pointer: '', from: 'GET', to: 'PUT' },
      want: 'operation removed (method GET → PUT)',
    },
    {
      name: 'a renamed path shows both templates',
      given: {
        ...base,
        kind: 'path-parameter-renamed',
        pointer: '',
        from: '/a/{x}',
        to: '/a/{y}',
      },
      want: 'path parameter renamed: /a/{x} → /a/{y}',
    },
  ])('$name', ({ given, want }) => {
    expect(describeChange(given)).toBe(want);
  });
});

describe('classify covers every kind in both directions', () => {
  const kinds = [...OPERATION_CHANGE_KINDS, ...SCHEMA_CHANGE_KINDS];
  const directions: (Direction | undefined)[] = ['request', 'response', undefined];
  it.each(kinds.flatMap((kind) => directions.map((direction) => ({ kind, direction }))))(
    '$kind ($direction)',
    ({ kind, direction }) => {
      const result = classify({
        kind,
        ...(direction === undefined ? {} : { direction }),
        operation: 'GET /x',
        location: 'query parameter q',
        pointer: '',
        from: 'integer',
        to: 'string',
      });
      expect(typeof result.breaking).toBe('boolean');
      expect(result.reason).toMatch(/\w/);
    },
  );
});

describe('renderMarkdown', () => {
  const changes = [
    toChange({ ...base, kind: 'property-removed', direction: 'response', pointer: 'a|b' }),
    toChange({ ...base, kind: 'property-added', direction: 'response', pointer: 'c' }),
  ];
  const report = {
    from: { label: '1.20', version: 'v1/1.20.5', overlays: true, operations: 72 },
    to: { label: 'new.yaml', operations: 73 },
    summary: summarize(changes),
    changes,
  };

  it('gives a summary and one table per class, escaping pipes', () => {
    const md = renderMarkdown(report);
    expect(md).toContain('# Flink REST API drift: `1.20` (v1/1.20.5) → `new.yaml`');
    expect(md).toContain('Specs: 1.20 with overlays, new.yaml as extracted.');
    expect(md).toContain('Operations: 72 → 73 (0 added, 0 removed, 1 changed).');
    expect(md).toContain('**1 breaking**, 1 non-breaking change(s).');
    expect(md).toContain('## Breaking changes (1)');
    expect(md).toContain('## Non-breaking changes (1)');
    expect(md).toContain('property removed `a\\|b`');
    expect(md).not.toContain('No changes.');
  });

  it('says so when there is nothing', () => {
    const empty = { ...report, changes: [], summary: summarize([]) };
    expect(renderMarkdown(empty)).toContain('No changes.');
    expect(renderMarkdown(empty)).not.toContain('## ');
  });

  it('tells how a usage scan narrowed the report', () => {
    const md = renderMarkdown({
      ...report,
      usage: { used: 3, matched: 2, unmatched: ['GET /nope'], dir: 'src' },
    });
    expect(md).toContain(
      'Usage: the code under `src` calls 3 operation(s); 2 of them are in the specs, and only changes to those are listed. Not in either spec: `GET /nope`.',
    );
  });
});

describe('renderJson', () => {
  it('round-trips the report', () => {
    const report = {
      from: { label: 'a', operations: 0 },
      to: { label: 'b', operations: 0 },
      summary: summarize([]),
      changes: [],
    };
    const text = renderJson(report);
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(report);
  });
});
