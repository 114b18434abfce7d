import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify as dump } from 'yaml';
import { SpecError, type SpecErrorCode } from '../src/errors.js';
import { loadSpecFile, parseSpec } from '../src/load-spec.js';

/**
 * The spec loader's contract under hostile input: a document comes back, or a SpecError with
 * one of the documented codes and a one-line message naming the source — never another error,
 * a crash or a hang. (Fetching specs over HTTP is @flink-rest/codegen's, tested there.)
 */

const PARSE_CODES: SpecErrorCode[] = ['PARSE_ERROR', 'NOT_OPENAPI_3', 'DANGLING_REF'];

function expectDocumented(error: unknown, codes: SpecErrorCode[], source: string) {
  expect(error, String(error)).toBeInstanceOf(SpecError);
  const e = error as SpecError;
  expect(codes).toContain(e.code);
  expect(e.message).not.toMatch(/[\r\n]/);
  expect(e.message).toContain(source);
}

function parseOutcome(text: string, source: string, contentType?: string) {
  try {
    return { spec: parseSpec(text, source, contentType) };
  } catch (error) {
    return { error };
  }
}

const minimal = {
  openapi: '3.0.1',
  info: { title: 'Flink JobManager REST API', version: 'v1/2.3-SNAPSHOT' },
  paths: {
    '/jobs': {
      get: {
        responses: {
          '200': {
            content: { 'application/json': { schema: { $ref: '#/components/schemas/J' } } },
          },
        },
      },
    },
  },
  components: { schemas: { J: { type: 'object', properties: { id: { type: 'string' } } } } },
};
const minimalJson = JSON.stringify(minimal, null, 2);
const minimalYaml = dump(minimal);

/** A valid document with characters deleted, replaced or inserted at random places. */
const mutated = (base: string) =>
  fc
    .array(
      fc.tuple(
        fc.nat({ max: base.length }),
        fc.nat({ max: 3 }),
        fc.string({ unit: 'binary', maxLength: 3 }),
      ),
      { minLength: 1, maxLength: 4 },
    )
    .map((edits) =>
      edits.reduce(
        (text, [at, cut, insert]) => text.slice(0, at) + insert + text.slice(at + cut),
        base,
      ),
    );

/** Documents that are OpenAPI-shaped, with random paths, fields and `$ref`s. */
const openApiShaped = fc
  .record({
    openapi: fc.oneof(fc.constantFrom('3.0.1', '3.1.0', '2.0', '3', ''), fc.jsonValue()),
    swagger: fc.option(fc.constantFrom('2.0'), { nil: undefined }),
    paths: fc.oneof(
      fc.dictionary(
        fc.string(),
        fc.dictionary(
          fc.constantFrom('get', 'post', 'x'),
          fc.record({
            $ref: fc.oneof(
              fc.constantFrom(
                '#/components/schemas/J',
                '#/components/schemas/Missing',
                '#',
                '#/',
                '#/paths/~1jobs',
                '#/a~2b',
                'other.yaml#/x',
              ),
              fc.string(),
            ),
          }),
        ),
      ),
      fc.jsonValue(),
    ),
    components: fc.constant(minimal.components),
  })
  .map((doc) => Object.fromEntries(Object.entries(doc).filter(([, v]) => v !== undefined)));

const documents = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.json(),
  fc.jsonValue().map((v) => dump(v)),
  mutated(minimalJson),
  mutated(minimalYaml),
  openApiShaped.map((d) => JSON.stringify(d)),
  openApiShaped.map((d) => dump(d)),
);

describe('parseSpec on random and malformed documents', () => {
  it('returns a document or throws a documented SpecError', () => {
    fc.assert(
      fc.property(
        documents,
        fc.constantFrom(undefined, 'application/json', 'application/yaml', 'text/html'),
        (text, contentType) => {
          const { spec, error } = parseOutcome(text, 'fuzz.yaml', contentType);
          if (error) return expectDocumented(error, PARSE_CODES, 'fuzz.yaml');
          expect(spec?.document.openapi).toMatch(/^3\.\d+\.\d+/);
        },
      ),
      { numRuns: 300 },
    );
  });

  it.each([
    { name: 'JSON nested 100 000 deep', text: `${'['.repeat(100_000)}${']'.repeat(100_000)}` },
    { name: 'YAML nested 10 000 deep', text: `${'- '.repeat(10_000)}x` },
    { name: 'a byte-order mark and NUL bytes', text: '\uFEFF{"openapi":"3.0.1",\u0000"paths":{}}' },
  ])('$name: a document or a documented error', ({ text }) => {
    const { spec, error } = parseOutcome(text, 'hostile.json');
    if (error) expectDocumented(error, PARSE_CODES, 'hostile.json');
    else expect(spec?.document).toBeDefined();
  });

  // Once a RangeError (stack overflow) from a recursive findDanglingRefs; it walks with an
  // explicit stack now.
  it('an OpenAPI document nested 100 000 deep: a document or a documented error', () => {
    const text = `{"openapi":"3.0.1","paths":{"/x":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}}`;
    const { error } = parseOutcome(text, 'deep.json');
    if (error) expectDocumented(error, PARSE_CODES, 'deep.json');
  });

  // YAML aliases share one node: this 1 KB document is ~10^12 nodes if each use is walked, as
  // findDanglingRefs once did (a hang). It now walks each node once. The check runs in a child
  // process killed after 20 s, so a regression fails instead of blocking the suite.
  it('a YAML alias bomb: a document or a documented error, without hanging', () => {
    const bomb = [
      'openapi: 3.0.1',
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...Array.from({ length: 11 }, (_, i) => {
        const prev = i === 0 ? 'a' : `l${i - 1}`;
        return `l${i}: &l${i} [${Array(10).fill(`*${prev}`).join(', ')}]`;
      }),
      'paths: { /x: *l10 }',
    ].join('\n');
    const script = [
      `import { parseSpec } from ${JSON.stringify(new URL('../src/load-spec.ts', import.meta.url).href)};`,
      `try { parseSpec(${JSON.stringify(bomb)}, 'bomb.yaml'); console.log('document'); }`,
      `catch (e) { console.log(e.name === 'SpecError' ? 'SpecError' : \`other \${e.name}\`); }`,
    ].join('\n');
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      {
        cwd: path.dirname(new URL(import.meta.url).pathname),
        encoding: 'utf8',
        timeout: 20_000,
      },
    );
    expect(child.signal, 'killed after 20 s: it hangs').toBeNull();
    expect(['document', 'SpecError']).toContain(child.stdout.trim());
  }, 30_000);
});

describe('loadSpecFile', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'specs-property-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads a file: a document or a documented error', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(documents, async (text) => {
        const file = path.join(dir, `spec-${n++}.yaml`);
        writeFileSync(file, text);
        const outcome = await loadSpecFile(file).then(
          (spec) => ({ spec, error: undefined }),
          (error: unknown) => ({ spec: undefined, error }),
        );
        if (outcome.error) expectDocumented(outcome.error, PARSE_CODES, file);
      }),
      { numRuns: 100 },
    );
  });

  it.each([
    { name: 'a missing file', source: () => path.join(dir, 'missing.yaml') },
    { name: 'a directory', source: () => dir },
  ])('$name is READ_FAILED', async ({ source }) => {
    const error = await loadSpecFile(source()).catch((e: unknown) => e);
    expectDocumented(error, ['READ_FAILED'], source());
  });
});
