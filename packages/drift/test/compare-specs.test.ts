import { describe, expect, it } from 'vitest';
import { compareSpecs, type Difference } from '../src/compare-specs.js';

/** A minimal OpenAPI document; `paths` and `schemas` are merged in. */
function spec(
  paths: Record<string, unknown>,
  schemas: Record<string, unknown> = {},
  version = 'v1/1.0',
) {
  return {
    openapi: '3.0.1',
    info: { title: 'T', version },
    paths,
    components: { schemas },
  };
}

const jobsGet = {
  operationId: 'getJobs',
  description: 'Lists jobs.',
  parameters: [
    { name: 'agg', in: 'query', required: false, style: 'form', schema: { type: 'string' } },
  ],
  responses: {
    '200': {
      description: 'ok',
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Jobs' } } },
    },
  },
};
const jobsSchema = { type: 'object', properties: { id: { type: 'string' } } };

const cases: { name: string; a: unknown; b: unknown; want: Difference[] }[] = [
  {
    name: 'identical specs have no differences',
    a: spec({ '/jobs': { get: jobsGet } }, { Jobs: jobsSchema }),
    b: spec({ '/jobs': { get: jobsGet } }, { Jobs: jobsSchema }),
    want: [],
  },
  {
    name: 'key order does not matter',
    a: spec({ '/jobs': { get: jobsGet } }, { Jobs: jobsSchema }),
    b: spec(
      { '/jobs': { get: Object.fromEntries(Object.entries(jobsGet).reverse()) } },
      { Jobs: { properties: { id: { type: 'string' } }, type: 'object' } },
    ),
    want: [],
  },
  {
    name: 'operation only on one side, with the excluded-from-docs note',
    a: spec({
      '/jobs': {
        get: jobsGet,
        post: {
          operationId: 'submitJob',
          responses: {},
          'x-flink-excluded-from-docs': true,
          'x-flink-excluded-from-docs-reason': 'internal',
        },
      },
    }),
    b: spec({ '/jobs': { get: jobsGet }, '/old': { delete: { responses: {} } } }),
    want: [
      {
        section: 'operations',
        change: 'only in A',
        location: 'POST /jobs',
        detail: 'x-flink-excluded-from-docs (internal)',
      },
      { section: 'operations', change: 'only in B', location: 'DELETE /old' },
    ],
  },
  {
    name: 'parameter added, and a changed parameter schema',
    a: spec({ '/jobs': { get: jobsGet } }),
    b: spec({
      '/jobs': {
        get: {
          ...jobsGet,
          parameters: [
            { ...jobsGet.parameters[0], schema: { type: 'array' } },
            { name: 'get', in: 'query', required: true },
          ],
        },
      },
    }),
    want: [
      {
        section: 'parameters',
        change: 'changed',
        location: 'GET /jobs query parameter "agg".schema.type',
        detail: 'A "string" vs B "array"',
      },
      { section: 'parameters', change: 'only in B', location: 'GET /jobs query parameter "get"' },
    ],
  },
  {
    name: 'operationId change is an operation difference, description text its own section',
    a: spec({ '/jobs': { get: jobsGet } }),
    b: spec({
      '/jobs': { get: { ...jobsGet, operationId: 'listJobs', description: 'All jobs.' } },
    }),
    want: [
      {
        section: 'operations',
        change: 'changed',
        location: 'GET /jobs.operationId',
        detail: 'A "getJobs" vs B "listJobs"',
      },
      {
        section: 'descriptions',
        change: 'changed',
        location: 'GET /jobs.description',
        detail: 'A "Lists jobs." vs B "All jobs."',
      },
    ],
  },
  {
    name: 'request body media type and response status',
    a: spec({
      '/jars/upload': {
        post: {
          requestBody: { content: { 'multipart/form-data': { schema: { type: 'object' } } } },
          responses: { '200': { description: 'ok' } },
        },
      },
    }),
    b: spec({
      '/jars/upload': {
        post: {
          requestBody: {
            content: { 'application/x-java-archive': { schema: { type: 'string' } } },
          },
          responses: { '202': { description: 'ok' } },
        },
      },
    }),
    want: [
      {
        section: 'request bodies',
        change: 'only in B',
        location: 'POST /jars/upload requestBody.content.application/x-java-archive',
        detail: '{"schema":{"type":"string"}}',
      },
      {
        section: 'request bodies',
        change: 'only in A',
        location: 'POST /jars/upload requestBody.content.multipart/form-data',
        detail: '{"schema":{"type":"object"}}',
      },
      {
        section: 'responses',
        change: 'only in A',
        location: 'POST /jars/upload responses.200',
        detail: '{"description":"ok"}',
      },
      {
        section: 'responses',
        change: 'only in B',
        location: 'POST /jars/upload responses.202',
        detail: '{"description":"ok"}',
      },
    ],
  },
  {
    name: 'schemas: missing, property removed, enum values changed',
    a: spec(
      {},
      {
        Jobs: jobsSchema,
        Mode: { type: 'string', enum: ['CANCEL', 'STOP'] },
        Gone: { type: 'object' },
      },
    ),
    b: spec(
      {},
      {
        Jobs: { type: 'object', properties: {} },
        Mode: { type: 'string', enum: ['CANCEL', 'DRAIN'] },
      },
    ),
    want: [
      { section: 'schemas', change: 'only in A', location: 'schema Gone' },
      {
        section: 'schemas',
        change: 'only in A',
        location: 'schema Jobs.properties.id',
        detail: '{"type":"string"}',
      },
      {
        section: 'schemas',
        change: 'changed',
        location: 'schema Mode.enum',
        detail: 'only in A: "STOP"; only in B: "DRAIN"',
      },
    ],
  },
  {
    name: 'enum order alone is reported as such',
    a: spec({}, { Mode: { enum: ['A', 'B'] } }),
    b: spec({}, { Mode: { enum: ['B', 'A'] } }),
    want: [
      {
        section: 'schemas',
        change: 'changed',
        location: 'schema Mode.enum',
        detail: 'same values, different order',
      },
    ],
  },
  {
    name: 'info version is reported in its own section',
    a: spec({}, {}, 'v1/2.3.0'),
    b: spec({}, {}, 'v1/2.3-SNAPSHOT'),
    want: [
      {
        section: 'info',
        change: 'changed',
        location: 'info.version',
        detail: 'A "v1/2.3.0" vs B "v1/2.3-SNAPSHOT"',
      },
    ],
  },
];

describe('compareSpecs', () => {
  it.each(cases)('$name', ({ a, b, want }) => {
    const got = compareSpecs(a, b);
    const order = (d: Difference[]) => [...d].sort((x, y) => (x.location < y.location ? -1 : 1));
    expect(order(got)).toEqual(order(want));
  });
});
