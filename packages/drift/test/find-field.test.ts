import { describe, expect, it } from 'vitest';
import { pointerOf as pointer, type UseType } from '../src/field-use.js';
import { findField } from '../src/find-field.js';

// A small document: a job with vertices, a map of metrics, a composed and a variant schema.
const doc = {
  components: {
    schemas: {
      Job: {
        type: 'object',
        properties: {
          name: { type: 'string' },
          parallelism: { type: 'integer' },
          vertices: { type: 'array', items: { $ref: '#/components/schemas/Vertex' } },
          metrics: { type: 'object', additionalProperties: { type: 'number' } },
          plan: { type: 'object' },
          raw: {},
          cause: { type: 'string', nullable: true },
          plain: { $ref: '#/components/schemas/Composed' },
          either: {
            oneOf: [{ $ref: '#/components/schemas/A' }, { $ref: '#/components/schemas/B' }],
          },
          ids: { type: ['string', 'integer'] },
        },
      },
      Vertex: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' } } },
      Composed: {
        allOf: [
          { type: 'object', properties: { left: { type: 'string' } } },
          { type: 'object', properties: { right: { type: 'boolean' } } },
        ],
      },
      A: { type: 'object', properties: { a: { type: 'string' } } },
      B: { type: 'object', properties: { b: { type: 'array', items: { type: 'string' } } } },
    },
  },
};
const job = { $ref: '#/components/schemas/Job' };

describe('findField', () => {
  const cases: { name: string; given: string[]; type?: UseType; want: string }[] = [
    { name: 'a property', given: ['name'], want: 'ok' },
    { name: 'through $ref and items', given: ['vertices', '[]', 'name'], want: 'ok' },
    { name: 'a removed property', given: ['host'], want: 'removed host' },
    {
      name: 'a removed property of an item',
      given: ['vertices', '[]', 'host', 'port'],
      want: 'removed vertices[].host',
    },
    { name: 'a map value', given: ['metrics', 'read-bytes'], want: 'ok' },
    { name: 'a map value by index', given: ['metrics', '[]'], type: 'number', want: 'ok' },
    { name: 'a free-form object has any field', given: ['plan', 'nodes', '[]', 'id'], want: 'ok' },
    { name: 'an untyped schema has any field', given: ['raw', 'x'], want: 'ok' },
    { name: 'allOf parts are merged', given: ['plain', 'right'], want: 'ok' },
    {
      name: 'a field of neither allOf part',
      given: ['plain', 'middle'],
      want: 'removed plain.middle',
    },
    { name: 'oneOf: found in a variant', given: ['either', 'b', '[]'], want: 'ok' },
    { name: 'oneOf: in no variant', given: ['either', 'c'], want: 'removed either.c' },
    { name: 'the literal type fits', given: ['name'], type: 'string', want: 'ok' },
    { name: 'a number fits an integer', given: ['parallelism'], type: 'number', want: 'ok' },
    {
      name: 'a string where an integer is',
      given: ['parallelism'],
      type: 'string',
      want: 'retyped parallelism integer string',
    },
    {
      name: 'used as an array, a string in the spec',
      given: ['name'],
      type: 'array',
      want: 'retyped name string array',
    },
    {
      name: 'reading a field of a string',
      given: ['name', 'first'],
      want: 'retyped name string object',
    },
    {
      name: 'indexing a string',
      given: ['cause', '[]'],
      want: 'retyped cause string array',
    },
    { name: 'length of a string', given: ['name', 'length'], want: 'ok' },
    { name: 'length of an array', given: ['vertices', 'length'], want: 'ok' },
    { name: 'null fits a nullable field', given: ['cause'], type: 'null', want: 'ok' },
    {
      name: 'null does not fit another',
      given: ['name'],
      type: 'null',
      want: 'retyped name string null',
    },
    { name: 'a list of types fits any of them', given: ['ids'], type: 'number', want: 'ok' },
  ];
  it.each(cases)('$name', ({ given, type, want }) => {
    const found = findField(doc, job, given, type);
    const said =
      found.status === 'ok'
        ? 'ok'
        : found.status === 'removed'
          ? `removed ${pointer(found.at)}`
          : `retyped ${pointer(found.at)} ${found.spec} ${found.code}`;
    expect(said).toBe(want);
  });

  it('ends on a $ref cycle through oneOf', () => {
    const loop = {
      components: { schemas: { L: { oneOf: [{ $ref: '#/components/schemas/L' }] } } },
    };
    expect(findField(loop, { $ref: '#/components/schemas/L' }, ['x'])).toEqual({ status: 'ok' });
  });
});
