import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { DriftError } from './errors.js';
import { isVersionArgument, type LoadedSide, loadSide } from './load-side.js';
import { isObject } from './resolve-ref.js';

/** What `compare` compares: pairs of loaded specs, and the specs that found no partner. */
export interface SpecPairs {
  readonly pairs: readonly (readonly [LoadedSide, LoadedSide])[];
  /** `only in A: <file> (<key>)`, `only in B: …`. */
  readonly unpaired: readonly string[];
}

/**
 * The key on which the specs of two folders pair: the title plus the API version prefix of
 * `info.version` ("Flink JobManager REST API v1"), so our `jobmanager-v1.yaml` meets Flink's
 * `rest_v1_dispatcher.yml` whatever the files are called.
 */
export function pairingKey(document: unknown): string {
  const info = isObject(document) && isObject(document.info) ? document.info : {};
  return `${String(info.title)} ${String(info.version ?? '').split('/')[0]}`;
}

async function isFolder(arg: string): Promise<boolean> {
  if (isVersionArgument(arg)) return false;
  try {
    return (await stat(arg)).isDirectory();
  } catch {
    return false; // loadSide names the file it cannot read
  }
}

/** The specs of a folder by pairing key; files that are not OpenAPI 3 documents are skipped. */
async function loadFolder(option: string, dir: string): Promise<Map<string, LoadedSide>> {
  const byKey = new Map<string, LoadedSide>();
  const names = (await readdir(dir)).filter((n) => /\.(ya?ml|json)$/.test(n)).sort();
  for (const name of names) {
    let side: LoadedSide;
    try {
      side = await loadSide(option, path.join(dir, name), false);
    } catch (error) {
      if (error instanceof DriftError && error.code === 'BAD_SPEC') continue; // provenance.json…
      throw error;
    }
    const key = pairingKey(side.document);
    const other = byKey.get(key);
    if (other !== undefined) {
      throw new DriftError(
        'BAD_SPEC',
        `${option} ${dir} holds two specs for "${key}": ${other.label} and ${side.label}`,
      );
    }
    byKey.set(key, side);
  }
  return byKey;
}

/**
 * Loads what `compare --from`/`--to` name: two versions or files (one pair, as `loadSide`
 * loads them), or two folders, whose specs pair by `pairingKey`.
 */
export async function loadSpecPairs(
  from: string,
  to: string,
  overlays: boolean,
): Promise<SpecPairs> {
  const [fromFolder, toFolder] = await Promise.all([isFolder(from), isFolder(to)]);
  if (fromFolder !== toFolder) {
    const [folder, other] = fromFolder
      ? [`--from ${from}`, `--to ${to}`]
      : [`--to ${to}`, `--from ${from}`];
    throw new DriftError(
      'USAGE',
      `${folder} is a folder, ${other} is not: compare a folder with a folder`,
    );
  }
  if (!fromFolder) {
    const [a, b] = await Promise.all([
      loadSide('--from', from, overlays),
      loadSide('--to', to, overlays),
    ]);
    return { pairs: [[a, b]], unpaired: [] };
  }
  const [a, b] = await Promise.all([loadFolder('--from', from), loadFolder('--to', to)]);
  const pairs: [LoadedSide, LoadedSide][] = [];
  const unpaired: string[] = [];
  for (const [key, sideA] of a) {
    const sideB = b.get(key);
    if (sideB) pairs.push([sideA, sideB]);
    else unpaired.push(`only in A: ${sideA.label} (${key})`);
  }
  for (const [key, sideB] of b) {
    if (!a.has(key)) unpaired.push(`only in B: ${sideB.label} (${key})`);
  }
  if (pairs.length === 0) {
    throw new DriftError(
      'BAD_SPEC',
      `no spec in --from ${from} has the same title and API version as one in --to ${to}`,
    );
  }
  return { pairs, unpaired };
}
