/**
 * `loadSpec` over HTTP under hostile answers: a document comes back, or a CodegenError with
 * one of the documented codes and a one-line message naming the URL — never another error, a
 * crash or a hang. (Parsing itself is tested in @flink-rest/specs.)
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SpecError } from '@flink-rest/specs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { CodegenError, type CodegenErrorCode } from '../src/errors.js';
import { loadSpec } from '../src/load-spec.js';

function expectDocumented(error: unknown, codes: CodegenErrorCode[], source: string) {
  expect(error, String(error)).toBeInstanceOf(CodegenError);
  const e = error as CodegenError;
  expect(codes).toContain(e.code);
  if (e.code === 'SPEC_ERROR') expect(e.cause).toBeInstanceOf(SpecError);
  expect(e.message).not.toMatch(/[\r\n]/);
  expect(e.message).toContain(source);
}

const minimal = {
  openapi: '3.0.1',
  info: { title: 'Flink JobManager REST API', version: 'v1/2.3-SNAPSHOT' },
  paths: { '/jobs': { get: { responses: { '200': { description: 'ok' } } } } },
};

const bodies = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.json(),
  fc.jsonValue().map((v) => stringify(v)),
  fc.constant(JSON.stringify(minimal)),
  fc.constant(stringify(minimal)),
);

describe('loadSpec from URLs', () => {
  let server: Server;
  let base: string;
  let reply: { status: number; body: string; contentType?: string } = { status: 200, body: '' };
  beforeAll(async () => {
    server = createServer((_req, res) => {
      res.writeHead(reply.status, reply.contentType ? { 'content-type': reply.contentType } : {});
      res.end(reply.body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('fetches a URL: a document or a documented error, whatever the server answers', async () => {
    await fc.assert(
      fc.asyncProperty(
        bodies,
        fc.constantFrom(200, 201, 204, 301, 404, 500, 503),
        fc.constantFrom(undefined, 'application/json', 'application/yaml', 'text/html'),
        async (body, status, contentType) => {
          reply = {
            status,
            body: status === 204 ? '' : body,
            ...(contentType ? { contentType } : {}),
          };
          const url = `${base}/spec`;
          const outcome = await loadSpec(url, { timeoutMs: 5_000 }).then(
            (spec) => ({ spec, error: undefined }),
            (error: unknown) => ({ spec: undefined, error }),
          );
          if (outcome.error) {
            expectDocumented(outcome.error, ['SPEC_ERROR', 'HTTP_ERROR'], url);
            if (status !== 200) expect((outcome.error as CodegenError).code).toBe('HTTP_ERROR');
          } else expect(status).toBe(200);
        },
      ),
      { numRuns: 100 },
    );
  });

  it.each([
    { url: 'ftp://127.0.0.1/spec.yaml', code: 'FETCH_FAILED' },
    { url: 'http://127.0.0.1:1/spec.yaml', code: 'FETCH_FAILED' },
    { url: 'http://[::1/spec', code: 'FETCH_FAILED' },
    { url: '/no/such/dir/spec.yaml', code: 'SPEC_ERROR' },
  ])('an unreachable or unusable source is $code: $url', async ({ url, code }) => {
    const error = await loadSpec(url, { timeoutMs: 5_000 }).catch((e: unknown) => e);
    expectDocumented(error, [code as CodegenErrorCode], url);
  });
});
