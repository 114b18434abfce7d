import { existsSync } from 'node:fs';
import { buildSampleJob, type FlinkCluster, startFlinkCluster } from '@flink-rest/local-cluster';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFlinkClient } from '../src/index.js';
import { launchChromium, servePage } from '../test-support/browser.js';
import { bundle } from '../test-support/bundle.js';
import type { SavepointReport, SavepointRequest } from './browser/savepoint-page.js';
import { startProxy } from './faults-proxy.js';

// A page on one origin runs the client's browser bundle against a real Flink 2.3 on another.
// Flink answers a preflight with 404 (cors.live.test.ts), so the client's JSON POSTs cannot go
// to Flink directly: the page reaches it through a reverse proxy that answers the preflight and
// checks a bearer token, as docs-cors.md tells a browser user to set up.

const TOKEN = 'browser-test-token';
const WAIT = { timeoutMs: 120_000, minDelayMs: 100, maxDelayMs: 1_000 };

describe('the client in a browser, against a real Flink 2.3 on another origin', () => {
  let cluster: FlinkCluster;
  let page: Awaited<ReturnType<typeof servePage>>;
  let proxy: Awaited<ReturnType<typeof startProxy>>;
  let browser: Browser;
  let tab: Page;
  let jobId: string;
  const consoleLines: string[] = [];

  beforeAll(async () => {
    const [script, jar] = await Promise.all([
      // The page script, bundled for the browser as a user's bundler would.
      bundle({
        name: 'page',
        entry: new URL('./browser/savepoint-page.ts', import.meta.url),
        platform: 'browser',
        format: 'iife',
        globalName: 'flinkPage',
      }),
      buildSampleJob(),
    ]);
    page = await servePage({
      html: '<!doctype html><title>savepoint</title><script src="/page.js"></script>',
      scripts: { '/page.js': script },
    });
    cluster = await startFlinkCluster({ flinkVersion: '2.3' });
    const flink = createFlinkClient({ baseUrl: cluster.url, flinkVersion: '2.3' });
    const uploaded = await flink.jars.upload(jar);
    ({ jobid: jobId } = await flink.jars.run(uploaded.id, { parallelism: 1 }));
    await flink.jobs.waitForStatus(jobId, ['RUNNING'], { ...WAIT, allTasksRunning: true });
    proxy = await startProxy({
      upstream: cluster.url,
      authorize: (authorization) => authorization === `Bearer ${TOKEN}`,
      cors: { allowOrigin: page.origin, allowHeaders: ['authorization', 'content-type'] },
    });
    browser = await launchChromium();
    tab = await browser.newPage();
    tab.on('console', (message) => consoleLines.push(message.text()));
    await tab.goto(`${page.origin}/`);
  });
  afterAll(async () => {
    await browser?.close();
    await proxy?.close();
    await page?.close();
    await cluster?.stop();
  });

  const run = (request: SavepointRequest): Promise<SavepointReport> =>
    tab.evaluate(
      (r) =>
        (
          globalThis as unknown as { flinkPage: typeof import('./browser/savepoint-page.js') }
        ).flinkPage.savepoint(r),
      request,
    );
  const targetDirectory = () => `file://${cluster.savepointDir}`;

  it('straight to Flink: the GET works, the JSON POST dies in its preflight', async () => {
    consoleLines.length = 0;
    const report = await run({ baseUrl: cluster.url, jobId, targetDirectory: targetDirectory() });
    expect(report.origin).toBe(page.origin);
    expect(new URL(cluster.url).origin).not.toBe(page.origin);
    expect(report).toMatchObject({
      ok: false,
      steps: ['connected to Flink 2.3.0'],
      error: { name: 'FlinkConnectionError' },
    });
    expect(report.ok || report.error.message).toMatch(/^POST \/jobs\/[0-9a-f]{32}\/savepoints /);
    // Chromium's own words for why it refused the answer.
    expect(consoleLines.join('\n')).toContain(
      "Response to preflight request doesn't pass access control check: It does not have HTTP ok status.",
    );
  });

  it('through the CORS proxy: triggers a savepoint and waits for it', async () => {
    const report = await run({
      baseUrl: proxy.url,
      jobId,
      targetDirectory: targetDirectory(),
      auth: { type: 'bearer', token: TOKEN },
    });
    expect(report).toMatchObject({ ok: true, flinkVersion: '2.3.0' });
    if (!report.ok) return;
    expect(report.steps).toEqual([
      'connected to Flink 2.3.0',
      expect.stringMatching(/^triggered [0-9a-f]{32}$/),
      'completed',
    ]);
    expect(report.location).toContain(cluster.savepointDir);
    expect(existsSync(report.location.replace(/^file:(\/\/)?/, ''))).toBe(true);

    // A real cross-origin exchange: three origins, the browser's preflight before the POST,
    // and the page's Origin on every request the proxy saw.
    const origins = new Set([page.origin, new URL(proxy.url).origin, new URL(cluster.url).origin]);
    expect(origins.size).toBe(3);
    const trigger = `/jobs/${jobId}/savepoints`;
    const preflight = proxy.calls.findIndex((c) => c.method === 'OPTIONS' && c.path === trigger);
    const post = proxy.calls.findIndex((c) => c.method === 'POST' && c.path === trigger);
    expect(preflight).toBeGreaterThanOrEqual(0);
    expect(post).toBeGreaterThan(preflight);
    expect(proxy.calls[preflight]?.preflight).toEqual({
      method: 'POST',
      headers: 'authorization,content-type',
    });
    expect(proxy.calls.every((c) => c.origin === page.origin)).toBe(true);
    expect(proxy.calls.filter((c) => c.act !== 'pass' && c.method !== 'OPTIONS')).toEqual([]);
  });
});
