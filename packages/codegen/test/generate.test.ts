import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { defaultSpecsDir, type OpenApiDocument, parseOverlay } from '@flink-rest/specs';
import { newestVersion } from '@flink-rest/versions';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CodegenError } from '../src/errors.js';
import { checkAll, findStale, renderAll, writeAll } from '../src/generate-all.js';
import { generateTypes, renderHeader } from '../src/generate-types.js';
import { nextLine } from './matrix.js';

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
  // One line keeps it fast; the logic is the same for seven.
  const matrix = [newestVersion];
  const line = newestVersion.line;
  let targets: { outDir: string; packageJson: string; readmes: string[] };
  const at = (name: string) => path.join(targets.outDir, name);
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'codegen-all-'));
    targets = {
      outDir: path.join(dir, 'src', 'generated'),
      packageJson: path.join(dir, 'package.json'),
      readmes: [path.join(dir, 'README.md')],
    };
    const pkg = {
      name: 'c',
      exports: { '.': './dist/index.js', './package.json': './package.json' },
    };
    await writeFile(targets.packageJson, `${JSON.stringify(pkg, null, 2)}\n`);
    await writeFile(
      path.join(dir, 'README.md'),
      'Lines <!-- flink-versions:lines -->?<!-- /flink-versions -->.\n',
    );
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes every target, is deterministic, and detects stale, missing and extra files', async () => {
    const rendered = await renderAll(targets, { versions: matrix });
    const own = [
      `flink-${line}.ts`,
      `flink-${line}.routes.ts`,
      `entries/flink-${line}.ts`,
      'versions.ts',
    ].map(at);
    const all = [...own, targets.packageJson, ...targets.readmes];
    expect(rendered.files.map((f) => f.file)).toEqual(all);
    expect(rendered.missing).toEqual([]);
    expect(await findStale(rendered)).toEqual([
      ...own.map((file) => ({ file, reason: 'missing' })),
      { file: targets.packageJson, reason: 'differs' },
      { file: targets.readmes[0], reason: 'differs' },
    ]);

    expect(await writeAll(rendered)).toEqual({ written: all, removed: [], unchanged: [] });
    expect(await checkAll(await renderAll(targets, { versions: matrix }))).toBe(all.length);
    expect(await writeAll(rendered)).toEqual({ written: [], removed: [], unchanged: all });
    expect(JSON.parse(await readFile(targets.packageJson, 'utf8')).exports).toEqual({
      '.': './dist/index.js',
      [`./flink-${line}`]: {
        types: `./dist/generated/entries/flink-${line}.d.ts`,
        import: `./dist/generated/entries/flink-${line}.js`,
      },
      './package.json': './package.json',
    });
    expect(await readFile(targets.readmes[0] as string, 'utf8')).toBe(
      `Lines <!-- flink-versions:lines -->${line}<!-- /flink-versions -->.\n`,
    );

    const types = at(`flink-${line}.ts`);
    await writeFile(
      types,
      (await readFile(types, 'utf8')).replace('export interface paths', 'export interface pathz'),
    );
    await writeFile(at('flink-1.2.ts'), '// a dropped version\n');
    await writeFile(at('entries/flink-1.2.ts'), '// a dropped version\n');
    await writeFile(at('index.ts'), '// not ours\n');
    expect(await findStale(rendered)).toEqual([
      { file: types, reason: 'differs' },
      { file: at('entries/flink-1.2.ts'), reason: 'not in the version matrix' },
      { file: at('flink-1.2.ts'), reason: 'not in the version matrix' },
    ]);
    expect(await writeAll(rendered)).toEqual({
      written: [types],
      removed: [at('entries/flink-1.2.ts'), at('flink-1.2.ts')],
      unchanged: all.filter((f) => f !== types),
    });
    expect((await readdir(targets.outDir)).sort()).toEqual(
      ['entries', `flink-${line}.routes.ts`, `flink-${line}.ts`, 'index.ts', 'versions.ts'].sort(),
    );
    expect(await findStale(rendered)).toEqual([]);
  });

  // Adding a line to the matrix without extracting its spec, or without regenerating, must fail
  // the check (run by npm test) naming every file that is out of date.
  const next = nextLine(newestVersion.line);
  it.each([
    {
      name: `a new line (${next}) in the matrix, its spec not extracted`,
      extracted: false,
      types: 'no pinned spec of Flink',
    },
    {
      name: `a new line (${next}) in the matrix, its spec extracted, nothing regenerated`,
      extracted: true,
      types: 'missing',
    },
  ])('$name: the check names each file', async ({ extracted, types }) => {
    await writeAll(await renderAll(targets, { versions: matrix }));
    const specsDir = path.join(dir, 'specs');
    await mkdir(specsDir);
    for (const l of extracted ? [line, next] : [line]) {
      await cp(path.join(defaultSpecsDir(), `flink-${line}`), path.join(specsDir, `flink-${l}`), {
        recursive: true,
      });
    }
    const grown = [...matrix, { line: next, version: `${next}.0` }];
    const rendered = await renderAll(targets, { versions: grown, specsDir });
    const want = [
      { file: at(`entries/flink-${next}.ts`), reason: 'missing' },
      { file: at('versions.ts'), reason: 'differs' },
      { file: targets.packageJson, reason: 'differs' },
      { file: targets.readmes[0], reason: 'differs' },
      {
        file: at(`flink-${next}.ts`),
        reason: types === 'missing' ? 'missing' : `${types} ${next}`,
      },
      {
        file: at(`flink-${next}.routes.ts`),
        reason: types === 'missing' ? 'missing' : `${types} ${next}`,
      },
    ];
    const stale = await findStale(rendered);
    expect(new Set(stale.map((s) => JSON.stringify(s)))).toEqual(
      new Set(want.map((s) => JSON.stringify(s))),
    );
    const error = await checkAll(rendered).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CodegenError);
    expect((error as CodegenError).code).toBe('STALE_OUTPUT');
    const message = (error as CodegenError).message;
    expect(message).not.toContain('\n');
    for (const s of want) expect(message).toContain(`${s.file} (${s.reason})`);
    expect(message).toMatch(
      extracted
        ? /; run npm run generate \(flink-codegen generate --all\)$/
        : new RegExp(
            `; extract the missing specs \\(npm run specs:extract -- --flink-version ${next.replace('.', '\\.')}\\), then run npm run generate`,
          ),
    );
    if (!extracted) await expect(writeAll(rendered)).rejects.toThrow(/has no pinned spec/);
  });
});
