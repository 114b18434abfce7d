import type { OpenApiDocument } from '@flink-rest/specs';
import { describe, expect, it } from 'vitest';
import { renderRegistryModule, renderRoutesModule, routesOf } from '../src/render-routes.js';

describe('routesOf', () => {
  it('lists every method of every path, sorted, ignoring path-level fields', () => {
    const doc = {
      openapi: '3.0.1',
      info: { title: 't', version: '1' },
      paths: {
        '/jobs/{jobid}': { parameters: [], get: {}, patch: {} },
        '/jars/upload': { post: {} },
        '/config': { get: {} },
      },
    } as unknown as OpenApiDocument;
    expect(routesOf(doc)).toEqual([
      'GET /config',
      'GET /jobs/{jobid}',
      'PATCH /jobs/{jobid}',
      'POST /jars/upload',
    ]);
  });

  it('is empty for a spec without paths', () => {
    expect(
      routesOf({
        openapi: '3.0.1',
        info: { title: 't', version: '1' },
      } as unknown as OpenApiDocument),
    ).toEqual([]);
  });
});

describe('rendered modules', () => {
  it('writes the route set after the header', () => {
    expect(renderRoutesModule('// GENERATED\n', ['GET /config', 'POST /jars/upload'])).toBe(
      "// GENERATED\n\n/** `METHOD /path` of every operation in this version's spec. */\nexport const routes: ReadonlySet<string> = new Set([\n  'GET /config',\n  'POST /jars/upload',\n]);\n",
    );
  });

  it('writes one registry entry per line', () => {
    const text = renderRegistryModule('// GENERATED\n', ['1.18', '2.3']);
    expect(text).toContain("import type { paths as paths_1_18 } from './flink-1.18.js';");
    expect(text).toContain("import { routes as routes_2_3 } from './flink-2.3.routes.js';");
    expect(text).toContain("  readonly '2.3': paths_2_3;");
    expect(text).toContain("  '1.18': routes_1_18,");
    expect(text).toContain("export type LineOrder = readonly ['1.18', '2.3'];");
  });
});
