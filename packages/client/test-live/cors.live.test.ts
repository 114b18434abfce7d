import { readFile } from 'node:fs/promises';
import { buildSampleJob, type FlinkCluster, startFlinkCluster } from '@flink-rest/local-cluster';
import { newestVersion, oldestVersion } from '@flink-rest/versions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFlinkClient } from '../src/index.js';

// What Flink's REST server answers a browser, measured with Node's fetch playing the browser's
// part (it sends Origin and Access-Control-Request-* as given). Flink has no CORS handler: it
// writes `Access-Control-Allow-Origin: <web.access-control-allow-origin>` (default `*`) on every
// answer of its REST handlers, whatever the request's Origin, and routes OPTIONS like any other
// method, so a preflight finds no route and gets 404. docs-cors.md says what that means for a
// browser. A change in any of this fails a row below.

/** The page's origin, as a browser would send it (nothing needs to listen there). */
const PAGE = 'http://127.0.0.1:5173';
/** An origin the configuration does not name. */
const OTHER = 'http://other.example:8000';

const configs: { name: string; config: Record<string, string>; allowOrigin: string }[] = [
  { name: 'default configuration', config: {}, allowOrigin: '*' },
  {
    name: `web.access-control-allow-origin: ${PAGE}`,
    config: { 'web.access-control-allow-origin': PAGE },
    allowOrigin: PAGE,
  },
];

// The oldest and newest supported lines; FLINK_LINES=2.3 narrows a local run.
const lines = process.env.FLINK_LINES?.split(',');
const versions = [oldestVersion, newestVersion].filter((v) => !lines || lines.includes(v.line));

interface Ids {
  readonly jobid: string;
  readonly jarid: string;
  readonly savepointDir: string;
}
interface Case {
  readonly name: string;
  readonly given: (ids: Ids) => { path: string; init: RequestInit };
  readonly want: {
    readonly status: number;
    /** Whether the answer carries `Access-Control-Allow-Origin` (always the configured value). */
    readonly allowOrigin: boolean;
    /** The body's `errors`, where the exact text matters. */
    readonly errors?: (ids: Ids) => string[];
  };
}

const preflight = (origin: string, method: string, headers?: string): RequestInit => ({
  method: 'OPTIONS',
  headers: {
    Origin: origin,
    'Access-Control-Request-Method': method,
    ...(headers ? { 'Access-Control-Request-Headers': headers } : {}),
  },
});
const savepointBody = ({ savepointDir }: Ids) =>
  JSON.stringify({ 'target-directory': `file://${savepointDir}`, 'cancel-job': false });
const notFound = (path: (ids: Ids) => string) => (ids: Ids) => [`Not found: ${path(ids)}`];
const savepoints = ({ jobid }: Ids) => `/v1/jobs/${jobid}/savepoints`;
const UNKNOWN_JOB = '0'.repeat(32);

const cases: Case[] = [
  {
    name: 'simple GET with the page origin',
    given: () => ({ path: '/v1/overview', init: { headers: { Origin: PAGE } } }),
    want: { status: 200, allowOrigin: true },
  },
  {
    name: 'simple GET with an origin the configuration does not name (not compared)',
    given: () => ({ path: '/v1/overview', init: { headers: { Origin: OTHER } } }),
    want: { status: 200, allowOrigin: true },
  },
  {
    name: 'GET without Origin (the header goes to everyone)',
    given: () => ({ path: '/v1/overview', init: {} }),
    want: { status: 200, allowOrigin: true },
  },
  {
    name: 'preflight of the savepoint POST with content-type',
    given: (ids) => ({ path: savepoints(ids), init: preflight(PAGE, 'POST', 'content-type') }),
    want: { status: 404, allowOrigin: true, errors: notFound(savepoints) },
  },
  {
    name: 'preflight of the savepoint POST with authorization',
    given: (ids) => ({
      path: savepoints(ids),
      init: preflight(PAGE, 'POST', 'authorization,content-type'),
    }),
    want: { status: 404, allowOrigin: true, errors: notFound(savepoints) },
  },
  {
    name: 'preflight of PATCH /jobs/:jobid (cancel)',
    given: ({ jobid }) => ({ path: `/v1/jobs/${jobid}`, init: preflight(PAGE, 'PATCH') }),
    want: { status: 404, allowOrigin: true, errors: notFound(({ jobid }) => `/v1/jobs/${jobid}`) },
  },
  {
    name: 'preflight of DELETE /jars/:jarid',
    given: ({ jarid }) => ({ path: `/v1/jars/${jarid}`, init: preflight(PAGE, 'DELETE') }),
    want: { status: 404, allowOrigin: true, errors: notFound(({ jarid }) => `/v1/jars/${jarid}`) },
  },
  {
    name: 'preflight of a GET with a custom header',
    given: () => ({ path: '/v1/overview', init: preflight(PAGE, 'GET', 'x-request-id') }),
    want: { status: 404, allowOrigin: true, errors: notFound(() => '/v1/overview') },
  },
  {
    name: 'the JSON savepoint POST itself',
    given: (ids) => ({
      path: savepoints(ids),
      init: {
        method: 'POST',
        headers: { Origin: PAGE, 'Content-Type': 'application/json' },
        body: savepointBody(ids),
      },
    }),
    want: { status: 202, allowOrigin: true },
  },
  {
    name: 'the savepoint POST as text/plain (a simple request: Flink ignores Content-Type)',
    given: (ids) => ({
      path: savepoints(ids),
      init: {
        method: 'POST',
        headers: { Origin: PAGE, 'Content-Type': 'text/plain;charset=UTF-8' },
        body: savepointBody(ids),
      },
    }),
    want: { status: 202, allowOrigin: true },
  },
  {
    name: 'a text/plain savepoint POST from an origin the configuration does not name (carried out)',
    given: (ids) => ({
      path: savepoints(ids),
      init: {
        method: 'POST',
        headers: { Origin: OTHER, 'Content-Type': 'text/plain;charset=UTF-8' },
        body: savepointBody(ids),
      },
    }),
    want: { status: 202, allowOrigin: true },
  },
  {
    name: 'a 404 from a REST handler (unknown job)',
    given: () => ({ path: `/v1/jobs/${UNKNOWN_JOB}`, init: { headers: { Origin: PAGE } } }),
    want: { status: 404, allowOrigin: true },
  },
  {
    name: 'a 400 from a REST handler (malformed JSON)',
    given: (ids) => ({
      path: savepoints(ids),
      init: {
        method: 'POST',
        headers: { Origin: PAGE, 'Content-Type': 'application/json' },
        body: '{',
      },
    }),
    want: { status: 400, allowOrigin: true },
  },
  {
    name: 'a GET of an unknown path (answered by the web UI file server, without the header)',
    given: () => ({ path: '/v1/no-such-endpoint', init: { headers: { Origin: PAGE } } }),
    want: {
      status: 404,
      allowOrigin: false,
      errors: () => ['Unable to load requested file /v1/no-such-endpoint.'],
    },
  },
];

/** Every CORS-related header of an answer; anything Flink adds shows up here. */
function corsHeaders(res: Response): Record<string, string> {
  return Object.fromEntries(
    [...res.headers].filter(([name]) => name.startsWith('access-control-') || name === 'vary'),
  );
}

let jar: string;
beforeAll(async () => {
  jar = await buildSampleJob();
});

describe.each(versions)('Flink $version', ({ line }) => {
  describe.each(configs)('$name', ({ config, allowOrigin }) => {
    let cluster: FlinkCluster;
    let ids: Ids;
    beforeAll(async () => {
      cluster = await startFlinkCluster({ flinkVersion: line, config });
      const flink = createFlinkClient({ baseUrl: cluster.url, flinkVersion: line as '2.3' });
      const uploaded = await flink.jars.upload(jar);
      const { jobid } = await flink.jars.run(uploaded.id, { parallelism: 1 });
      await flink.jobs.waitForStatus(jobid, ['RUNNING'], {
        timeoutMs: 120_000,
        allTasksRunning: true,
      });
      ids = { jobid, jarid: uploaded.id, savepointDir: cluster.savepointDir };
    });
    afterAll(async () => {
      await cluster?.stop();
    });

    it.each(cases)('$name', async ({ given, want }) => {
      const { path, init } = given(ids);
      const res = await fetch(cluster.url + path, init);
      const body = await res.text();
      expect({ status: res.status, cors: corsHeaders(res) }).toEqual({
        status: want.status,
        cors: want.allowOrigin ? { 'access-control-allow-origin': allowOrigin } : {},
      });
      if (want.errors) expect(JSON.parse(body)).toEqual({ errors: want.errors(ids) });
    });

    it('a multipart jar upload (a simple request) carries the header too', async () => {
      const form = new FormData();
      form.append('jarfile', new Blob([await readFile(jar)]), 'again.jar');
      const res = await fetch(`${cluster.url}/v1/jars/upload`, {
        method: 'POST',
        headers: { Origin: PAGE },
        body: form,
      });
      expect(res.headers.get('content-type')).toBe('application/json; charset=UTF-8');
      expect({ status: res.status, cors: corsHeaders(res) }).toEqual({
        status: 200,
        cors: { 'access-control-allow-origin': allowOrigin },
      });
    });
  });
});
