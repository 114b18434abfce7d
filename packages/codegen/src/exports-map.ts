import { CodegenError } from './errors.js';

/** One generated subpath of a package's `exports`: `./flink-2.3` and its built files. */
export interface Subpath {
  /** `./flink-<line>`. */
  readonly key: string;
  /** `./dist/…/flink-<line>.d.ts`. */
  readonly types: string;
  /** `./dist/…/flink-<line>.js`. */
  readonly import: string;
}

const GENERATED_KEY = /^\.\/flink-\d+\.\d+$/;

/**
 * `packageJson` (the text of `file`) with the `./flink-<line>` keys of its `exports` map
 * replaced by `subpaths`, in their order, where the first such key was (or right after `.`).
 * Every other key, of `exports` and of the file, keeps its place and value; the text is
 * `JSON.stringify(…, null, 2)` with a final newline, as npm and Biome write it.
 */
export function renderExportsMap(
  packageJson: string,
  file: string,
  subpaths: readonly Subpath[],
): string {
  let pkg: Record<string, unknown>;
  try {
    pkg = JSON.parse(packageJson) as Record<string, unknown>;
  } catch (error) {
    throw new CodegenError('GENERATION_FAILED', `${file}: not JSON (${(error as Error).message})`, {
      where: file,
      cause: error,
    });
  }
  const current = pkg?.exports;
  if (current === null || typeof current !== 'object' || Array.isArray(current)) {
    throw new CodegenError(
      'GENERATION_FAILED',
      `${file}: #/exports must be an object of subpaths to write the per-version entry points into`,
      { where: file, pointer: '#/exports' },
    );
  }
  const entries = Object.entries(current);
  const generated = subpaths.map((s): [string, unknown] => [
    s.key,
    { types: s.types, import: s.import },
  ]);
  const firstGenerated = entries.findIndex(([key]) => GENERATED_KEY.test(key));
  const at = firstGenerated >= 0 ? firstGenerated : entries.findIndex(([key]) => key === '.') + 1;
  const kept = entries.filter(([key]) => !GENERATED_KEY.test(key));
  const before = entries.slice(0, at).filter(([key]) => !GENERATED_KEY.test(key)).length;
  kept.splice(before, 0, ...generated);
  pkg.exports = Object.fromEntries(kept);
  return `${JSON.stringify(pkg, null, 2)}\n`;
}
