import { fileURLToPath } from 'node:url';
import { build, type Platform } from 'esbuild';

export interface BundleOptions {
  /** Who the bundle is for, first in every error message: `chromium`, `workerd`, `page`. */
  readonly name: string;
  /** The entry module, e.g. `new URL('./page.ts', import.meta.url)`. */
  readonly entry: URL;
  /** `browser` resolves `browser`, `import`, `default`; `neutral` only what `conditions` adds. */
  readonly platform: Platform;
  /** `esm` for `<script type="module">` or a Worker; `iife` with `globalName` for a classic script. */
  readonly format: 'esm' | 'iife';
  /** The global an `iife` bundle assigns its exports to. */
  readonly globalName?: string;
  /** Export conditions beyond the platform's own. Default none. */
  readonly conditions?: readonly string[];
}

/**
 * Bundles a script with esbuild as a user's bundler would resolve the client, and returns its
 * text. A `node:*` import or an unresolved module fails the build: the error names the bundle
 * and the first few imports that failed.
 */
export async function bundle(options: BundleOptions): Promise<string> {
  const { name, platform, format, globalName, conditions = [] } = options;
  const entry = fileURLToPath(options.entry);
  let result: Awaited<ReturnType<typeof build>>;
  try {
    result = await build({
      entryPoints: [entry],
      bundle: true,
      format,
      ...(globalName === undefined ? {} : { globalName }),
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
      `${name}: bundling ${entry} failed with ${errors.length} errors:\n${lines.join('\n')}`,
    );
  }
  const [file] = result.outputFiles ?? [];
  if (!file) throw new Error(`${name}: esbuild wrote nothing for ${entry}`);
  return file.text;
}
