import { describe, expect, it } from 'vitest';
import { parseOverlay } from '../src/overlay-file.js';

const valid = {
  overlay: '1.0.0',
  info: { title: 'A correction', version: '1.0.0' },
  'x-flink-rest': { id: 'a-fix', upstream: 'FLINK-1', versions: '>=1.18', proof: ['GET /jobs'] },
  actions: [{ target: '$.components.schemas.A', update: { type: 'string' } }],
};

interface Raw {
  overlay: unknown;
  info: Record<string, unknown>;
  'x-flink-rest': Record<string, unknown>;
  actions: Record<string, unknown>[];
  [key: string]: unknown;
}

const act = (o: Raw) => o.actions[0] as Record<string, unknown>;

function withChange(change: (o: Raw) => void): string {
  const copy = structuredClone(valid) as unknown as Raw;
  change(copy);
  return JSON.stringify(copy);
}

describe('parseOverlay', () => {
  it('reads a valid overlay with its metadata', () => {
    const overlay = parseOverlay(JSON.stringify(valid), '/x/overlays/a-fix.yaml');
    expect(overlay).toMatchObject({
      id: 'a-fix',
      upstream: 'FLINK-1',
      title: 'A correction',
      proof: ['GET /jobs'],
      actions: [{ target: '$.components.schemas.A', update: { type: 'string' }, remove: false }],
    });
    expect(overlay.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    {
      name: 'another format version',
      change: (o: Raw) => {
        o.overlay = '1.1.0';
      },
      says: 'overlay must be "1.0.0" (OpenAPI Overlay 1.0), got "1.1.0"',
    },
    {
      name: 'no title',
      change: (o: Raw) => {
        delete o.info.title;
      },
      says: 'info.title must be a non-empty string',
    },
    {
      name: 'no metadata',
      change: (o: Raw) => {
        o['x-flink-rest'] = undefined as unknown as Raw['x-flink-rest'];
      },
      says: 'x-flink-rest must be an object',
    },
    {
      name: 'an id unlike the file name',
      change: (o: Raw) => {
        o['x-flink-rest'].id = 'b-fix';
      },
      says: 'x-flink-rest.id "b-fix" must equal the file name "a-fix"',
    },
    {
      name: 'no upstream',
      change: (o: Raw) => {
        o['x-flink-rest'].upstream = 'unknown';
      },
      says: 'x-flink-rest.upstream must be a Jira id (FLINK-12345) or "none filed"',
    },
    {
      name: 'versions as a YAML number',
      change: (o: Raw) => {
        o['x-flink-rest'].versions = [1.2];
      },
      says: "x-flink-rest.versions[0] must be a quoted release line like '1.20', got 1.2",
    },
    {
      name: 'no proof',
      change: (o: Raw) => {
        o['x-flink-rest'].proof = [];
      },
      says: 'x-flink-rest.proof must list the exchanges',
    },
    {
      name: 'a proof without a method',
      change: (o: Raw) => {
        o['x-flink-rest'].proof = ['/jobs'];
      },
      says: 'x-flink-rest.proof[0] must look like "GET /jobs/{jobid}"',
    },
    {
      name: 'no actions',
      change: (o: Raw) => {
        o.actions = [];
      },
      says: 'actions must be a non-empty list',
    },
    {
      name: 'a target that is not JSONPath',
      change: (o: Raw) => {
        act(o).target = 'components.schemas';
      },
      says: 'actions[0].target must be a JSONPath starting with $',
    },
    {
      name: 'a target that does not parse',
      change: (o: Raw) => {
        act(o).target = '$.paths[?@.in ==';
      },
      says: 'actions[0].target is not valid RFC 9535 JSONPath',
    },
    {
      name: 'update and remove together',
      change: (o: Raw) => {
        act(o).remove = true;
      },
      says: 'actions[0] must have exactly one of update or remove: true',
    },
    {
      name: 'neither update nor remove',
      change: (o: Raw) => {
        delete act(o).update;
      },
      says: 'actions[0] must have exactly one of update or remove: true',
    },
    {
      name: 'a misspelt field',
      change: (o: Raw) => {
        act(o).updates = {};
      },
      says: 'actions[0].updates is not an Action Object field',
    },
    {
      name: 'a bad action range',
      change: (o: Raw) => {
        act(o)['x-flink-versions'] = '>=x';
      },
      says: 'actions[0].x-flink-versions: ">=x" is not a comparator',
    },
  ])('refuses $name, naming the file and field', ({ change, says }) => {
    expect(() => parseOverlay(withChange(change), 'specs/overlays/a-fix.yaml')).toThrow(
      `specs/overlays/a-fix.yaml: ${says}`,
    );
  });
});
