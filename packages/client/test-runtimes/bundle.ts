import { build } from 'esbuild';
import { PACKAGE_DIR } from './run-command.ts';

/**
 * How the browser and workerd legs get the conformance script: bundled by esbuild with the
 * platform's export conditions, as a web app's or a Worker's build resolves the client.
 */
const TARGETS = {
  // esbuild's browser platform resolves `browser`, `import`, `default`.
  chromium: { entry: 'test-runtimes/browser-entry.ts', platform: 'browser', conditions: [] },
  // As wrangler bundles a Worker.
  workerd: {
    entry: 'test-runtimes/worker-entry.ts',
    platform: 'neutral',
    conditions: ['workerd', 'worker', 'browser'],
  },
} as const;

/**
 * The bundled script's text. A `node:*` import or an unresolved module fails the build: the
 * error names the target and the first few imports that failed.
 */
export async function bundleFor(target: keyof typeof TARGETS): Promise<string> {
  const { entry, platform, conditions } = TARGETS[target];
  let result: Awaited<ReturnType<typeof build>>;
  try {
    result = await build({
      absWorkingDir: PACKAGE_DIR,
      entryPoints: [entry],
      bundle: true,
      format: 'esm',
      platform,
      conditions: [...conditions],
      mainFields: ['browser', 'module', 'main'],
      target: 'es2022',
      write: false,
      logLevel: 'silent',
    });
  } catch (error) {
    const errors = (error as { errors?: { text: string; location?: { file: string } }[] }).errors;
    if (!errors) throw error;
    const lines = errors.slice(0, 5).map((e) => `${e.location?.file ?? '?'}: ${e.text}`);
    throw new Error(
      `${target}: bundling ${entry} failed with ${errors.length} errors:\n${lines.join('\n')}`,
    );
  }
  const [file] = result.outputFiles ?? [];
  if (!file) throw new Error(`${target}: esbuild wrote nothing for ${entry}`);
  return file.text;
}
