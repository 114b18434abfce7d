import { launchChromium, servePage } from '../test-support/browser.ts';
import { bundleFor } from './bundle.ts';
import type { CheckResult, Expectations, runConformance } from './conformance.ts';

/**
 * Runs the conformance script in headless Chromium, in a page whose origin is not the
 * JobManager's, so every request is a cross-origin fetch under the JobManager's CORS answers.
 */
export async function runInChromium(baseUrl: string, expect: Expectations): Promise<CheckResult[]> {
  const page = await servePage({
    html: '<!doctype html><title>conformance</title><script type="module" src="/conformance.js"></script>',
    scripts: { '/conformance.js': await bundleFor('chromium') },
  });
  const browser = await launchChromium().catch(async (error: unknown) => {
    await page.close();
    throw error;
  });
  try {
    const tab = await browser.newPage();
    // What the page reported (a CORS refusal is only told there), each message once.
    const errors = new Set<string>();
    tab.on('pageerror', (error) => errors.add(error.message));
    tab.on('console', (message) => {
      if (message.type() === 'error')
        errors.add(message.text().replace(/http:\/\/127\.0\.0\.1:\d+/g, '<origin>'));
    });
    await tab.goto(`${page.origin}/`);
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
