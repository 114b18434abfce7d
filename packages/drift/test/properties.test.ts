import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OPERATION_CHANGE_KINDS, SCHEMA_CHANGE_KINDS } from '../src/change.js';
import { compareChanges, diffSpecs } from '../src/diff-specs.js';

// Property tests of the differ over random, well-formed schemas (with $ref cycles).

type Json = Record<string, unknown>;

const name = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'state', 'id');
const primitive = fc.constantFrom<Json>(
  { type: 'string' },
  { type: 'integer' },
  { type: 'integer', format: 'int64' },
  { type: 'number' },
  { type: 'boolean' },
  { type: 'string', nullable: true },
  {},
);
const enumSchema = fc
  .uniqueArray(fc.constantFrom('A', 'B', 'C', 'D'), { minLength: 1 })
  .map((values): Json => ({ type: 'string', enum: values }));
const ref = fc.constantFrom<Json>(
  { $ref: '#/components/schemas/Node' },
  { $ref: '#/components/schemas/Leaf' },
);

const { schema } = fc.letrec<{ schema: Json; object: Json; array: Json; union: Json; map: Json }>(
  (tie) => ({
    schema: fc.oneof(
      { maxDepth: 4, depthIdentifier: 'schema' },
      primitive,
      enumSchema,
      ref,
      tie('object'),
      tie('array'),
      tie('union'),
      tie('map'),
    ),
    object: fc.dictionary(name, tie('schema'), { maxKeys: 4 }).chain((properties) =>
      fc.subarray(Object.keys(properties)).map(
        (required): Json => ({
          type: 'object',
          properties,
          ...(required.length > 0 ? { required } : {}),
        }),
      ),
    ),
    array: tie('schema').map((items): Json => ({ type: 'array', items })),
    union: fc
      .array(tie('schema'), { minLength: 1, maxLength: 3 })
      .map((oneOf): Json => ({ oneOf })),
    map: tie('schema').map((v): Json => ({ type: 'object', additionalProperties: v })),
  }),
);

const json = (s: unknown) => ({ 'application/json': { schema: s } });

/** A document whose `GET` answers `body` and whose `POST` takes it; `Node` is recursive. */
function docOf(body: Json, node: Json, extraPaths: Json = {}): Json {
  return {
    openapi: '3.0.1',
    info: { title: 'random', version: '1' },
    paths: {
      '/things/{id}': {
        get: {
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { '200': { description: 'ok', content: json(body) } },
        },
        post: {
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          requestBody: { required: true, content: json(body) },
          responses: { '202': { description: 'ok' } },
        },
      },
      ...extraPaths,
    },
    components: {
      schemas: {
        Node: {
          type: 'object',
          properties: { next: { $ref: '#/components/schemas/Node' }, value: node },
        },
        Leaf: { type: 'string' },
      },
    },
  };
}

const KINDS = new Set<string>([...OPERATION_CHANGE_KINDS, ...SCHEMA_CHANGE_KINDS]);

describe('diffSpecs properties', () => {
  it('diff(a, a) has no changes', () => {
    fc.assert(
      fc.property(schema, schema, (body, node) => {
        const doc = docOf(body, node);
        expect(diffSpecs(doc, structuredClone(doc)).changes).toEqual([]);
      }),
    );
  });

  it('never throws on random pairs; every change is classified, known and in order', () => {
    fc.assert(
      fc.property(schema, schema, schema, schema, (bodyA, nodeA, bodyB, nodeB) => {
        const report = diffSpecs(docOf(bodyA, nodeA), docOf(bodyB, nodeB));
        for (const change of report.changes) {
          expect(KINDS.has(change.kind)).toBe(true);
          expect(typeof change.breaking).toBe('boolean');
          expect(change.reason.length).toBeGreaterThan(0);
        }
        for (let i = 1; i < report.changes.length; i++) {
          const [prev, next] = [report.changes[i - 1], report.changes[i]];
          if (prev && next) expect(compareChanges(prev, next)).toBeLessThanOrEqual(0);
        }
        expect(report.summary.breaking + report.summary.nonBreaking).toBe(report.changes.length);
      }),
    );
  });

  it('a new optional field in a response object is one non-breaking change', () => {
    fc.assert(
      fc.property(fc.dictionary(name, schema, { maxKeys: 4 }), schema, (properties, added) => {
        const reading = (props: Json) => ({
          openapi: '3.0.1',
          info: { title: 'r', version: '1' },
          paths: {
            '/x': {
              get: {
                responses: {
                  '200': {
                    description: 'ok',
                    content: json({ type: 'object', properties: props }),
                  },
                },
              },
            },
          },
          components: docOf({}, {}).components,
        });
        const from = reading(properties);
        const to = reading({ ...properties, 'new-field': added });
        const report = diffSpecs(from, to);
        expect(report.changes).toHaveLength(1);
        expect(report.changes[0]).toMatchObject({
          kind: 'property-added',
          pointer: 'new-field',
          direction: 'response',
          breaking: false,
        });
      }),
    );
  });

  it('a removed operation is always breaking; an added one never is', () => {
    fc.assert(
      fc.property(
        schema,
        schema,
        fc.constantFrom('get', 'put', 'post', 'delete', 'patch'),
        fc.constantFrom('/extra', '/jobs/{jobid}/extra', '/things/{id}/more'),
        (body, node, method, path) => {
          const extra = {
            [path]: {
              [method]: { responses: { '200': { description: 'ok', content: json(body) } } },
            },
          };
          const smaller = docOf(body, node);
          const larger = docOf(body, node, extra);
          const key = `${method.toUpperCase()} ${path}`;

          const removed = diffSpecs(larger, smaller);
          expect(removed.changes).toEqual([
            expect.objectContaining({ kind: 'operation-removed', operation: key, breaking: true }),
          ]);
          expect(removed.summary.breaking).toBe(1);

          const added = diffSpecs(smaller, larger);
          expect(added.changes).toEqual([
            expect.objectContaining({ kind: 'operation-added', operation: key, breaking: false }),
          ]);
          expect(added.summary.breaking).toBe(0);
        },
      ),
    );
  });

  it('fields that become required break the request side only', () => {
    // Direction matters: the same change is breaking where the client writes the field and
    // harmless where it reads it.
    fc.assert(
      fc.property(fc.dictionary(name, schema, { minKeys: 1, maxKeys: 4 }), (properties) => {
        const keys = Object.keys(properties);
        const before = docOf({ type: 'object', properties }, {});
        const after = docOf({ type: 'object', properties, required: keys }, {});
        const report = diffSpecs(before, after);
        for (const change of report.changes) {
          expect(change.kind).toBe('property-became-required');
          expect(change.breaking).toBe(change.direction === 'request');
        }
        expect(report.changes).toHaveLength(keys.length * 2);
      }),
    );
  });
});
