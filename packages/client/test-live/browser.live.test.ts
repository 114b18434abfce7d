import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { buildSampleJob, type FlinkCluster, startFlinkCluster } from '@flink-rest/local-cluster';
import { build } from 'esbuild';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFlinkClient } from '../src/index.js';
import type { SavepointReport, SavepointRequest } from './browser/savepoint-page.js';
import { startProxy } from './faults-proxy.js';

// A page on one origin runs the client's browser bundle against a real Flink 2.3 on another.
// Flink answers a preflight with 404 (cors.live.test.ts), so the client's JSON POSTs cannot go
// to Flink directly: the page reaches it through a reverse proxy that answers the preflight and
// checks a bearer token, as docs-cors.md tells a browser user to set up.

/** Debian's chromium (`apt-get install chromium`); CHROMIUM=/path picks another one. */
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const TOKEN = 'browser-test-token';
const WAIT = { timeoutMs: 120_000, minDelayMs: 100, maxDelayMs: 1_000 };

/** The page script, bundled for the browser as a user's bundler would. */
async function bundlePage(): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./browser/savepoint-page.ts', import.meta.url))],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    globalName: 'flinkPage',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

/** Serves the page and its script from memory on 127.0.0.1 (its own origin). */
async function servePage(script: string) {
  const server: Server = createServer((req, res) => {
    if (req.url === '/page.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(script);
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<!doctype html><title>savepoint</title><script src="/page.js"></script>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('the client in a browser, against a real Flink 2.3 on another origin', () => {
  let cluster: FlinkCluster;
  let page: Awaited<ReturnType<typeof servePage>>;
  let proxy: Awaited<ReturnType<typeof startProxy>>;
  let browser: Browser;
  let tab: Page;
  let jobId: string;
  const consoleLines: string[] = [];

  beforeAll(async () => {
    const [script, jar] = await Promise.all([bundlePage(), buildSampleJob()]);
    page = await servePage(script);
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
    browser = await chromium.launch({ executablePath: CHROMIUM });
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
