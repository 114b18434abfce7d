import { describe, expect, it } from 'vitest';
import { applyOverlay, applyOverlayList, mergeInto } from '../src/apply-overlay.js';
import { SpecError } from '../src/errors.js';
import { parseOverlay } from '../src/overlay-file.js';
import type { OpenApiDocument } from '../src/validate-openapi.js';

function overlay(actions: unknown[], versions: unknown = '>=1.18') {
  return parseOverlay(
    JSON.stringify({
      overlay: '1.0.0',
      info: { title: 't', version: '1' },
      'x-flink-rest': { id: 'fix', upstream: 'none filed', versions, proof: ['GET /a'] },
      actions,
    }),
    'overlays/fix.yaml',
  );
}

const doc = (): OpenApiDocument => ({
  openapi: '3.0.1',
  paths: {
    '/a': {
      get: {
        parameters: [
          { name: 'x', in: 'query' },
          { name: 'y', in: 'query' },
          { name: 'x', in: 'path' },
        ],
      },
    },
  },
  components: {
    schemas: { A: { type: 'object', properties: { p: { type: 'string' } } }, L: { enum: ['a'] } },
  },
});

describe('applyOverlay (OpenAPI Overlay 1.0 semantics)', () => {
  it.each([
    {
      name: 'update merges objects recursively; arrays and scalars replace',
      actions: [
        {
          target: '$.components.schemas.A',
          update: { properties: { q: { type: 'integer' } }, required: ['q'] },
        },
      ],
      want: {
        A: {
          type: 'object',
          properties: { p: { type: 'string' }, q: { type: 'integer' } },
          required: ['q'],
        },
      },
    },
    {
      name: 'update of an array target appends',
      actions: [{ target: '$.components.schemas.L.enum', update: 'b' }],
      want: { L: { enum: ['a', 'b'] } },
    },
    {
      name: 'remove deletes the selected property',
      actions: [{ target: '$.components.schemas.A.properties', remove: true }],
      want: { A: { type: 'object' } },
    },
  ])('$name', ({ actions, want }) => {
    const out = applyOverlay(doc(), overlay(actions), '2.3');
    expect(out.components?.schemas).toMatchObject(want);
  });

  it('removes several array items without shifting the ones still to remove', () => {
    const out = applyOverlay(
      doc(),
      overlay([{ target: "$.paths['/a'].get.parameters[?@.in == 'query']", remove: true }]),
      '2.3',
    );
    expect((out.paths['/a'] as { get: { parameters: unknown[] } }).get.parameters).toEqual([
      { name: 'x', in: 'path' },
    ]);
  });

  it('never changes its input', () => {
    const input = doc();
    const before = structuredClone(input);
    applyOverlay(input, overlay([{ target: '$.components.schemas.A', remove: true }]), '2.3');
    expect(input).toEqual(before);
  });

  it('fails loudly when a target selects nothing in a version it claims', () => {
    const fix = overlay([{ target: '$.components.schemas.Gone', update: { type: 'string' } }]);
    const error = (() => {
      try {
        applyOverlay(doc(), fix, '1.20');
      } catch (e) {
        return e as SpecError;
      }
    })();
    expect(error).toBeInstanceOf(SpecError);
    expect(error).toMatchObject({ code: 'OVERLAY_TARGET_MISSING', where: 'overlays/fix.yaml' });
    expect(error?.message).toBe(
      'overlays/fix.yaml: actions[0] target $.components.schemas.Gone selects nothing in the Flink 1.20 spec, yet overlay fix claims >=1.18',
    );
  });

  it('skips an action whose x-flink-versions excludes the line, and applies it otherwise', () => {
    const fix = overlay([
      { target: '$.components.schemas.Gone', update: { a: 1 }, 'x-flink-versions': '>=2.0' },
    ]);
    expect(applyOverlay(doc(), fix, '1.20')).toEqual(doc());
    expect(() => applyOverlay(doc(), fix, '2.0')).toThrow(
      /selects nothing in the Flink 2.0 spec, yet overlay fix claims >=2.0/,
    );
  });

  it('refuses an update that cannot merge into what the target selects', () => {
    const fix = overlay([{ target: '$.openapi', update: { a: 1 } }]);
    expect(() => applyOverlay(doc(), fix, '2.3')).toThrow(
      /update is object, but the target selects string at #\/openapi/,
    );
  });

  it('applies only the overlays whose versions include the line, in order', () => {
    const a = overlay([{ target: '$.components.schemas.L', update: { enum: ['x'] } }], ['2.3']);
    const b = overlay([{ target: '$.components.schemas.L.enum', update: 'y' }], '>=1.18');
    expect(applyOverlayList(doc(), [a, b], '2.3').document.components?.schemas?.L).toEqual({
      enum: ['x', 'y'],
    });
    const old = applyOverlayList(doc(), [a, b], '1.20');
    expect(old.applied).toEqual([b]);
    expect(old.document.components?.schemas?.L).toEqual({ enum: ['a', 'y'] });
  });

  it('mergeInto copies values, so later changes do not leak back', () => {
    const update = { a: { b: [1] } };
    const target: Record<string, unknown> = {};
    mergeInto(target, update);
    (target.a as { b: number[] }).b.push(2);
    expect(update.a.b).toEqual([1]);
  });
});
