import { describe, expect, it } from 'vitest';
import { assertOpenApi3, findDanglingRefs, validateOpenApi } from '../src/validate-openapi.js';

describe('validateOpenApi', () => {
  it.each([
    {
      name: 'an array',
      doc: [],
      says: 'spec.yaml: not an OpenAPI 3 document: the top level is an array, not an object',
    },
    {
      name: 'Swagger 2.0',
      doc: { swagger: '2.0', paths: {} },
      says: 'it is Swagger 2.0 (#/swagger)',
    },
    {
      name: 'a Swagger version with a line break (a message stays one line)',
      doc: { swagger: '2.0\nx', paths: {} },
      says: 'it is Swagger 2.0 x (#/swagger)',
    },
    {
      name: 'no openapi field',
      doc: { paths: {} },
      says: '#/openapi is missing, expected "3.x.y"',
    },
    {
      name: 'OpenAPI 2',
      doc: { openapi: '2.0.0', paths: {} },
      says: '#/openapi is "2.0.0", expected "3.x.y"',
    },
    { name: 'no paths', doc: { openapi: '3.0.1' }, says: '#/paths is missing or not an object' },
  ])('refuses $name', ({ doc, says }) => {
    expect(() => assertOpenApi3(doc, 'spec.yaml')).toThrow(says);
  });

  it('finds every dangling $ref with its JSON pointer', () => {
    const doc = {
      openapi: '3.0.1',
      paths: {
        '/jobs/{id}': {
          get: {
            responses: {
              200: {
                content: { 'application/json': { schema: { $ref: '#/components/schemas/Nope' } } },
              },
            },
          },
        },
      },
      components: {
        schemas: {
          A: { type: 'object', properties: { b: { $ref: '#/components/schemas/B' } } },
          B: { type: 'array', items: [{ $ref: 'other.yaml#/X' }] },
        },
      },
    };
    expect(findDanglingRefs(doc)).toEqual([
      {
        ref: '#/components/schemas/Nope',
        pointer: '#/paths/~1jobs~1{id}/get/responses/200/content/application~1json/schema/$ref',
      },
      { ref: 'other.yaml#/X', pointer: '#/components/schemas/B/items/0/$ref' },
    ]);
    expect(() => validateOpenApi(doc, 'spec.yaml')).toThrow(
      'spec.yaml: $ref "#/components/schemas/Nope" at #/paths/~1jobs~1{id}/get/responses/200/content/application~1json/schema/$ref does not resolve (and 1 more)',
    );
  });

  it('keeps a dangling $ref message on one line when the ref and its key break lines', () => {
    const doc = { openapi: '3.0.1', paths: { '/a\r\nb': { $ref: '#/x\ny' } } };
    expect(() => validateOpenApi(doc, 'spec.yaml')).toThrow(
      'spec.yaml: $ref "#/x y" at #/paths/~1a b/$ref does not resolve',
    );
  });

  it('accepts a self-contained document', () => {
    const doc = {
      openapi: '3.0.1',
      paths: {},
      components: {
        schemas: { 'a/b': { type: 'string' }, C: { $ref: '#/components/schemas/a~1b' } },
      },
    };
    expect(validateOpenApi(doc, 'x')).toBe(doc);
  });
});
