import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { SpecError } from './errors.js';
import { type Overlay, parseOverlay } from './overlay-file.js';
import { defaultOverlaysDir } from './paths.js';
import { readText } from './read-text.js';
import { sha256 } from './sha256.js';

export interface ListOverlaysOptions {
  /** Default: this package's `overlays/`. */
  overlaysDir?: string;
}

/** Every overlay under `overlays/` (`*.yaml`), checked, in file-name order. */
export async function listOverlays(options: ListOverlaysOptions = {}): Promise<Overlay[]> {
  const dir = options.overlaysDir ?? defaultOverlaysDir();
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new SpecError('READ_FAILED', `${dir}: cannot list the overlays (${code})`, {
      where: dir,
      cause: error,
    });
  }
  const names = entries.filter((n) => n.endsWith('.yaml')).sort();
  return Promise.all(
    names.map(async (name) => {
      const file = path.join(dir, name);
      return parseOverlay(await readText(file, 'the overlay'), file);
    }),
  );
}

/**
 * One digest for a set of applied overlays: sha256 over `<id> <sha256 of file>` lines. It
 * changes when any overlay's file does, or when one starts or stops applying.
 */
export function overlaysDigest(overlays: readonly Overlay[]): string {
  return sha256(overlays.map((o) => `${o.id} ${o.sha256}\n`).join(''));
}
