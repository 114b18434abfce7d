import { fileURLToPath } from 'node:url';

/**
 * Locations inside the repository. Resolved from this module's URL, which is one level below
 * the package root both as src/*.ts (tsx, vitest) and as dist/*.js (node).
 */
export const packageRoot = fileURLToPath(new URL('..', import.meta.url));

/** The Maven project of the Java extractor. */
export const extractorDir = fileURLToPath(new URL('../extractor/', import.meta.url));

/** The repository root. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** Committed specs, one folder per Flink line. */
export const specsDir = fileURLToPath(new URL('../../../specs/', import.meta.url));
