import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createFlinkClient,
  FlinkApiError,
  FlinkConnectionError,
  UnexpectedResponseError,
} from '../src/index.js';

/**
 * The default transport over a real socket (no injected fetch): what reaches the server, and
 * what the caller gets back.
 */
interface Seen {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

type Answer = (seen: Seen, res: http.ServerResponse) => void;

let server: http.Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

async function serve(answer: Answer) {
  const seen: Seen[] = [];
  server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const one = {
      method: req.method ?? '',
      url: req.url ?? '',
      headers: req.headers,
      body: Buffer.concat(chunks),
    };
    seen.push(one);
    answer(one, res);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, seen };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  ((_, res) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  }) satisfies Answer;

describe('the default transport, over a socket', () => {
  it('uploads a jar as multipart with a known length and a matching boundary', async () => {
    const { url, seen } = await serve(
      json(200, { filename: '/tmp/flink-web/abc_job.jar', status: 'success' }),
    );
    const flink = createFlinkClient({ baseUrl: url, flinkVersion: '2.3' });
    const jar = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    expect(await flink.jars.upload(jar, { filename: 'job.jar' })).toEqual({
      id: 'abc_job.jar',
      filename: '/tmp/flink-web/abc_job.jar',
    });
    const [upload] = seen;
    expect(upload?.headers['transfer-encoding']).toBeUndefined();
    expect(Number(upload?.headers['content-length'])).toBe(upload?.body.length);
    // Parsed back by Node's own multipart parser: one file part, named as Flink expects.
    const form = await new Response(upload?.body, {
      headers: { 'content-type': upload?.headers['content-type'] ?? '' },
    }).formData();
    const file = form.get('jarfile') as File;
    expect([...form.keys()]).toEqual(['jarfile']);
    expect([file.name, file.type]).toEqual(['job.jar', 'application/java-archive']);
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(jar);
  });

  it("sends a raw call's FormData as Node encodes it", async () => {
    const { url, seen } = await serve(
      json(200, { filename: '/tmp/flink-web/abc_job.jar', status: 'success' }),
    );
    const flink = createFlinkClient({ baseUrl: url, flinkVersion: '2.3' });
    const form = new FormData();
    form.append('jarfile', new Blob([new Uint8Array([1, 2, 3])]), 'raw.jar');
    const { data } = await flink.POST('/jars/upload', {
      body: form as never,
      bodySerializer: (body: unknown) => body as FormData,
    });
    expect(data).toMatchObject({ status: 'success' });
    const parsed = await new Response(seen[0]?.body, {
      headers: { 'content-type': seen[0]?.headers['content-type'] ?? '' },
    }).formData();
    expect((parsed.get('jarfile') as File).name).toBe('raw.jar');
  });

  it('sends a JSON body with its type and length, and the configured headers', async () => {
    const { url, seen } = await serve(json(200, { jobid: 'f'.repeat(32) }));
    const flink = createFlinkClient({
      baseUrl: url,
      flinkVersion: '2.3',
      headers: { 'x-team': 'data' },
      auth: { type: 'bearer', token: 't0k3n' },
    });
    await flink.jars.run('abc_job.jar', { parallelism: 2 });
    expect(seen[0]).toMatchObject({
      method: 'POST',
      url: '/v1/jars/abc_job.jar/run',
      headers: {
        'content-type': 'application/json',
        'content-length': '17',
        'x-team': 'data',
        authorization: 'Bearer t0k3n',
      },
    });
    expect(JSON.parse(seen[0]?.body.toString() ?? '')).toEqual({ parallelism: 2 });
  });

  it('hands back a Response that names its URL, with a body read once as any other', async () => {
    const { url } = await serve(json(200, { 'flink-version': '2.3.0' }));
    const flink = createFlinkClient({ baseUrl: url, flinkVersion: '2.3' });
    const { data, response } = await flink.GET('/config');
    expect(data).toMatchObject({ 'flink-version': '2.3.0' });
    expect([response.url, response.bodyUsed]).toEqual([`${url}/v1/config`, true]);
  });

  it('sends through the global fetch as it is at each request, so mocks set later see it', async () => {
    const { url, seen } = await serve(json(200, { 'flink-version': '2.3.0' }));
    const flink = createFlinkClient({ baseUrl: url, flinkVersion: '2.3' });
    const sent: string[] = [];
    const original = globalThis.fetch;
    globalThis.fetch = async (input, init) => {
      sent.push(input instanceof Request ? input.url : String(input));
      return original(input, init);
    };
    try {
      await flink.GET('/config');
    } finally {
      globalThis.fetch = original;
    }
    expect([sent, seen.length]).toEqual([[`${url}/v1/config`], 1]);
  });

  it('parses a chunked JSON body, and names a chunked HTML one', async () => {
    let page = '{"jobs":[]}';
    const { url } = await serve((_, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write(page.slice(0, 3));
      res.end(page.slice(3));
    });
    const flink = createFlinkClient({ baseUrl: url, flinkVersion: '2.3' });
    expect((await flink.GET('/jobs/overview')).data).toEqual({ jobs: [] });
    page = '<html>maintenance</html>';
    const error = await flink.GET('/jobs/overview').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect((error as Error).message).toBe(
      'GET /jobs/overview answered HTTP 200 with an unexpected body: the body is not JSON: "<html>maintenance</html>"',
    );
  });

  it('does not follow a redirect: the 3xx comes back', async () => {
    const { url, seen } = await serve((_, res) => {
      res.writeHead(302, { location: '/elsewhere' }).end();
    });
    const flink = createFlinkClient({ baseUrl: url, flinkVersion: '2.3' });
    const { response } = await flink.GET('/config');
    expect(response.status).toBe(302);
    expect(seen).toHaveLength(1);
    await expect(flink.connect()).rejects.toBeInstanceOf(FlinkApiError);
  });

  it('lets middleware see a real Request and add headers', async () => {
    const { url, seen } = await serve(json(200, { 'flink-version': '2.3.0' }));
    const flink = createFlinkClient({ baseUrl: url, flinkVersion: '2.3' });
    const kinds: boolean[] = [];
    flink.use({
      onRequest({ request }) {
        kinds.push(request instanceof Request);
        request.headers.set('x-trace', 'abc');
        return undefined;
      },
    });
    await flink.GET('/config');
    expect(kinds).toEqual([true]);
    expect(seen[0]?.headers['x-trace']).toBe('abc');
  });

  it('sends the body of a Request that middleware put in its place', async () => {
    const { url, seen } = await serve(json(200, { jobid: 'f'.repeat(32) }));
    const flink = createFlinkClient({ baseUrl: url, flinkVersion: '2.3' });
    flink.use({
      onRequest: ({ request }) =>
        new Request(request.url, {
          method: 'POST',
          headers: request.headers,
          body: '{"parallelism":3}',
        }),
    });
    await flink.jars.run('abc_job.jar', { parallelism: 2 });
    expect(JSON.parse(seen[0]?.body.toString() ?? '')).toEqual({ parallelism: 3 });
  });

  it('refuses calls after close(), without sending them', async () => {
    const { url, seen } = await serve(json(200, { 'flink-version': '2.3.0' }));
    const flink = createFlinkClient({ baseUrl: url, flinkVersion: '2.3' });
    await flink.GET('/config');
    await flink.close();
    const error = await flink.GET('/config').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FlinkConnectionError);
    expect((error as Error).message).toBe('GET /config got no answer: the client is closed');
    expect(seen).toHaveLength(1);
  });

  it.each([
    {
      name: 'says what it is',
      option: undefined,
      call: undefined,
      want: /^flink-rest-client\/\d+\.\d+\.\d+\S* node\/\d+/,
    },
    { name: 'the option wins', option: 'ops-bot/2', call: undefined, want: /^ops-bot\/2$/ },
    { name: 'a per-call header wins', option: 'ops-bot/2', call: 'probe/1', want: /^probe\/1$/ },
  ])('User-Agent: $name', async ({ option, call, want }) => {
    const { url, seen } = await serve(json(200, {}));
    const flink = createFlinkClient({
      baseUrl: url,
      flinkVersion: '2.3',
      ...(option ? { headers: { 'User-Agent': option } } : {}),
    });
    await flink.GET('/config', call ? { headers: { 'user-agent': call } } : {});
    expect(seen[0]?.headers['user-agent']).toMatch(want);
  });

  it('refuses a per-call header the HTTP layer manages, once, without sending', async () => {
    const { url, seen } = await serve(json(200, {}));
    const flink = createFlinkClient({ baseUrl: url, flinkVersion: '2.3' });
    const error = await flink
      .GET('/config', { headers: { expect: '100-continue' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe(
      'GET /config: headers: expect is set by the HTTP layer; leave it out',
    );
    expect(seen).toHaveLength(0);
  });

  it('gives the caller its own abort reason, not a connection error', async () => {
    const { url } = await serve(() => {
      // never answers
    });
    const flink = createFlinkClient({ baseUrl: url, flinkVersion: '2.3' });
    const controller = new AbortController();
    const pending = flink.GET('/config', { signal: controller.signal });
    const reason = new Error('the caller gave up');
    setTimeout(() => controller.abort(reason), 20);
    await expect(pending).rejects.toBe(reason);
  });
});
