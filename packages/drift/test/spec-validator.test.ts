import { loadPinnedSpec } from '@flink-rest/specs';
import type { Exchange } from '@flink-rest/testing';
import { describe, expect, it } from 'vitest';
import { DriftError } from '../src/errors.js';
import { createSpecValidator } from '../src/spec-validator.js';

const config: Exchange = {
  step: 'cluster: config',
  request: { method: 'GET', path: '/config', query: {}, headers: {}, body: null },
  response: { status: 200, headers: { 'content-type': 'application/json' }, body: {} },
};

describe('createSpecValidator (Flink 1.18 with overlays)', () => {
  it.each([
    {
      name: 'a recorded answer the spec describes',
      given: config,
      want: [],
    },
    {
      name: 'a deliberate error step without an operation: its body is checked against ErrorResponseBody',
      given: {
        step: 'error: wrong method',
        request: { ...config.request, method: 'DELETE', path: '/jobs/overview' },
        response: { status: 404, headers: {}, body: { errors: 'not a list' } },
      },
      want: [
        expect.objectContaining({
          operation: 'DELETE /jobs/overview (no operation)',
          pointer: '/errors',
          expected: 'type array',
        }),
      ],
    },
    {
      name: 'an undocumented query parameter',
      given: { ...config, request: { ...config.request, query: { x: '1' } } },
      want: [
        expect.objectContaining({
          operation: 'GET /config',
          part: 'query x',
          expected: 'a documented query parameter',
        }),
      ],
    },
  ])('$name', async ({ given, want }) => {
    const validator = createSpecValidator(await loadPinnedSpec('1.18', { overlays: true }), '1.18');
    expect(validator.validate(given, 'fixture exchanges[0]')).toEqual(want);
  });

  it('an ordinary step whose operation the spec lacks is a one-line error naming where', async () => {
    const validator = createSpecValidator(await loadPinnedSpec('1.18', { overlays: true }), '1.18');
    const apps = {
      ...config,
      step: 'apps',
      request: { ...config.request, path: '/applications/overview' },
    };
    const run = () => validator.validate(apps, '/fx/1.18/lifecycle.json exchanges[1]');
    expect(run).toThrow(DriftError);
    expect(run).toThrow(
      /^\/fx\/1\.18\/lifecycle\.json exchanges\[1\]: GET \/applications\/overview matches no operation of the Flink 1\.18 spec$/,
    );
  });
});
