import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { UsageError } from './errors.js';

/** A parsed OpenAPI document and the file it came from. */
export interface LoadedSpec {
  /** The path it was read from. */
  file: string;
  /** The parsed document, unchecked. */
  spec: unknown;
}

/** Reads one OpenAPI document (YAML or JSON). */
export async function loadSpec(file: string): Promise<LoadedSpec> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read spec ${file}: ${(error as Error).message}`);
  }
  let spec: unknown;
  try {
    spec = parse(text, { maxAliasCount: -1 });
  } catch (error) {
    throw new UsageError(`${file} is not YAML/JSON: ${(error as Error).message.split('\n')[0]}`);
  }
  if (typeof spec !== 'object' || spec === null || !('paths' in spec)) {
    throw new UsageError(`${file} is not an OpenAPI document (no "paths")`);
  }
  return { file, spec };
}

/**
 * The key on which specs of two folders are paired: title plus the API version prefix of
 * info.version ("Flink JobManager REST API v1"), so our jobmanager-v1.yaml meets upstream's
 * rest_v1_dispatcher.yml whatever the files are called.
 */
export function pairingKey(spec: unknown): string {
  const info = (spec as { info?: { title?: unknown; version?: unknown } }).info ?? {};
  const prefix = String(info.version ?? '').split('/')[0];
  return `${String(info.title)} ${prefix}`;
}

async function loadFolder(dir: string): Promise<Map<string, LoadedSpec>> {
  const byKey = new Map<string, LoadedSpec>();
  const names = (await readdir(dir)).filter((n) => /\.(ya?ml|json)$/.test(n)).sort();
  for (const name of names) {
    const file = join(dir, name);
    let loaded: LoadedSpec;
    try {
      loaded = await loadSpec(file);
    } catch {
      continue; // provenance.json and other non-spec files
    }
    const key = pairingKey(loaded.spec);
    if (byKey.has(key)) {
      throw new UsageError(
        `${dir} holds two specs for "${key}": ${byKey.get(key)?.file} and ${file}`,
      );
    }
    byKey.set(key, loaded);
  }
  return byKey;
}

/** What {@link loadPairs} found: specs to compare, and those without a partner. */
export interface SpecPairs {
  pairs: [LoadedSpec, LoadedSpec][];
  /** Specs of one side with no partner on the other: "only in A: <file>". */
  unpaired: string[];
}

/** The pairs to compare for two arguments that are both files or both folders. */
export async function loadPairs(a: string, b: string): Promise<SpecPairs> {
  const kind = async (path: string) => {
    try {
      return (await stat(path)).isDirectory() ? 'folder' : 'file';
    } catch {
      throw new UsageError(`${path} does not exist`);
    }
  };
  const [ka, kb] = [await kind(a), await kind(b)];
  if (ka !== kb) {
    throw new UsageError(
      `compare a file with a file or a folder with a folder (${a} is a ${ka}, ${b} a ${kb})`,
    );
  }
  if (ka === 'file') {
    return { pairs: [[await loadSpec(a), await loadSpec(b)]], unpaired: [] };
  }
  const [fa, fb] = [await loadFolder(a), await loadFolder(b)];
  const pairs: [LoadedSpec, LoadedSpec][] = [];
  const unpaired: string[] = [];
  for (const [key, specA] of fa) {
    const specB = fb.get(key);
    if (specB) {
      pairs.push([specA, specB]);
    } else {
      unpaired.push(`only in A: ${specA.file} (${key})`);
    }
  }
  for (const [key, specB] of fb) {
    if (!fa.has(key)) {
      unpaired.push(`only in B: ${specB.file} (${key})`);
    }
  }
  if (pairs.length === 0) {
    throw new UsageError(`no spec in ${a} has the same title and API version as one in ${b}`);
  }
  return { pairs, unpaired };
}
