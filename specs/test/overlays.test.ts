/**
 * Our corrections (specs/overlays/*.yaml), one table row per overlay: a small spec in, the
 * corrected spec out. Then every overlay against every pinned spec it claims to apply to.
 */
import { supportedLines } from '@flink-rest/versions';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyOverlay, overlayAppliesTo } from '../src/apply-overlay.js';
import { listOverlays } from '../src/list-overlays.js';
import { preparePinnedSpec } from '../src/load-spec.js';
import type { Overlay } from '../src/overlay-file.js';
import type { OpenApiDocument } from '../src/validate-openapi.js';
import { validateOpenApi } from '../src/validate-openapi.js';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: unknown) => ({ content: { 'application/json': { schema } } });
const ok = (schema: unknown) => ({ description: 'The request was successful.', ...json(schema) });
const spec = (paths: Record<string, unknown>, schemas: Record<string, unknown> = {}) =>
  ({ openapi: '3.0.1', paths, components: { schemas } }) as OpenApiDocument;
const query = (name: string, schema: unknown) => ({
  name,
  in: 'query',
  required: false,
  style: 'form',
  schema,
});
const listQuery = (name: string, items: unknown) => ({
  name,
  in: 'query',
  required: false,
  style: 'form',
  explode: false,
  schema: { type: 'array', items },
});
const error = {
  description:
    'An error; errors[0] is the message (for a handler exception, with its stack trace).',
  ...json(ref('ErrorResponseBody')),
};
const statusResult = (info: string) => ({
  type: 'object',
  required: ['status'],
  properties: { status: ref('QueueStatus'), operation: { nullable: true, allOf: [ref(info)] } },
});
const number = { type: 'number', format: 'double' };
const logFileName = (list: string) => ({
  description: `A file name from ${list}.`,
  name: 'filename',
  in: 'path',
  required: true,
  schema: { type: 'string' },
});
const textFile = {
  description: "The file's content.",
  content: { 'text/plain': { schema: { type: 'string' } } },
};

interface Case {
  id: string;
  line: string;
  given: OpenApiDocument;
  want: OpenApiDocument;
}

const cases: Case[] = [
  {
    id: 'application-id-hex',
    line: '2.3',
    given: spec(
      {},
      {
        ApplicationID: {
          type: 'object',
          properties: {
            bytes: { type: 'string', format: 'byte' },
            lowerPart: { type: 'integer', format: 'int64' },
            upperPart: { type: 'integer', format: 'int64' },
          },
        },
      },
    ),
    want: spec({}, { ApplicationID: { type: 'string', pattern: '[0-9a-f]{32}' } }),
  },
  {
    id: 'checkpoint-savepoint-format-nullable',
    line: '1.18',
    given: spec(
      {},
      {
        CheckpointStatistics: {
          type: 'object',
          properties: { id: { type: 'integer' }, savepointFormat: { type: 'string' } },
        },
      },
    ),
    want: spec(
      {},
      {
        CheckpointStatistics: {
          type: 'object',
          properties: {
            id: { type: 'integer' },
            savepointFormat: { type: 'string', nullable: true },
          },
        },
      },
    ),
  },
  {
    id: 'jar-entry-description-nullable',
    line: '2.3',
    given: spec(
      {},
      {
        JarEntryInfo: {
          type: 'object',
          properties: { description: { type: 'string' }, name: { type: 'string' } },
        },
      },
    ),
    want: spec(
      {},
      {
        JarEntryInfo: {
          type: 'object',
          properties: {
            description: { type: 'string', nullable: true },
            name: { type: 'string' },
          },
        },
      },
    ),
  },
  {
    id: 'job-details-scheduler-type-nullable',
    line: '2.3',
    given: spec(
      {},
      {
        JobDetails: {
          type: 'object',
          properties: { schedulerType: ref('SchedulerType'), name: { type: 'string' } },
        },
      },
    ),
    want: spec(
      {},
      {
        JobDetails: {
          type: 'object',
          properties: {
            schedulerType: { nullable: true, oneOf: [ref('SchedulerType')] },
            name: { type: 'string' },
          },
        },
      },
    ),
  },
  {
    id: 'job-exceptions-root-nullable',
    line: '1.20',
    given: spec(
      {},
      {
        JobExceptionsInfoWithHistory: {
          type: 'object',
          properties: {
            'root-exception': { type: 'string' },
            timestamp: { type: 'integer', format: 'int64' },
            truncated: { type: 'boolean' },
          },
        },
      },
    ),
    want: spec(
      {},
      {
        JobExceptionsInfoWithHistory: {
          type: 'object',
          properties: {
            'root-exception': { type: 'string', nullable: true },
            timestamp: { type: 'integer', format: 'int64', nullable: true },
            truncated: { type: 'boolean' },
          },
        },
      },
    ),
  },
  {
    id: 'latest-checkpoints-nullable',
    line: '2.0',
    given: spec(
      {},
      {
        LatestCheckpoints: {
          type: 'object',
          properties: {
            completed: ref('CompletedCheckpointStatistics'),
            failed: ref('FailedCheckpointStatistics'),
            restored: ref('RestoredCheckpointStatistics'),
            savepoint: ref('CompletedCheckpointStatistics'),
          },
        },
      },
    ),
    want: spec(
      {},
      {
        LatestCheckpoints: {
          type: 'object',
          properties: {
            completed: { nullable: true, oneOf: [ref('CompletedCheckpointStatistics')] },
            failed: { nullable: true, oneOf: [ref('FailedCheckpointStatistics')] },
            restored: { nullable: true, oneOf: [ref('RestoredCheckpointStatistics')] },
            savepoint: { nullable: true, oneOf: [ref('CompletedCheckpointStatistics')] },
          },
        },
      },
    ),
  },
  {
    id: 'stats-summary-nan',
    line: '1.19',
    given: spec(
      {},
      {
        StatsSummaryDto: {
          type: 'object',
          properties: {
            avg: { type: 'integer', format: 'int64' },
            ...Object.fromEntries(['p50', 'p90', 'p95', 'p99', 'p999'].map((p) => [p, number])),
          },
        },
      },
    ),
    want: spec(
      {},
      {
        StatsSummaryDto: {
          type: 'object',
          properties: {
            avg: { type: 'integer', format: 'int64' },
            ...Object.fromEntries(
              ['p50', 'p90', 'p95', 'p99', 'p999'].map((p) => [
                p,
                { oneOf: [number, { type: 'string', enum: ['NaN'] }] },
              ]),
            ),
          },
        },
      },
    ),
  },
  {
    id: 'list-query-parameters',
    line: '1.18',
    given: spec({
      '/jobs/metrics': {
        get: {
          parameters: [
            query('get', { type: 'string' }),
            query('agg', ref('AggregationMode')),
            query('jobs', ref('JobID')),
          ],
        },
      },
      '/taskmanagers/metrics': { get: { parameters: [query('taskmanagers', ref('ResourceID'))] } },
      '/jobs/{jobid}/vertices/{vertexid}/subtasks/metrics': {
        get: {
          parameters: [
            { name: 'jobs', in: 'path', required: true, schema: ref('JobID') },
            query('subtasks', { type: 'string' }),
            query('parallelism', { type: 'integer' }),
          ],
        },
      },
    }),
    want: spec({
      '/jobs/metrics': {
        get: {
          parameters: [
            listQuery('get', { type: 'string' }),
            listQuery('agg', ref('AggregationMode')),
            listQuery('jobs', ref('JobID')),
          ],
        },
      },
      '/taskmanagers/metrics': {
        get: { parameters: [listQuery('taskmanagers', ref('ResourceID'))] },
      },
      '/jobs/{jobid}/vertices/{vertexid}/subtasks/metrics': {
        get: {
          parameters: [
            { name: 'jobs', in: 'path', required: true, schema: ref('JobID') },
            listQuery('subtasks', { type: 'string' }),
            query('parallelism', { type: 'integer' }),
          ],
        },
      },
    }),
  },
  {
    id: 'metric-collection-bare-array',
    line: '2.0',
    given: spec(
      {
        '/jobmanager/metrics': {
          get: { responses: { 200: ok(ref('MetricCollectionResponseBody')) } },
        },
      },
      {
        Metric: {
          type: 'object',
          required: ['id'],
          properties: { id: { type: 'string' }, value: { type: 'string' } },
        },
        MetricCollectionResponseBody: {
          type: 'object',
          properties: { metrics: { type: 'array', items: ref('Metric') } },
        },
      },
    ),
    want: spec(
      {
        '/jobmanager/metrics': {
          get: { responses: { 200: ok(ref('MetricCollectionResponseBody')) } },
        },
      },
      {
        Metric: {
          type: 'object',
          required: ['id'],
          properties: { id: { type: 'string' }, value: { type: 'string' } },
        },
        MetricCollectionResponseBody: { type: 'array', items: ref('Metric') },
      },
    ),
  },
  {
    id: 'aggregated-metrics-bare-array',
    line: '1.19',
    given: spec({}, { AggregatedMetricsResponseBody: { type: 'object' } }),
    want: spec(
      {},
      {
        AggregatedMetricsResponseBody: { type: 'array', items: ref('AggregatedMetric') },
        AggregatedMetric: {
          type: 'object',
          required: ['id'],
          properties: {
            id: { type: 'string' },
            min: number,
            max: number,
            avg: number,
            sum: number,
          },
        },
      },
    ),
  },
  {
    id: 'aggregated-metrics-bare-array',
    line: '1.20',
    given: spec({}, { AggregatedMetricsResponseBody: { type: 'object' } }),
    want: spec(
      {},
      {
        AggregatedMetricsResponseBody: { type: 'array', items: ref('AggregatedMetric') },
        AggregatedMetric: {
          type: 'object',
          required: ['id'],
          properties: {
            id: { type: 'string' },
            min: number,
            max: number,
            avg: number,
            sum: number,
            skew: number,
          },
        },
      },
    ),
  },
  {
    id: 'slot-sharing-group-id-hex',
    line: '1.20',
    given: spec(
      {},
      {
        SlotSharingGroupId: {
          type: 'object',
          properties: {
            bytes: { type: 'array', items: { type: 'string', format: 'byte' } },
            lowerPart: { type: 'integer', format: 'int64' },
            upperPart: { type: 'integer', format: 'int64' },
          },
        },
      },
    ),
    want: spec({}, { SlotSharingGroupId: { type: 'string', pattern: '[0-9a-f]{32}' } }),
  },
  {
    id: 'serialized-throwable-fields',
    line: '2.3',
    given: spec(
      {},
      {
        SerializedThrowable: {
          type: 'object',
          properties: { 'serialized-throwable': { type: 'string', format: 'binary' } },
        },
      },
    ),
    want: spec(
      {},
      {
        SerializedThrowable: {
          type: 'object',
          required: ['class', 'stack-trace', 'serialized-throwable'],
          properties: {
            class: { type: 'string', description: 'Class name of the original exception.' },
            'stack-trace': {
              type: 'string',
              description: 'The full stack trace, causes included.',
            },
            'serialized-throwable': {
              type: 'string',
              format: 'byte',
              description: 'The Java-serialized exception, base64.',
            },
          },
        },
      },
    ),
  },
  {
    id: 'custom-log-files',
    line: '1.18',
    given: spec({
      '/jobmanager/logs': {
        get: { description: 'list', responses: { 200: ok(ref('LogListInfo')) } },
      },
      '/taskmanagers/{taskmanagerid}/logs': {
        get: { description: 'list', responses: { 200: ok(ref('LogListInfo')) } },
      },
    }),
    want: spec({
      '/jobmanager/logs': {
        get: {
          description:
            'Returns the list of log files on the JobManager; each is served as text at /jobmanager/logs/{filename}.',
          responses: { 200: ok(ref('LogListInfo')) },
        },
      },
      '/taskmanagers/{taskmanagerid}/logs': {
        get: {
          description:
            'Returns the list of log files on a TaskManager; each is served as text at /taskmanagers/{taskmanagerid}/logs/{filename}.',
          responses: { 200: ok(ref('LogListInfo')) },
        },
      },
      '/jobmanager/logs/{filename}': {
        get: {
          description: 'Returns one log file of the JobManager, as text.',
          operationId: 'getJobManagerCustomLog',
          parameters: [logFileName('/jobmanager/logs')],
          responses: { 200: textFile },
        },
      },
      '/taskmanagers/{taskmanagerid}/logs/{filename}': {
        get: {
          description: 'Returns one log file of a TaskManager, as text.',
          operationId: 'getTaskManagerCustomLog',
          parameters: [
            {
              description: 'A TaskManager id from /taskmanagers.',
              name: 'taskmanagerid',
              in: 'path',
              required: true,
              schema: ref('ResourceID'),
            },
            logFileName('/taskmanagers/{taskmanagerid}/logs'),
          ],
          responses: { 200: textFile },
        },
      },
    }),
  },
  {
    id: 'error-response-body',
    line: '1.18',
    given: spec({
      '/jobs': { get: { responses: { 200: ok(ref('JobIdsWithStatusOverview')) } } },
      '/jobs/{jobid}': {
        patch: { responses: { 202: { description: 'accepted' } } },
        get: { responses: {} },
      },
    }),
    want: spec(
      {
        '/jobs': {
          get: { responses: { 200: ok(ref('JobIdsWithStatusOverview')), default: error } },
        },
        '/jobs/{jobid}': {
          patch: { responses: { 202: { description: 'accepted' }, default: error } },
          get: { responses: { default: error } },
        },
      },
      {
        ErrorResponseBody: {
          type: 'object',
          required: ['errors'],
          properties: { errors: { type: 'array', items: { type: 'string' } } },
        },
      },
    ),
  },
  {
    id: 'async-operation-results',
    line: '2.3',
    given: spec({
      '/jobs/{jobid}/savepoints/{triggerid}': {
        get: { responses: { 200: ok(ref('AsynchronousOperationResult')) } },
      },
      '/jobs/{jobid}/checkpoints/{triggerid}': {
        get: { responses: { 200: ok(ref('AsynchronousOperationResult')) } },
      },
      '/savepoint-disposal/{triggerid}': {
        get: { responses: { 200: ok(ref('AsynchronousOperationResult')) } },
      },
      '/datasets/delete/{triggerid}': {
        get: { responses: { 200: ok(ref('AsynchronousOperationResult')) } },
      },
      '/jobs/{jobid}/rescaling/{triggerid}': {
        get: { responses: { 200: ok(ref('AsynchronousOperationResult')) } },
      },
    }),
    want: spec(
      {
        '/jobs/{jobid}/savepoints/{triggerid}': {
          get: { responses: { 200: ok(ref('SavepointStatusResult')) } },
        },
        '/jobs/{jobid}/checkpoints/{triggerid}': {
          get: { responses: { 200: ok(ref('CheckpointStatusResult')) } },
        },
        '/savepoint-disposal/{triggerid}': {
          get: { responses: { 200: ok(ref('AsynchronousOperationStatusResult')) } },
        },
        '/datasets/delete/{triggerid}': {
          get: { responses: { 200: ok(ref('AsynchronousOperationStatusResult')) } },
        },
        '/jobs/{jobid}/rescaling/{triggerid}': {
          get: { responses: { 200: ok(ref('AsynchronousOperationStatusResult')) } },
        },
      },
      {
        SavepointStatusResult: statusResult('SavepointInfo'),
        CheckpointStatusResult: statusResult('CheckpointInfo'),
        AsynchronousOperationStatusResult: statusResult('AsynchronousOperationInfo'),
      },
    ),
  },
  {
    id: 'checkpoint-mode-case',
    line: '1.18',
    given: spec(
      {},
      { ProcessingMode: { type: 'string', enum: ['AT_LEAST_ONCE', 'EXACTLY_ONCE'] } },
    ),
    want: spec({}, { ProcessingMode: { type: 'string', enum: ['at_least_once', 'exactly_once'] } }),
  },
  {
    id: 'resource-id-free-form',
    line: '1.20',
    given: spec(
      {},
      {
        ResourceID: { type: 'string', pattern: '[0-9a-f]{32}' },
        JobID: { type: 'string', pattern: '[0-9a-f]{32}' },
      },
    ),
    want: spec(
      {},
      { ResourceID: { type: 'string' }, JobID: { type: 'string', pattern: '[0-9a-f]{32}' } },
    ),
  },
  {
    id: 'query-enum-case',
    line: '1.19',
    given: spec(
      {},
      {
        TerminationMode: { type: 'string', enum: ['CANCEL', 'STOP'] },
        AggregationMode: { type: 'string', enum: ['MIN', 'MAX', 'SUM', 'AVG'] },
        ThreadStates: { type: 'string', enum: ['FULL', 'ON_CPU', 'OFF_CPU'] },
      },
    ),
    want: spec(
      {},
      {
        TerminationMode: { type: 'string', enum: ['cancel', 'stop', 'CANCEL', 'STOP'] },
        AggregationMode: {
          type: 'string',
          enum: ['min', 'max', 'sum', 'avg', 'MIN', 'MAX', 'SUM', 'AVG'],
        },
        ThreadStates: {
          type: 'string',
          enum: ['full', 'on_cpu', 'off_cpu', 'FULL', 'ON_CPU', 'OFF_CPU'],
        },
      },
    ),
  },
  {
    id: 'query-enum-case',
    line: '2.0',
    given: spec(
      {},
      {
        TerminationMode: { type: 'string', enum: ['CANCEL', 'STOP'] },
        AggregationMode: { type: 'string', enum: ['MIN', 'MAX', 'SUM', 'AVG', 'SKEW'] },
        ThreadStates: { type: 'string', enum: ['FULL', 'ON_CPU', 'OFF_CPU'] },
      },
    ),
    want: spec(
      {},
      {
        TerminationMode: { type: 'string', enum: ['cancel', 'stop', 'CANCEL', 'STOP'] },
        AggregationMode: {
          type: 'string',
          enum: ['min', 'max', 'sum', 'avg', 'skew', 'MIN', 'MAX', 'SUM', 'AVG', 'SKEW'],
        },
        ThreadStates: {
          type: 'string',
          enum: ['full', 'on_cpu', 'off_cpu', 'FULL', 'ON_CPU', 'OFF_CPU'],
        },
      },
    ),
  },
];

let overlays: Overlay[];
const byId = (id: string) => {
  const overlay = overlays.find((o) => o.id === id);
  if (!overlay) throw new Error(`no overlay ${id}`);
  return overlay;
};

beforeAll(async () => {
  overlays = await listOverlays();
});

describe('our overlays', () => {
  it('have a table row each', () => {
    expect(new Set(cases.map((c) => c.id))).toEqual(new Set(overlays.map((o) => o.id)));
  });

  it.each(cases)('$id on Flink $line: spec in, corrected spec out', ({ id, line, given, want }) => {
    expect(applyOverlay(given, byId(id), line)).toEqual(JSON.parse(JSON.stringify(want)));
  });

  it.each(cases)(
    '$id on Flink $line fails loudly on a spec without its targets',
    ({ id, line }) => {
      const empty = spec({}, {});
      expect(() => applyOverlay(empty, byId(id), line)).toThrow(
        /selects nothing in the Flink .* spec/,
      );
    },
  );

  it('slot-sharing-group-id-hex does not apply before 1.20 (no such schema there)', () => {
    expect(overlayAppliesTo(byId('slot-sharing-group-id-hex'), '1.19')).toBe(false);
    expect(overlayAppliesTo(byId('slot-sharing-group-id-hex'), '1.20')).toBe(true);
  });

  it.each([
    { id: 'application-id-hex', line: '2.2', want: false },
    { id: 'application-id-hex', line: '2.3', want: true },
    { id: 'job-exceptions-root-nullable', line: '1.20', want: true },
    { id: 'job-exceptions-root-nullable', line: '2.0', want: false },
  ])('$id applies to Flink $line: $want (the fields exist there or not)', ({ id, line, want }) => {
    expect(overlayAppliesTo(byId(id), line)).toBe(want);
  });

  it.each(supportedLines.map((line) => ({ line })))(
    'all apply to the pinned Flink $line spec, leaving no dangling reference',
    async ({ line }) => {
      const prepared = await preparePinnedSpec(line, { overlays: true });
      expect(prepared.applied.map((o) => o.id)).toEqual(
        overlays.filter((o) => overlayAppliesTo(o, line)).map((o) => o.id),
      );
      expect(() => validateOpenApi(prepared.document, `Flink ${line} with overlays`)).not.toThrow();
      const schemas = prepared.document.components?.schemas ?? {};
      expect(schemas.MetricCollectionResponseBody).toMatchObject({ type: 'array' });
      expect(schemas.ErrorResponseBody).toBeDefined();
    },
  );
});
