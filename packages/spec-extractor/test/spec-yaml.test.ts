import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { canonicalize, formatSpecYaml } from '../src/spec-yaml.js';

const doc = {
  components: {
    schemas: {
      Zeta: {
        properties: { b: { type: 'string' }, a: { type: 'integer', format: 'int64' } },
        type: 'object',
      },
      Alpha: { enum: ['Z', 'A'], type: 'string' },
    },
  },
  paths: {
    '/jobs/{jobid}': {
      patch: { responses: { '202': { description: 'ok' } }, operationId: 'cancel' },
      get: {
        'x-note': true,
        responses: { '200': { description: 'ok' } },
        parameters: [
          { schema: { type: 'string' }, in: 'path', name: 'jobid', required: true },
          { name: 'a', in: 'query' },
        ],
        operationId: 'getJob',
        description: 'Line one.\nLine two.',
      },
    },
    '/jobs': { get: { operationId: 'getJobs', responses: {} } },
  },
  info: { version: 'v1/2.3.0', title: 'Flink JobManager REST API' },
  openapi: '3.0.1',
};

/** Reverses the key order of every object, recursively. */
function reversed(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(reversed);
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reversed(v)]),
    );
  }
  return value;
}

describe('formatSpecYaml', () => {
  it('gives the same bytes whatever the input key order', () => {
    expect(formatSpecYaml(reversed(doc), ['h'])).toBe(formatSpecYaml(doc, ['h']));
  });

  it('round-trips to the same document', () => {
    expect(parse(formatSpecYaml(doc, ['h']))).toEqual(canonicalize(doc));
    expect(parse(formatSpecYaml(doc, ['h']))).toEqual(doc);
  });

  it('writes the header as comments, then the canonical layout', () => {
    expect(formatSpecYaml(doc, ['Generated; do not edit.', ''])).toBe(
      `# Generated; do not edit.
#
openapi: 3.0.1
info:
  title: Flink JobManager REST API
  version: v1/2.3.0
paths:
  /jobs:
    get:
      operationId: getJobs
      responses: {}
  /jobs/{jobid}:
    get:
      description: |-
        Line one.
        Line two.
      operationId: getJob
      parameters:
        - name: jobid
          in: path
          required: true
          schema:
            type: string
        - name: a
          in: query
      responses:
        "200":
          description: ok
      x-note: true
    patch:
      operationId: cancel
      responses:
        "202":
          description: ok
components:
  schemas:
    Alpha:
      type: string
      enum:
        - Z
        - A
    Zeta:
      type: object
      properties:
        a:
          type: integer
          format: int64
        b:
          type: string
`,
    );
  });

  it.each([
    { name: 'a property called "type" stays in name order', key: 'type' },
    { name: 'a property called "get" stays in name order', key: 'get' },
  ])('$name', ({ key }) => {
    const out = canonicalize({ properties: { z: {}, [key]: {}, a: {} } }) as {
      properties: object;
    };
    expect(Object.keys(out.properties)).toEqual(['a', key, 'z'].sort());
  });
});
