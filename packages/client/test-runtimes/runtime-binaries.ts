import { statSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** A binary larger than this is a runtime; smaller is the placeholder script a package ships. */
const PLACEHOLDER_BYTES = 1_000_000;

/** `process.platform-process.arch` → the name part of the runtimes' per-platform packages. */
const BUN_PLATFORMS: Record<string, string> = {
  'linux-x64': 'linux-x64',
  'linux-arm64': 'linux-aarch64',
  'darwin-x64': 'darwin-x64',
  'darwin-arm64': 'darwin-aarch64',
};
const DENO_PLATFORMS: Record<string, string> = {
  'linux-x64': 'linux-x64-glibc',
  'linux-arm64': 'linux-arm64-glibc',
  'darwin-x64': 'darwin-x64',
  'darwin-arm64': 'darwin-arm64',
};
const PLATFORM = `${process.platform}-${process.arch}`;

function firstBinary(what: string, candidates: readonly string[]): string {
  for (const candidate of candidates) {
    let file: string;
    try {
      file = require.resolve(candidate);
    } catch {
      continue;
    }
    if (statSync(file).size > PLACEHOLDER_BYTES) return file;
  }
  throw new Error(
    `no ${what} binary in node_modules (tried ${candidates.join(', ')}): run npm ci in the repository root`,
  );
}

/**
 * Bun's binary from the `bun` dev dependency. Its postinstall moves the platform package's
 * binary over the placeholder `bun/bin/bun.exe`; where install scripts did not run, the binary
 * is still in the platform package.
 */
export function bunBinary(): string {
  const platform = BUN_PLATFORMS[PLATFORM];
  return firstBinary('bun', [
    'bun/bin/bun.exe',
    ...(platform ? [`@oven/bun-${platform}/bin/bun`] : []),
  ]);
}

/** Deno's binary from the `deno` dev dependency: linked beside its `bin.cjs`, or in the platform package. */
export function denoBinary(): string {
  const platform = DENO_PLATFORMS[PLATFORM];
  return firstBinary('deno', ['deno/deno', ...(platform ? [`@deno/${platform}/deno`] : [])]);
}
