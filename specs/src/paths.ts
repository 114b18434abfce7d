import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the data of this package is. `src/` and `dist/` are both one level under the package
 * root, which holds the data, so the same relative URL works from either: in a checkout, and
 * in an installed copy (whose `files` ship `flink-*` and `overlays/`).
 */
const packageRoot = new URL('../', import.meta.url);

/** This package's folder: the pinned specs, `<dir>/flink-<line>/jobmanager-v1.yaml`. */
export function defaultSpecsDir(): string {
  return fileURLToPath(packageRoot);
}

/** Our corrections: `<specs>/overlays/<id>.yaml`. */
export function defaultOverlaysDir(): string {
  return fileURLToPath(new URL('overlays/', packageRoot));
}

/** The pinned spec file of a line inside `specsDir` (default: this package's folder). */
export function pinnedSpecPath(line: string, specsDir: string = defaultSpecsDir()): string {
  return path.join(specsDir, `flink-${line}`, 'jobmanager-v1.yaml');
}

/** The provenance file (what the spec was extracted from) of a line inside `specsDir`. */
export function provenancePath(line: string, specsDir: string = defaultSpecsDir()): string {
  return path.join(specsDir, `flink-${line}`, 'provenance.json');
}
