import { describe, expect, it } from 'vitest';
import { createFlinkClient } from '../src/index.js';
import { platform as node } from '../src/platform/node.js';
import { platform as web } from '../src/platform/web.js';

describe('what runs only on Node', () => {
  it.each([
    {
      name: 'tls',
      call: async () => web.tlsFetch({ rejectUnauthorized: false }),
      want: /^tls is supported on Node only/,
    },
    {
      name: 'a jar path',
      call: () => web.jarFile('/tmp/job.jar'),
      want: /^a jar path is supported on Node only/,
    },
  ])('elsewhere, $name is a TypeError that names it', async ({ call, want }) => {
    const error = await call().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toMatch(want);
  });

  it('elsewhere, sends no User-Agent (a page may not set it); on Node, names the client', () => {
    expect(web.userAgent).toBeUndefined();
    expect(node.userAgent).toMatch(/^flink-rest-client\/\d+\.\d+\.\d+\S* node\/\d+/);
  });

  it('refuses fetch and tls together, saying why', () => {
    expect(() =>
      createFlinkClient({
        baseUrl: 'https://flink.test',
        flinkVersion: '2.3',
        fetch: (r) => fetch(r),
        tls: { rejectUnauthorized: false },
      }),
    ).toThrow(
      /^fetch and tls cannot be combined: tls configures the HTTP stack that replaces fetch/,
    );
  });

  it('closes a TLS stack it never used', async () => {
    await expect(node.tlsFetch({ rejectUnauthorized: false }).close()).resolves.toBeUndefined();
  });
});
