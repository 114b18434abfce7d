import { fileURLToPath } from 'node:url';
import type { Mismatch } from '@flink-rest/drift';
import { listOverlays, loadPinnedSpec, type Overlay } from '@flink-rest/specs';
import { type Fixture, loadFixtures, parseFixture } from '@flink-rest/testing';
import { supportedLines } from '@flink-rest/versions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addedProperties,
  checkVersion,
  isProven,
  type OverlayProof,
  renderReport,
  type VersionReport,
  validateFixtures,
} from '../src/spec-vs-reality.js';
import { writeFileAtomically } from '../src/write-file.js';

const reportFile = fileURLToPath(new URL('../.reports/spec-vs-reality.md', import.meta.url));
const reports: VersionReport[] = [];

afterAll(async () => {
  if (reports.length === 0) return;
  reports.sort((a, b) => supportedLines.indexOf(a.version) - supportedLines.indexOf(b.version));
  await writeFileAtomically(reportFile, renderReport(reports));
});

const show = (list: readonly Mismatch[]) =>
  list.map((m) => `${m.operation} ${m.part} ${m.pointer}: ${m.expected} vs ${m.actual}`);

const unseen = (o: OverlayProof) => o.added.filter((a) => a.seen === 0).map((a) => a.schema);

describe.each(supportedLines)('Flink %s fixtures against the spec', (line) => {
  let report: VersionReport;
  beforeAll(async () => {
    report = await checkVersion(line, await loadFixtures(line));
    reports.push(report);
  }, 120_000);

  it('as extracted, the spec disagrees with what Flink sent', () => {
    expect(report.extracted.length).toBeGreaterThan(0);
  });

  it('with every overlay, nothing disagrees', () => {
    expect(show(report.corrected)).toEqual([]);
  });

  it('each overlay is proven by some fixture, and no fixture contradicts one', () => {
    for (const o of report.overlays) {
      expect(show(o.contradicted), `${o.id} is contradicted`).toEqual([]);
      expect(
        isProven(o),
        `${o.id}: no fixture needs it, and no recorded exchange carries ${unseen(o).join(', ') || 'a property it adds'}`,
      ).toBe(true);
    }
  });
});

describe('the proof rule', () => {
  const doc = (properties: Record<string, unknown>) => ({
    components: { schemas: { T: { type: 'object', properties } } },
  });
  const proof = (withoutIt: number, seen: number[]): OverlayProof => ({
    id: 'x',
    upstream: 'none filed',
    title: 'x',
    withoutIt: Array.from({ length: withoutIt }, () => ({}) as Mismatch),
    contradicted: [],
    added: seen.map((n, i) => ({ schema: `/components/schemas/T/properties/p${i}`, seen: n })),
  });

  it.each([
    { name: 'a fixture needs it', given: proof(1, []), want: true },
    { name: 'every property it adds is recorded', given: proof(0, [1, 2]), want: true },
    { name: 'one property it adds is never recorded', given: proof(0, [1, 0]), want: false },
    { name: 'it adds nothing and no fixture needs it', given: proof(0, []), want: false },
    { name: 'a fixture needs it, an added property unrecorded', given: proof(2, [0]), want: true },
  ])('$name: proven is $want', ({ given, want }) => {
    expect(isProven(given)).toBe(want);
  });

  it.each([
    {
      name: 'new properties next to an old one',
      withIt: doc({ a: { type: 'string' }, b: { type: 'string' }, c: {} }),
      without: doc({ a: { type: 'string', format: 'binary' } }),
      want: ['/components/schemas/T/properties/b', '/components/schemas/T/properties/c'],
    },
    {
      name: 'a changed property is not added',
      withIt: doc({ a: { type: 'number' } }),
      without: doc({ a: { type: 'string' } }),
      want: [],
    },
    {
      name: 'a property named properties, and names with / and ~',
      withIt: doc({ properties: { type: 'object', properties: { 'x/y': {}, 'z~': {} } } }),
      without: doc({ properties: { type: 'object' } }),
      want: [
        '/components/schemas/T/properties/properties/properties/x~1y',
        '/components/schemas/T/properties/properties/properties/z~0',
      ],
    },
    {
      name: 'a whole new schema',
      withIt: { components: { schemas: { U: { properties: { id: {} } } } } },
      without: { components: { schemas: {} } },
      want: ['/components/schemas/U/properties/id'],
    },
  ])('added properties: $name', ({ withIt, without, want }) => {
    expect(addedProperties(withIt, without)).toEqual(want);
  });

  it('an overlay that adds a property Flink never sends is not proven (2.3 fixtures)', async () => {
    const overlays = await listOverlays();
    const throwable = overlays.find((o) => o.id === 'serialized-throwable-fields') as Overlay;
    const extended: Overlay = {
      ...throwable,
      actions: throwable.actions.map((a) =>
        a.update && typeof a.update === 'object' && 'properties' in a.update
          ? {
              ...a,
              update: {
                ...a.update,
                properties: { ...(a.update.properties as object), cause: { type: 'string' } },
              },
            }
          : a,
      ),
    };
    const report = await checkVersion('2.3', await loadFixtures('2.3'), {
      overlays: overlays.map((o) => (o === throwable ? extended : o)),
    });
    const proofOf = (id: string) => report.overlays.find((o) => o.id === id) as OverlayProof;
    expect(report.corrected).toEqual([]);
    const extendedProof = proofOf('serialized-throwable-fields');
    expect(extendedProof.withoutIt).toEqual([]);
    expect(
      extendedProof.added.map(({ schema, seen }) => ({ schema: schema.split('/').pop(), seen })),
    ).toEqual([
      { schema: 'class', seen: 1 },
      { schema: 'stack-trace', seen: 1 },
      { schema: 'cause', seen: 0 },
    ]);
    expect(isProven(extendedProof)).toBe(false);
    expect(extendedProof.added[0]?.firstAt).toBe(
      'GET /jobs/{jobid}/savepoints/{triggerid}, response 200, /operation/failure-cause/class',
    );
  }, 120_000);
});

describe('validateFixtures', () => {
  it('names the fixture file and the exchange of an operation the spec lacks', async () => {
    const exchange = {
      step: 'cluster: config',
      request: { method: 'GET', path: '/config', query: {}, headers: {}, body: null },
      response: { status: 200, headers: { 'content-type': 'application/json' }, body: {} },
    };
    const apps = {
      ...exchange,
      step: 'apps',
      request: { ...exchange.request, path: '/applications/overview' },
    };
    const fixture = parseFixture(
      JSON.stringify({
        flinkVersion: '1.18',
        flinkRelease: '1.18.1',
        scenario: 'lifecycle',
        summary: {},
        exchanges: [exchange, apps],
      }),
      'x',
    );
    const doc = await loadPinnedSpec('1.18', { overlays: true });
    expect(() => validateFixtures([fixture], doc, '/fx')).toThrow(
      /^\/fx\/1\.18\/lifecycle\.json exchanges\[1\]: GET \/applications\/overview matches no operation of the Flink 1\.18 spec$/,
    );
  });

  it("'report': a path the spec lacks is a mismatch of that path, not an error", async () => {
    const [lifecycle] = await loadFixtures('1.18', { scenario: 'lifecycle' });
    const exchange = lifecycle?.exchanges[0] as Fixture['exchanges'][number];
    const logFile = {
      ...exchange,
      step: 'jobmanager: log file',
      request: { ...exchange.request, path: '/jobmanager/logs/jobmanager.log' },
    };
    const fixture = { ...(lifecycle as Fixture), exchanges: [exchange, logFile] };
    const raw = await loadPinnedSpec('1.18', { overlays: false });
    expect(validateFixtures([fixture], raw, '/fx', 'report')).toContainEqual(
      expect.objectContaining({
        operation: 'GET /jobmanager/logs/jobmanager.log (no operation)',
        part: 'path',
        expected: 'an operation of the spec',
      }),
    );
    expect(() => validateFixtures([fixture], raw, '/fx')).toThrow(/matches no operation/);
  });
});
