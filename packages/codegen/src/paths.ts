import { fileURLToPath } from 'node:url';

/**
 * Where this package finds things in the monorepo. `src/` and `dist/` are both one level
 * under the package, so the same relative URLs work from either.
 */

/** The repository's `specs/` directory: `specs/flink-<line>/jobmanager-v1.yaml`. */
export function defaultSpecsDir(): string {
  return fileURLToPath(new URL('../../../specs/', import.meta.url));
}

/** Our corrections: `specs/overlays/<id>.yaml`. */
export function defaultOverlaysDir(): string {
  return fileURLToPath(new URL('../../../specs/overlays/', import.meta.url));
}

/** Where `generate --all` writes: the client package's `src/generated/`. */
export function defaultGeneratedDir(): string {
  return fileURLToPath(new URL('../../client/src/generated/', import.meta.url));
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
