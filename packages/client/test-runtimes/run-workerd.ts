import { Miniflare } from 'miniflare';
import { bundleFor } from './bundle.ts';
import type { CheckResult, Expectations } from './conformance.ts';

/**
 * Runs the conformance script as a Worker in workerd (through miniflare), without
 * `nodejs_compat`: a `node:*` import fails as it would on Cloudflare.
 */
export async function runInWorkerd(baseUrl: string, expect: Expectations): Promise<CheckResult[]> {
  const mf = new Miniflare({
    modules: true,
    script: await bundleFor('workerd'),
    // The newest date this workerd knows (miniflare 3 is the line that runs on Node 20).
    compatibilityDate: '2025-07-01',
  });
  try {
    const answer = await mf.dispatchFetch('http://conformance.invalid/', {
      method: 'POST',
      body: JSON.stringify({ baseUrl, expect }),
    });
    const text = await answer.text();
    if (answer.status !== 200)
      throw new Error(`workerd: HTTP ${answer.status}: ${text.slice(0, 2000)}`);
    return JSON.parse(text) as CheckResult[];
  } finally {
    await mf.dispose();
  }
}
