import { describe, expect, it } from 'vitest';
import type { Change } from '../src/change.js';
import { diffSpecs } from '../src/diff-specs.js';

// Small inline OpenAPI documents, one rule per row: given from/to, want these changes.

type Json = Record<string, unknown>;

const doc = (paths: Json, schemas: Json = {}): Json => ({
  openapi: '3.0.1',
  info: { title: 'test', version: 'v1/test' },
  paths,
  components: { schemas },
});

const jobid = { name: 'jobid', in: 'path', required: true, schema: { type: 'string' } };
const json = (schema: unknown) => ({ 'application/json': { schema } });

/** `GET /jobs/{jobid}` answering `schema` (with extra operation fields). */
const reading = (schema: unknown, extra: Json = {}) => ({
  '/jobs/{jobid}': {
    get: {
      parameters: [jobid],
      responses: { '200': { description: 'ok', content: json(schema) } },
      ...extra,
    },
  },
});

/** `POST /jobs/{jobid}/stop` taking `schema` as a required JSON body. */
const sending = (schema: unknown, extra: Json = {}) => ({
  '/jobs/{jobid}/stop': {
    post: {
      parameters: [jobid],
      requestBody: { required: true, content: json(schema) },
      responses: { '202': { description: 'ok' } },
      ...extra,
    },
  },
});

/** `GET /jobs/overview` with query parameters. */
const querying = (parameters: unknown[]) => ({
  '/jobs/overview': { get: { parameters, responses: { '200': { description: 'ok' } } } },
});

const obj = (properties: Json, required: string[] = []) => ({
  type: 'object',
  properties,
  ...(required.length > 0 ? { required } : {}),
});
const str = { type: 'string' };
const int = { type: 'integer' };
const mode = (required: boolean, values = ['cancel', 'stop'], location = 'query') => ({
  name: 'mode',
  in: location,
  required,
  schema: { type: 'string', enum: values },
});

interface Row {
  name: string;
  from: Json;
  to: Json;
  want: Partial<Change>[];
}

const rows: Row[] = [
  // Operations (Flink: url, method).
  {
    name: 'an added operation is non-breaking',
    from: doc({}),
    to: doc(reading(str)),
    want: [{ kind: 'operation-added', operation: 'GET /jobs/{jobid}', breaking: false }],
  },
  {
    name: 'a removed operation is breaking (Flink url check)',
    from: doc(reading(str)),
    to: doc({}),
    want: [{ kind: 'operation-removed', breaking: true, flinkCheck: 'url' }],
  },
  {
    name: 'a changed method is a removal plus an addition (Flink method check)',
    from: doc(reading(str)),
    to: doc({ '/jobs/{jobid}': { put: (reading(str)['/jobs/{jobid}'] as Json).get } }),
    want: [
      {
        kind: 'operation-removed',
        operation: 'GET /jobs/{jobid}',
        from: 'GET',
        to: 'PUT',
        breaking: true,
        flinkCheck: 'method',
      },
      { kind: 'operation-added', operation: 'PUT /jobs/{jobid}', breaking: false },
    ],
  },
  {
    name: 'a renamed path parameter is breaking (Flink path-parameters check)',
    from: doc(reading(str)),
    to: doc({
      '/jobs/{jobId}': {
        get: {
          parameters: [{ ...jobid, name: 'jobId' }],
          responses: { '200': { description: 'ok', content: json(str) } },
        },
      },
    }),
    want: [
      {
        kind: 'path-parameter-renamed',
        operation: 'GET /jobs/{jobId}',
        from: '/jobs/{jobid}',
        to: '/jobs/{jobId}',
        breaking: true,
        flinkCheck: 'path-parameters',
      },
    ],
  },
  {
    name: 'hiding an operation from the docs is non-breaking',
    from: doc(reading(str)),
    to: doc(reading(str, { 'x-flink-excluded-from-docs': true })),
    want: [{ kind: 'operation-hidden-from-docs', breaking: false }],
  },
  {
    name: 'deprecating an operation is non-breaking',
    from: doc(reading(str)),
    to: doc(reading(str, { deprecated: true })),
    want: [{ kind: 'operation-deprecated', breaking: false }],
  },
  // Status codes (Flink: status-code).
  {
    name: 'a changed success status is breaking (Flink status-code check)',
    from: doc(sending(obj({}))),
    to: doc(sending(obj({}), { responses: { '200': { description: 'ok' } } })),
    want: [
      { kind: 'response-status-added', to: '200', breaking: false },
      { kind: 'response-status-removed', from: '202', breaking: true, flinkCheck: 'status-code' },
    ],
  },
  // Content types (Flink: file-upload).
  {
    name: 'a JSON body that becomes a file upload is breaking (Flink file-upload check)',
    from: doc(sending(obj({}))),
    to: doc(
      sending(obj({}), {
        requestBody: { required: true, content: { 'multipart/form-data': { schema: obj({}) } } },
      }),
    ),
    want: [
      {
        kind: 'request-content-type-added',
        to: 'multipart/form-data',
        breaking: false,
        flinkCheck: 'file-upload',
      },
      { kind: 'request-content-type-removed', from: 'application/json', breaking: true },
    ],
  },
  {
    name: 'a response media type that goes is breaking',
    from: doc(reading(str)),
    to: doc({
      '/jobs/{jobid}': {
        get: { parameters: [jobid], responses: { '200': { description: 'ok' } } },
      },
    }),
    want: [{ kind: 'response-content-type-removed', from: 'application/json', breaking: true }],
  },
  {
    name: 'a response that gains a body is non-breaking',
    from: doc(sending(obj({}))),
    to: doc(sending(obj({}), { responses: { '202': { description: 'ok', content: json(str) } } })),
    want: [{ kind: 'response-content-type-added', to: 'application/json', breaking: false }],
  },
  // Query parameters (Flink: query-parameters, key + mandatory).
  {
    name: 'a new optional query parameter is non-breaking',
    from: doc(querying([])),
    to: doc(querying([mode(false)])),
    want: [{ kind: 'parameter-added', location: 'query parameter mode', breaking: false }],
  },
  {
    name: 'a new required query parameter is breaking',
    from: doc(querying([])),
    to: doc(querying([mode(true)])),
    want: [{ kind: 'parameter-added', required: true, breaking: true }],
  },
  {
    name: 'a removed query parameter is breaking (Flink query-parameters check)',
    from: doc(querying([mode(false)])),
    to: doc(querying([])),
    want: [{ kind: 'parameter-removed', breaking: true, flinkCheck: 'query-parameters' }],
  },
  {
    name: 'an optional query parameter that becomes mandatory is breaking',
    from: doc(querying([mode(false)])),
    to: doc(querying([mode(true)])),
    want: [{ kind: 'parameter-became-required', breaking: true, flinkCheck: 'query-parameters' }],
  },
  {
    name: 'a mandatory query parameter that becomes optional is non-breaking',
    from: doc(querying([mode(true)])),
    to: doc(querying([mode(false)])),
    want: [{ kind: 'parameter-became-optional', breaking: false }],
  },
  {
    name: 'a parameter that moves from query to header is breaking',
    from: doc(querying([mode(false)])),
    to: doc(querying([mode(false, undefined, 'header')])),
    want: [{ kind: 'parameter-location-changed', from: 'query', to: 'header', breaking: true }],
  },
  {
    name: 'a query parameter whose type changes is breaking',
    from: doc(querying([{ name: 'limit', in: 'query', schema: str }])),
    to: doc(querying([{ name: 'limit', in: 'query', schema: int }])),
    want: [
      { kind: 'type-changed', direction: 'request', from: 'string', to: 'integer', breaking: true },
    ],
  },
  {
    name: 'a query enum value removed is breaking',
    from: doc(querying([mode(false, ['cancel', 'stop'])])),
    to: doc(querying([mode(false, ['cancel'])])),
    want: [{ kind: 'enum-value-removed', from: 'stop', breaking: true }],
  },
  {
    name: 'a query enum value added is non-breaking',
    from: doc(querying([mode(false, ['cancel'])])),
    to: doc(querying([mode(false, ['cancel', 'stop'])])),
    want: [{ kind: 'enum-value-added', to: 'stop', breaking: false }],
  },
  // Request bodies (Flink: request).
  {
    name: 'a new required request body is breaking',
    from: doc(querying([])),
    to: doc({
      '/jobs/overview': {
        get: {
          requestBody: { required: true, content: json(obj({})) },
          responses: { '200': { description: 'ok' } },
        },
      },
    }),
    want: [{ kind: 'request-body-added', required: true, breaking: true }],
  },
  {
    name: 'a removed request body is breaking',
    from: doc(sending(obj({ drain: { type: 'boolean' } }))),
    to: doc(sending(obj({}), { requestBody: undefined })),
    want: [{ kind: 'request-body-removed', breaking: true }],
  },
  {
    name: 'a removed request field is breaking (Flink request check)',
    from: doc(sending(obj({ drain: { type: 'boolean' }, targetDirectory: str }))),
    to: doc(sending(obj({ drain: { type: 'boolean' } }))),
    want: [
      {
        kind: 'property-removed',
        direction: 'request',
        pointer: 'targetDirectory',
        breaking: true,
        flinkCheck: 'request',
      },
    ],
  },
  {
    name: 'a new optional request field is non-breaking',
    from: doc(sending(obj({}))),
    to: doc(sending(obj({ formatType: str }))),
    want: [{ kind: 'property-added', pointer: 'formatType', required: false, breaking: false }],
  },
  {
    name: 'a new required request field is breaking',
    from: doc(sending(obj({}))),
    to: doc(sending(obj({ formatType: str }, ['formatType']))),
    want: [{ kind: 'property-added', required: true, breaking: true }],
  },
  {
    name: 'a request field that becomes required is breaking',
    from: doc(sending(obj({ drain: str }))),
    to: doc(sending(obj({ drain: str }, ['drain']))),
    want: [{ kind: 'property-became-required', pointer: 'drain', breaking: true }],
  },
  {
    name: 'a request number field that widens from integer to number is non-breaking',
    from: doc(sending(obj({ parallelism: int }))),
    to: doc(sending(obj({ parallelism: { type: 'number' } }))),
    want: [{ kind: 'type-changed', pointer: 'parallelism', breaking: false }],
  },
  {
    name: 'a request shape removed from a oneOf is breaking',
    from: doc(sending({ oneOf: [obj({ a: str }), obj({ b: str })] })),
    to: doc(sending({ oneOf: [obj({ a: str })] })),
    want: [{ kind: 'variant-removed', from: '#1', breaking: true }],
  },
  {
    name: 'a request that may now be null is non-breaking',
    from: doc(sending(obj({ a: str }))),
    to: doc(sending(obj({ a: { ...str, nullable: true } }))),
    want: [{ kind: 'nullable-added', direction: 'request', breaking: false }],
  },
  {
    name: 'a request enum where there was none is breaking',
    from: doc(sending(obj({ a: str }))),
    to: doc(sending(obj({ a: { ...str, enum: ['X'] } }))),
    want: [{ kind: 'enum-added', breaking: true }],
  },
  // Response bodies (Flink: response).
  {
    name: 'a removed response field is breaking (Flink response check)',
    from: doc(reading(obj({ name: str, state: str }))),
    to: doc(reading(obj({ name: str }))),
    want: [
      {
        kind: 'property-removed',
        direction: 'response',
        pointer: 'state',
        breaking: true,
        flinkCheck: 'response',
      },
    ],
  },
  {
    name: 'a new response field is non-breaking',
    from: doc(reading(obj({ name: str }))),
    to: doc(reading(obj({ name: str, state: str }, ['state']))),
    want: [{ kind: 'property-added', direction: 'response', breaking: false }],
  },
  {
    name: 'a response field that becomes optional is breaking',
    from: doc(reading(obj({ name: str }, ['name']))),
    to: doc(reading(obj({ name: str }))),
    want: [{ kind: 'property-became-optional', breaking: true }],
  },
  {
    name: 'a response field that becomes required is non-breaking',
    from: doc(reading(obj({ name: str }))),
    to: doc(reading(obj({ name: str }, ['name']))),
    want: [{ kind: 'property-became-required', breaking: false }],
  },
  {
    name: 'a response type change is breaking (Flink response check)',
    from: doc(reading(obj({ duration: int }))),
    to: doc(reading(obj({ duration: str }))),
    want: [
      {
        kind: 'type-changed',
        from: 'integer',
        to: 'string',
        breaking: true,
        flinkCheck: 'response',
      },
    ],
  },
  {
    name: 'a response integer that widens to number is breaking',
    from: doc(reading(obj({ load: int }))),
    to: doc(reading(obj({ load: { type: 'number' } }))),
    want: [{ kind: 'type-changed', breaking: true }],
  },
  {
    name: 'an untyped response field that gets a type is non-breaking (Flink allows "any")',
    from: doc(reading(obj({ plan: {} }))),
    to: doc(reading(obj({ plan: obj({ jid: str }) }))),
    want: [
      { kind: 'type-changed', from: 'any', to: 'object', breaking: false, flinkCheck: undefined },
    ],
  },
  {
    name: 'a response enum value added is breaking for exhaustive clients',
    from: doc(reading(obj({ state: { ...str, enum: ['RUNNING'] } }))),
    to: doc(reading(obj({ state: { ...str, enum: ['RUNNING', 'RESCALING'] } }))),
    want: [{ kind: 'enum-value-added', to: 'RESCALING', breaking: true, flinkCheck: 'response' }],
  },
  {
    name: 'a response enum value removed is non-breaking (Flink still rejects it)',
    from: doc(reading(obj({ state: { ...str, enum: ['RUNNING', 'GONE'] } }))),
    to: doc(reading(obj({ state: { ...str, enum: ['RUNNING'] } }))),
    want: [{ kind: 'enum-value-removed', breaking: false, flinkCheck: 'response' }],
  },
  {
    name: 'a response enum dropped altogether is breaking',
    from: doc(reading(obj({ state: { ...str, enum: ['RUNNING'] } }))),
    to: doc(reading(obj({ state: str }))),
    want: [{ kind: 'enum-removed', breaking: true }],
  },
  {
    name: 'a response field that may now be null is breaking',
    from: doc(reading(obj({ a: str }))),
    to: doc(reading(obj({ a: { ...str, nullable: true } }))),
    want: [{ kind: 'nullable-added', direction: 'response', breaking: true }],
  },
  {
    name: 'a response shape added to a oneOf is breaking',
    from: doc(reading({ oneOf: [{ $ref: '#/components/schemas/A' }] }), { A: obj({}) }),
    to: doc(
      reading({ oneOf: [{ $ref: '#/components/schemas/A' }, { $ref: '#/components/schemas/B' }] }),
      {
        A: obj({}),
        B: obj({}),
      },
    ),
    want: [{ kind: 'variant-added', to: 'B', breaking: true }],
  },
  {
    name: 'a changed format hint is non-breaking',
    from: doc(reading(obj({ n: { ...int, format: 'int32' } }))),
    to: doc(reading(obj({ n: { ...int, format: 'int64' } }))),
    want: [{ kind: 'format-changed', from: 'int32', to: 'int64', breaking: false }],
  },
  {
    name: 'free-form entries that go are breaking',
    from: doc(reading({ type: 'object', additionalProperties: str })),
    to: doc(reading(obj({}))),
    want: [{ kind: 'map-values-removed', breaking: true }],
  },
  {
    name: 'free-form entries that appear are non-breaking',
    from: doc(reading(obj({}))),
    to: doc(reading({ type: 'object', additionalProperties: str })),
    want: [{ kind: 'map-values-added', breaking: false }],
  },
  // Walking: $ref, items, additionalProperties, allOf, oneOf, cycles.
  {
    name: 'changes are found through $ref and items, naming the component',
    from: doc(
      reading(obj({ jobs: { type: 'array', items: { $ref: '#/components/schemas/Job' } } })),
      {
        Job: obj({ id: str, host: str }),
      },
    ),
    to: doc(
      reading(obj({ jobs: { type: 'array', items: { $ref: '#/components/schemas/Job' } } })),
      {
        Job: obj({ id: str }),
      },
    ),
    want: [{ kind: 'property-removed', pointer: 'jobs[].host', schema: 'Job', breaking: true }],
  },
  {
    name: 'changes are found through additionalProperties',
    from: doc(reading({ type: 'object', additionalProperties: obj({ value: str }) })),
    to: doc(reading({ type: 'object', additionalProperties: obj({ value: int }) })),
    want: [{ kind: 'type-changed', pointer: '*.value', breaking: true }],
  },
  {
    name: 'allOf parts are merged before comparing',
    from: doc(reading({ allOf: [{ $ref: '#/components/schemas/Base' }, obj({ b: str })] }), {
      Base: obj({ a: str }),
    }),
    to: doc(reading({ allOf: [{ $ref: '#/components/schemas/Base' }, obj({ b: str })] }), {
      Base: obj({}),
    }),
    want: [{ kind: 'property-removed', pointer: 'a', breaking: true }],
  },
  {
    name: 'changes inside a oneOf variant are found, the variant named',
    from: doc(reading(obj({ op: { oneOf: [{ $ref: '#/components/schemas/Info' }] } })), {
      Info: obj({ location: str }),
    }),
    to: doc(reading(obj({ op: { oneOf: [{ $ref: '#/components/schemas/Info' }] } })), {
      Info: obj({}),
    }),
    want: [
      { kind: 'property-removed', pointer: 'op<Info>.location', schema: 'Info', breaking: true },
    ],
  },
  {
    name: 'a recursive schema is walked once (cycles end)',
    from: doc(reading({ $ref: '#/components/schemas/Node' }), {
      Node: obj({ children: { type: 'array', items: { $ref: '#/components/schemas/Node' } } }),
    }),
    to: doc(reading({ $ref: '#/components/schemas/Node' }), {
      Node: obj({
        children: { type: 'array', items: { $ref: '#/components/schemas/Node' } },
        name: str,
      }),
    }),
    want: [{ kind: 'property-added', pointer: 'name', schema: 'Node', breaking: false }],
  },
  {
    name: 'identical documents have no changes',
    from: doc(reading(obj({ a: str })), { X: obj({}) }),
    to: doc(reading(obj({ a: str })), { X: obj({}) }),
    want: [],
  },
];

describe('diffSpecs: one rule per row', () => {
  it.each(rows)('$name', ({ from, to, want }) => {
    const report = diffSpecs(from, to);
    expect(report.changes).toHaveLength(want.length);
    want.forEach((w, i) => {
      const got = report.changes[i] as unknown as Record<string, unknown>;
      expect(Object.fromEntries(Object.keys(w).map((k) => [k, got[k]]))).toEqual(w);
    });
    expect(report.summary.breaking).toBe(want.filter((w) => w.breaking).length);
  });
});

describe('diffSpecs: the report', () => {
  it('names both sides, their versions and operation counts', () => {
    const report = diffSpecs(doc(reading(str)), doc({}), { fromLabel: 'a.yaml', toLabel: '2.0' });
    expect(report.from).toEqual({ label: 'a.yaml', version: 'v1/test', operations: 1 });
    expect(report.to).toEqual({ label: '2.0', version: 'v1/test', operations: 0 });
    expect(report.summary).toEqual({
      breaking: 1,
      nonBreaking: 0,
      operationsAdded: 0,
      operationsRemoved: 1,
      operationsChanged: 0,
    });
  });

  it('every change has a reason', () => {
    const report = diffSpecs(doc(reading(obj({ a: str }))), doc(reading(obj({ b: int }))));
    for (const change of report.changes) expect(change.reason).toMatch(/\w/);
  });
});
