/**
 * The names of the files `generate --all` writes into `--out-dir`, relative to it. Per line:
 * its types, its route set and its entry point; once: the registry of every line.
 */

/** The generated types of a line: `flink-<line>.ts`. */
export function generatedFileName(line: string): string {
  return `flink-${line}.ts`;
}

/** The generated route set of a line: `flink-<line>.routes.ts`. */
export function routesFileName(line: string): string {
  return `flink-${line}.routes.ts`;
}

/** The entry point pinned to a line: `entries/flink-<line>.ts`. */
export function entryFileName(line: string): string {
  return `entries/flink-${line}.ts`;
}

/** The registry of lines (types and route set of each): the client's root entry imports it. */
export const REGISTRY_FILE = 'versions.ts';

/**
 * Whether `name` (relative to `--out-dir`) is one of ours, for any line: a file of a line that
 * left the matrix is removed by `generate --all` and named by `--check`. Other files are left
 * alone.
 */
export function isGeneratedName(name: string): boolean {
  return /^(?:(?:entries\/)?flink-\d+\.\d+\.ts|flink-\d+\.\d+\.routes\.ts|versions\.ts)$/.test(
    name,
  );
}
