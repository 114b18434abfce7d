import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultSpecsDir } from '@flink-rest/specs';

/**
 * Locations this package uses. Its own files are resolved from this module's URL, which is one
 * level below the package root both as src/*.ts (tsx, vitest) and as dist/*.js (node); the
 * committed specs are `@flink-rest/specs`'s, found through that package's exports.
 */
export const packageRoot = fileURLToPath(new URL('..', import.meta.url));

/** The Maven project of the Java extractor. */
export const extractorDir = fileURLToPath(new URL('../extractor/', import.meta.url));

/** Committed specs, one folder per Flink line: the folder of `@flink-rest/specs`. */
export const specsDir = defaultSpecsDir();

/**
 * What printed paths are relative to (with a trailing separator): the folder holding the specs
 * package, so a written spec shows as `specs/flink-2.3/jobmanager-v1.yaml`. Used only for
 * display; the name is kept for the CLI that imports it.
 */
export const repoRoot = `${path.dirname(path.resolve(specsDir))}${path.sep}`;
