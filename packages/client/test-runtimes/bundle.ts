import { bundle } from '../test-support/bundle.ts';

/**
 * How the browser and workerd legs get the conformance script: bundled by esbuild with the
 * platform's export conditions, as a web app's or a Worker's build resolves the client.
 */
const TARGETS = {
  // esbuild's browser platform resolves `browser`, `import`, `default`.
  chromium: { entry: './browser-entry.ts', platform: 'browser', conditions: [] },
  // As wrangler bundles a Worker.
  workerd: {
    entry: './worker-entry.ts',
    platform: 'neutral',
    conditions: ['workerd', 'worker', 'browser'],
  },
} as const;

/** The conformance script bundled for a leg, as an ES module. */
export function bundleFor(target: keyof typeof TARGETS): Promise<string> {
  const { entry, platform, conditions } = TARGETS[target];
  return bundle({
    name: target,
    entry: new URL(entry, import.meta.url),
    platform,
    format: 'esm',
    conditions,
  });
}
