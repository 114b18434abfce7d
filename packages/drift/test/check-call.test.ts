import { describe, expect, it } from 'vitest';
import { checkCall } from '../src/check-call.js';
import { operationsOf } from '../src/operations.js';
import { usageInSource } from '../src/scan-usage.js';

// One small spec: a job read with a query and a header parameter, a run with a JSON body (one
// required field), an operation without a body or a described response.
const json = (schema: object) => ({ content: { 'application/json': { schema } } });
const doc = {
  openapi: '3.0.1',
  info: { title: 't', version: '1' },
  paths: {
    '/jobs/{jobid}': {
      parameters: [{ name: 'jobid', in: 'path', required: true, schema: { type: 'string' } }],
      get: {
        parameters: [
          { name: 'agg', in: 'query', schema: { type: 'string' } },
          { name: 'X-Trace', in: 'header', schema: { type: 'string' } },
        ],
        responses: {
          '200': json({
            type: 'object',
            properties: {
              name: { type: 'string' },
              vertices: { type: 'array', items: { type: 'object', properties: { id: {} } } },
            },
          }),
          default: json({ type: 'object', properties: { errors: { type: 'array' } } }),
        },
      },
    },
    '/jars/{jarid}/run': {
      post: {
        parameters: [
          { name: 'jarid', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'mode', in: 'query', required: true, schema: { type: 'string' } },
        ],
        requestBody: json({
          type: 'object',
          required: ['entryClass'],
          properties: { entryClass: { type: 'string' }, parallelism: { type: 'integer' } },
        }),
        responses: { '200': json({ type: 'object', properties: { jobid: { type: 'string' } } }) },
      },
    },
    '/jobs/{jobid}/coordinators/{operatorUid}': {
      post: { responses: { '202': { description: 'accepted' } } },
    },
  },
};
const operations = operationsOf(doc);

/** The breaks of the first call in `code`, one line each. */
const breaksOf = (code: string) => {
  const [site] = usageInSource(code, 'app.ts');
  if (site === undefined) throw new Error(`no call in ${code}`);
  return checkCall(doc, operations, site).map((b) =>
    [b.reason, b.where, b.name, b.detail].filter((part) => part !== undefined).join(' | '),
  );
};

describe('checkCall', () => {
  it.each([
    {
      name: 'a call that fits',
      given:
        "const { data } = await f.GET('/jobs/{jobid}', { params: { path: { jobid }, query: { agg: 'max' }, header: { 'X-Trace': '1' } } }); data?.vertices.map((v) => v.id); data?.name;",
      want: [],
    },
    {
      name: 'an unknown operation',
      given: "f.GET('/nowhere')",
      want: ['operation missing | operation'],
    },
    {
      name: 'another method of a known path',
      given: "f.DELETE('/jobs/{jobid}')",
      want: ['operation missing | operation'],
    },
    {
      name: 'a renamed path parameter names what the spec has (the client refuses the old path)',
      given: "f.POST('/jobs/{jobid}/coordinators/{operatorid}')",
      want: [
        'operation missing | operation | the spec has POST /jobs/{jobid}/coordinators/{operatorUid}',
      ],
    },
    {
      name: 'a parameter the spec lacks',
      given:
        "f.GET('/jobs/{jobid}', { params: { path: { jobid }, query: { 'program-args': 'x' } } })",
      want: ['parameter removed | query parameter | program-args'],
    },
    {
      name: 'a parameter in another place',
      given: "f.GET('/jobs/{jobid}', { params: { path: { jobid }, query: { 'X-Trace': 'x' } } })",
      want: [
        'parameter removed | query parameter | X-Trace | the spec has it as a header parameter',
      ],
    },
    {
      name: 'a required query parameter not passed',
      given:
        "f.POST('/jars/{jarid}/run', { params: { path: { jarid } }, body: { entryClass: 'A' } })",
      want: ['required parameter not passed | query parameter | mode'],
    },
    {
      name: 'required parameters are not asked of params the scan cannot see',
      given: "f.POST('/jars/{jarid}/run', { params, body: { entryClass: 'A' } })",
      want: [],
    },
    {
      name: 'a body field removed, one retyped, a required one not passed',
      given:
        "f.POST('/jars/{jarid}/run', { params: { path: { jarid }, query: { mode: 'm' } }, body: { parallelism: '2', programArgs: 'a b' } })",
      want: [
        'field retyped | request body | parallelism | integer in the spec, the code uses a string',
        'field removed | request body | programArgs',
        'required field not passed | request body | entryClass',
      ],
    },
    {
      name: 'required body fields are not asked of a body with a spread',
      given:
        "f.POST('/jars/{jarid}/run', { params: { path: { jarid }, query: { mode: 'm' } }, body: { ...defaults, parallelism: 2 } })",
      want: [],
    },
    {
      name: 'fields of a removed field are said once',
      given:
        "f.POST('/jars/{jarid}/run', { params: { path: { jarid }, query: { mode: 'm' } }, body: { entryClass: 'A', config: { a: 1, b: 2 } } })",
      want: ['field removed | request body | config'],
    },
    {
      name: 'a body for an operation without one',
      given: "f.POST('/jobs/{jobid}/coordinators/{operatorUid}', { body: { a: 1, b: { c: 2 } } })",
      want: [
        'field removed | request body | a | the operation takes no request body',
        'field removed | request body | b | the operation takes no request body',
      ],
    },
    {
      name: 'a response field the spec lacks (error bodies do not count)',
      given:
        "const { data } = await f.GET('/jobs/{jobid}', { params: { path: { jobid } } }); data?.errors; data?.vertices[0].host;",
      want: ['field removed | response | errors', 'field removed | response | vertices[].host'],
    },
    {
      name: 'reads of a response the spec does not describe cannot be told',
      given: "const { data } = await f.POST('/jobs/{jobid}/coordinators/{operatorUid}'); data.x;",
      want: [],
    },
    {
      name: 'a helper is checked for its operations only',
      given: 'flink.jobs.cancel(id)',
      want: ['operation missing | operation'],
    },
  ])('$name', ({ given, want }) => {
    expect(breaksOf(given)).toEqual(want);
  });
});
