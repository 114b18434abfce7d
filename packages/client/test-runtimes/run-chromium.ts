import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import { bundleFor } from './bundle.ts';
import type { CheckResult, Expectations, runConformance } from './conformance.ts';

/** Debian's chromium package, which scripts/ensure-chromium.mjs installs before `npm test`. */
export const CHROMIUM = '/usr/bin/chromium';

/** Serves a page that loads the bundle, on its own port: another origin than the JobManager's. */
async function servePage(script: string) {
  const server = createServer((req, res) => {
    if (req.url === '/conformance.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(script);
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(
      '<!doctype html><title>conformance</title><script type="module" src="/conformance.js"></script>',
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Runs the conformance script in headless Chromium, in a page whose origin is not the
 * JobManager's, so every request is a cross-origin fetch under the JobManager's CORS answers.
 */
export async function runInChromium(baseUrl: string, expect: Expectations): Promise<CheckResult[]> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `chromium: ${CHROMIUM} is missing: run node scripts/ensure-chromium.mjs (npm test does)`,
    );
  }
  const page = await servePage(await bundleFor('chromium'));
  const browser = await chromium.launch({ executablePath: CHROMIUM });
  try {
    const tab = await browser.newPage();
    // What the page reported (a CORS refusal is only told there), each message once.
    const errors = new Set<string>();
    tab.on('pageerror', (error) => errors.add(error.message));
    tab.on('console', (message) => {
      if (message.type() === 'error')
        errors.add(message.text().replace(/http:\/\/127\.0\.0\.1:\d+/g, '<origin>'));
    });
    await tab.goto(page.url);
    await tab
      .waitForFunction(() => 'runConformance' in globalThis, undefined, { timeout: 10_000 })
      .catch((error: Error) => {
        throw new Error(
          `chromium: the bundle did not load: ${[...errors].join('; ') || error.message}`,
        );
      });
    const results = await tab.evaluate(
      ([url, want]) =>
        (globalThis as unknown as { runConformance: typeof runConformance }).runConformance(
          url,
          'chromium',
          want,
        ),
      [baseUrl, expect] as const,
    );
    const console = [...errors].slice(0, 3).join('; ');
    return results.map((r) =>
      r.ok || !console ? r : { ...r, detail: `${r.detail} [console: ${console}]` },
    );
  } finally {
    await browser.close();
    await page.close();
  }
}
