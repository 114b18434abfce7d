import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findStale, renderAllVersions, writeAll } from '../src/generate-all.js';
import { generateTypes, renderHeader } from '../src/generate-types.js';
import { parseOverlay } from '../src/overlay-file.js';
import type { OpenApiDocument } from '../src/validate-openapi.js';
import { pinnedVersions } from '../src/versions.js';

const tiny: OpenApiDocument = {
  openapi: '3.0.1',
  info: { title: 't', version: 'v1/9.9.0' },
  paths: {
    '/jobs': {
      get: {
        operationId: 'getJobs',
        responses: {
          200: {
            description: 'ok',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Jobs' } } },
          },
        },
      },
    },
  },
  components: { schemas: { Jobs: { type: 'array', items: { type: 'string' } } } },
};

const fix = parseOverlay(
  JSON.stringify({
    overlay: '1.0.0',
    info: { title: 't', version: '1' },
    'x-flink-rest': {
      id: 'a-fix',
      upstream: 'FLINK-39422',
      versions: '>=1.18',
      proof: ['GET /jobs'],
    },
    actions: [{ target: '$.components', update: {} }],
  }),
  'a-fix.yaml',
);

const header = {
  title: 'Apache Flink 9.9.0 JobManager REST API',
  command: 'flink-codegen generate --all',
  spec: { source: 'specs/flink-9.9/jobmanager-v1.yaml', sha256: 'a'.repeat(64) },
  overlays: { applied: [fix], sha256: 'b'.repeat(64) },
};

describe('generateTypes', () => {
  it('starts with a do-not-edit header naming the version and both sha256s', () => {
    const text = renderHeader(header);
    expect(text.split('\n').slice(0, 12)).toEqual([
      '// GENERATED FILE - DO NOT EDIT.',
      '// TypeScript types of the Apache Flink 9.9.0 JobManager REST API,',
      '// written by @flink-rest/codegen with openapi-typescript 7.13.0.',
      '// Regenerate: flink-codegen generate --all',
      '//',
      '// Spec: specs/flink-9.9/jobmanager-v1.yaml',
      `//   sha256 ${'a'.repeat(64)}`,
      '// Overlays (specs/overlays/, 1 applied in this order):',
      `//   sha256 ${'b'.repeat(64)}`,
      '//   - a-fix (FLINK-39422)',
      '',
      '',
    ]);
    expect(renderHeader({ ...header, overlays: { applied: [], sha256: 'c' } })).toContain(
      '// Overlays: none\n',
    );
  });

  it('emits paths, components and operations, the same bytes every time', async () => {
    const first = await generateTypes(tiny, header);
    expect(first.startsWith(renderHeader(header))).toBe(true);
    expect(first).toMatch(/^export interface paths \{$/m);
    expect(first).toMatch(/^export interface components \{$/m);
    expect(first).toMatch(/^export interface operations \{$/m);
    expect(first).toContain('getJobs: {');
    expect(await generateTypes(tiny, header)).toBe(first);
  });
});

describe('generate --all into a directory, and --check', () => {
  let dir: string;
  const newest = pinnedVersions.slice(-1);
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'codegen-all-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes flink-<line>.ts, is deterministic, and detects stale, missing and extra files', async () => {
    const files = await renderAllVersions({ versions: newest });
    const name = `flink-${newest[0]?.line}.ts`;
    const routes = `flink-${newest[0]?.line}.routes.ts`;
    const all = [name, routes, 'versions.ts'];
    expect(files.map((f) => f.name)).toEqual(all);
    expect(await findStale(dir, files)).toEqual(all.map((n) => ({ name: n, reason: 'missing' })));

    expect(await writeAll(dir, files)).toEqual({ written: all, removed: [], unchanged: [] });
    expect(await findStale(dir, await renderAllVersions({ versions: newest }))).toEqual([]);
    expect(await writeAll(dir, files)).toEqual({ written: [], removed: [], unchanged: all });

    const file = path.join(dir, name);
    await writeFile(
      file,
      (await readFile(file, 'utf8')).replace('export interface paths', 'export interface pathz'),
    );
    await writeFile(path.join(dir, 'flink-1.2.ts'), '// a dropped version\n');
    await writeFile(path.join(dir, 'index.ts'), '// not ours\n');
    expect(await findStale(dir, files)).toEqual([
      { name, reason: 'differs' },
      { name: 'flink-1.2.ts', reason: 'not in the version matrix' },
    ]);
    expect(await writeAll(dir, files)).toEqual({
      written: [name],
      removed: ['flink-1.2.ts'],
      unchanged: [routes, 'versions.ts'],
    });
    expect((await readdir(dir)).sort()).toEqual([...all, 'index.ts'].sort());
    expect(await findStale(dir, files)).toEqual([]);
  });
});
