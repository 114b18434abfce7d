import { readFileSync } from 'node:fs';
import { supportedVersions } from '@flink-rest/versions';
import { describe, expect, it } from 'vitest';
import { chooseLine } from '../src/choose-line.js';
import {
  connectFlink,
  createFlinkClient,
  type FetchLike,
  FlinkVersionMismatchError,
  supportedFlinkVersions,
  UnsupportedEndpointError,
} from '../src/index.js';

const SUPPORTED = 'supported: 1.18, 1.19, 1.20, 2.0, 2.1, 2.2, 2.3';

/** What a real JobManager of `line` answered to `GET /v1/config` (the test kit's recording). */
function recordedConfig(line: string): unknown {
  const file = new URL(`../../testing/fixtures/${line}/lifecycle.json`, import.meta.url);
  const fixture = JSON.parse(readFileSync(file, 'utf8')) as {
    exchanges: { request: { method: string; path: string }; response: { body: unknown } }[];
  };
  const config = fixture.exchanges.find(
    (e) => e.request.method === 'GET' && e.request.path === '/config',
  );
  if (!config) throw new Error(`no GET /config in ${file}`);
  return config.response.body;
}

/** A fetch that answers `/v1/config` as `line`'s JobManager did, and counts what it was asked. */
function clusterOf(line: string) {
  const asked: string[] = [];
  const fetch: FetchLike = async (request) => {
    const path = new URL(request.url).pathname;
    asked.push(`${request.method} ${path}`);
    if (path !== '/v1/config') return new Response('{"errors":["Not found"]}', { status: 404 });
    return Response.json(recordedConfig(line));
  };
  return { fetch, asked };
}

describe('range clients', () => {
  it.each([
    { spec: '1.18 - 2.3', label: '1.18 - 2.3', lines: supportedFlinkVersions },
    { spec: '1.20 - 2.1', label: '1.20 - 2.1', lines: ['1.20', '2.0', '2.1'] },
    { spec: ['2.3', '1.18'], label: '1.18, 2.3', lines: ['1.18', '2.3'] },
    { spec: ['2.0', '2.1'], label: '2.0 - 2.1', lines: ['2.0', '2.1'] },
    { spec: ['2.3'], label: '2.3', lines: ['2.3'] },
    { spec: '2.3', label: '2.3', lines: ['2.3'] },
  ] as const)('$spec holds for $lines, named $label', ({ spec, label, lines }) => {
    const flink = createFlinkClient({ baseUrl: 'http://jm:8081', flinkVersion: spec });
    expect([flink.flinkVersion, flink.flinkVersions]).toEqual([label, lines]);
  });

  it.each([
    { spec: '2.3 - 1.18', error: RangeError, message: "runs backwards: write '1.18 - 2.3'" },
    {
      spec: '1.10 - 2.3',
      error: RangeError,
      message: `1.10 is not a supported Flink line; ${SUPPORTED}`,
    },
    { spec: 'banana', error: TypeError, message: SUPPORTED },
    { spec: '1.18 -', error: TypeError, message: SUPPORTED },
    { spec: '', error: TypeError, message: SUPPORTED },
    { spec: [], error: RangeError, message: `must not be empty; ${SUPPORTED}` },
  ])('refuses $spec at creation, naming the supported lines', ({ spec, error, message }) => {
    const make = () =>
      createFlinkClient({ baseUrl: 'http://jm:8081', flinkVersion: spec as never });
    expect(make).toThrow(error);
    expect(make).toThrow(message);
  });

  it('refuses at run time what its types refuse: an endpoint one line of the range lacks', async () => {
    const { fetch, asked } = clusterOf('2.3');
    const fleet = createFlinkClient({
      baseUrl: 'http://jm:8081',
      flinkVersion: '2.2 - 2.3',
      fetch,
    });
    const call = fleet.GET('/applications/overview' as never);
    await expect(call).rejects.toBeInstanceOf(UnsupportedEndpointError);
    await expect(call).rejects.toThrow(
      'GET /applications/overview is not an endpoint of Flink 2.2 - 2.3',
    );
    const newest = createFlinkClient({ baseUrl: 'http://jm:8081', flinkVersion: ['2.3'], fetch });
    expect((await newest.GET('/applications/overview')).response.status).toBe(404);
    expect(asked).toEqual(['GET /v1/applications/overview']);
  });

  it.each([
    { range: '1.18 - 2.3', cluster: '2.0', matches: true },
    { range: '2.0 - 2.3', cluster: '1.20', matches: false },
    { range: ['1.18', '2.3'], cluster: '2.0', matches: false },
  ] as const)(
    'connect(): a $cluster cluster against $range matches: $matches',
    async ({ range, cluster, matches }) => {
      const warnings: string[] = [];
      const flink = createFlinkClient({
        baseUrl: 'http://jm:8081',
        flinkVersion: range,
        fetch: clusterOf(cluster).fetch,
        logger: { warn: (m) => warnings.push(m) },
      });
      const info = await flink.connect();
      expect([info.line, info.pinned, info.matches]).toEqual([
        cluster,
        flink.flinkVersion,
        matches,
      ]);
      expect(warnings).toHaveLength(matches ? 0 : 1);
    },
  );
});

describe('chooseLine', () => {
  it.each([
    ...supportedVersions.map((v) => ({
      version: v.version,
      onUnknown: 'error' as const,
      want: { line: v.line },
    })),
    { version: '2.3.7', onUnknown: 'error' as const, want: { line: '2.3' } },
    { version: '2.0-SNAPSHOT', onUnknown: 'error' as const, want: { line: '2.0' } },
    {
      version: '2.9.0',
      onUnknown: 'nearest' as const,
      want: {
        line: '2.3',
        warning:
          "the cluster runs Flink 2.9.0, newer than the newest supported line; using Flink 2.3's types (2.3.0)",
      },
    },
    {
      version: '2.9.0',
      onUnknown: 'error' as const,
      want: {
        error: `the cluster runs Flink 2.9.0, which is not a supported line (1.18 - 2.3): 1.18 (1.18.1), 1.19 (1.19.3), 1.20 (1.20.5), 2.0 (2.0.2), 2.1 (2.1.3), 2.2 (2.2.1), 2.3 (2.3.0)`,
      },
    },
    {
      version: '1.12.7',
      onUnknown: 'nearest' as const,
      want: {
        error: 'the cluster runs Flink 1.12.7, older than every supported line (1.18 - 2.3)',
      },
    },
    {
      version: 'banana',
      onUnknown: 'nearest' as const,
      want: {
        error: expect.stringMatching(
          /^the cluster reports Flink version "banana", which names no release line; supported: 1.18 \(1.18.1\)/,
        ),
      },
    },
  ])('$version with $onUnknown', ({ version, onUnknown, want }) => {
    expect(chooseLine(version, onUnknown)).toEqual(want);
  });
});

describe('connectFlink', () => {
  it.each(supportedVersions.map((v) => v.line))(
    'pins a %s cluster to its line, from one GET /config',
    async (line) => {
      const { fetch, asked } = clusterOf(line);
      const flink = await connectFlink({
        baseUrl: 'http://jm:8081',
        fetch,
        onUnknownVersion: 'error',
      });
      expect([
        flink.flinkVersion,
        flink.flinkVersions,
        flink.cluster.line,
        flink.cluster.matches,
      ]).toEqual([line, [line], line, true]);
      expect(asked).toEqual(['GET /v1/config']);
    },
  );

  it.each([
    {
      options: { onUnknownVersion: 'closest' },
      message: 'onUnknownVersion "closest" must be one of nearest, error',
    },
    { options: { baseUrl: 'ftp://jm' }, message: 'must be http: or https:' },
    {
      options: { tls: {}, fetch: (r: Request) => fetch(r) },
      message: 'fetch and tls cannot be combined',
    },
  ])('rejects bad options ($message), before sending anything', async ({ options, message }) => {
    const { fetch, asked } = clusterOf('2.3');
    const pending = connectFlink({ baseUrl: 'http://jm:8081', fetch, ...options } as never);
    expect(pending).toBeInstanceOf(Promise);
    await expect(pending).rejects.toThrow(TypeError);
    await expect(pending).rejects.toThrow(message);
    expect(asked).toEqual([]);
  });

  it('refuses what chooseLine refuses, as a FlinkVersionMismatchError', async () => {
    // 1.18's recorded answer, its version changed to one outside the matrix.
    const config = { ...(recordedConfig('1.18') as object), 'flink-version': '1.12.7' };
    const fetch: FetchLike = async () => Response.json(config);
    const error = await connectFlink({ baseUrl: 'http://jm:8081', fetch }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FlinkVersionMismatchError);
    expect(error).toMatchObject({
      pinned: '1.18 - 2.3',
      actual: '1.12.7',
      message: 'the cluster runs Flink 1.12.7, older than every supported line (1.18 - 2.3)',
    });
  });
});
