import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** What the test kit must never bring into a user's install: compilers, validators, JVMs. */
const FORBIDDEN = ['typescript', 'ajv', '@flink-rest/local-cluster'];

/** Dependencies not walked, each with the reason. */
const NOT_WALKED: Readonly<Record<string, string>> = {};

interface Manifest {
  name: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
}

const readManifest = (dir: string) =>
  JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as Manifest;

/** Where Node finds `name` from `dir`: the nearest `node_modules/<name>` up the tree. */
function findPackage(name: string, from: string): string | undefined {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (existsSync(path.join(candidate, 'package.json'))) return realpathSync(candidate);
    if (path.dirname(dir) === dir) return undefined;
  }
}

/**
 * Every package a user's install of `root` brings in, each with the chain that brings it:
 * `dependencies`, `optionalDependencies` and the peers npm installs (not the optional ones),
 * read recursively from the installed package.json files.
 */
function runtimeClosure(root: string): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const visit = (dir: string, chain: string[]) => {
    const manifest = readManifest(dir);
    const optionalPeers = manifest.peerDependenciesMeta ?? {};
    const names = [
      ...Object.keys(manifest.dependencies ?? {}),
      ...Object.keys(manifest.optionalDependencies ?? {}),
      ...Object.keys(manifest.peerDependencies ?? {}).filter((n) => !optionalPeers[n]?.optional),
    ];
    for (const name of names) {
      if (seen.has(name) || name in NOT_WALKED) continue;
      const found = findPackage(name, dir);
      if (found === undefined) continue; // an optional dependency this platform skipped
      seen.set(name, [...chain, name]);
      visit(found, [...chain, name]);
    }
  };
  visit(root, [readManifest(root).name]);
  return seen;
}

describe('the test kit runtime dependencies', () => {
  const closure = runtimeClosure(fileURLToPath(new URL('..', import.meta.url)));

  it('are walked (msw and @flink-rest/versions are found)', () => {
    expect(closure.has('msw')).toBe(true);
    expect(closure.has('@flink-rest/versions')).toBe(true);
  });

  it.each(FORBIDDEN)('do not include %s', (name) => {
    expect(closure.get(name)?.join(' → ')).toBeUndefined();
  });
});

describe('importing the test kit', () => {
  it('loads no TypeScript compiler (codegen, for the mock only, is imported on first use)', () => {
    const script = [
      "await import('./src/index.ts');",
      "const { createRequire } = await import('node:module');",
      'const cache = Object.keys(createRequire(import.meta.url).cache);',
      "console.log(JSON.stringify(cache.filter((f) => f.includes('/node_modules/typescript/'))));",
    ].join(' ');
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      { cwd: fileURLToPath(new URL('..', import.meta.url)), encoding: 'utf8' },
    );
    expect(JSON.parse(out)).toEqual([]);
  }, 30_000);
});
