import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Where this package finds things. `src/` and `dist/` are both one level under the package, so
 * the same relative URLs work from either. A published package carries its own copy of the
 * specs and overlays (`specs/`, made by `npm pack`); a checkout reads the repository's.
 */
const packedSpecs = new URL('../specs/', import.meta.url);
const inCheckout = !existsSync(packedSpecs);
const specsRoot = inCheckout ? new URL('../../../specs/', import.meta.url) : packedSpecs;

/** The pinned specs: `<dir>/flink-<line>/jobmanager-v1.yaml`. */
export function defaultSpecsDir(): string {
  return fileURLToPath(specsRoot);
}

/** Our corrections: `<specs>/overlays/<id>.yaml`. */
export function defaultOverlaysDir(): string {
  return fileURLToPath(new URL('overlays/', specsRoot));
}

/**
 * Where `generate --all` writes by default: the client package's `src/generated/`, in a
 * checkout. A published package has no such place: undefined.
 */
export function defaultGeneratedDir(): string | undefined {
  return inCheckout
    ? fileURLToPath(new URL('../../client/src/generated/', import.meta.url))
    : undefined;
}

/** The pinned spec file of a line inside `specsDir`. */
export function pinnedSpecPath(specsDir: string, line: string): string {
  return `${specsDir.replace(/\/+$/, '')}/flink-${line}/jobmanager-v1.yaml`;
}

/** The generated types file of a line: the client imports `flink-<line>.ts`. */
export function generatedFileName(line: string): string {
  return `flink-${line}.ts`;
}

/** The generated route set of a line: `flink-<line>.routes.ts`. */
export function routesFileName(line: string): string {
  return `flink-${line}.routes.ts`;
}
