import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from './atomic-write.js';
import { generateTypes } from './generate-types.js';
import { listOverlays } from './list-overlays.js';
import { preparePinnedSpec } from './load-spec.js';
import {
  defaultOverlaysDir,
  defaultSpecsDir,
  generatedFileName,
  pinnedSpecPath,
  routesFileName,
} from './paths.js';
import { renderRegistryModule, renderRoutesModule, routesOf } from './render-routes.js';
import { type PinnedVersion, pinnedVersions } from './versions.js';

/** The command that regenerates the client's files; named in their headers. */
export const GENERATE_ALL_COMMAND = 'npm run generate (flink-codegen generate --all)';

export interface GeneratedFile {
  readonly line: string;
  /** File name inside the output directory, `flink-<line>.ts`. */
  readonly name: string;
  readonly contents: string;
}

export interface GenerateAllOptions {
  /** Default: the repository's `specs/`. */
  specsDir?: string;
  /** Default: the repository's `specs/overlays/`. */
  overlaysDir?: string;
  /** Default: the version matrix. */
  versions?: readonly PinnedVersion[];
}

/**
 * The types of every pinned version with our overlays, in memory. Header paths are relative
 * to the repository (the parent of `specsDir`), so the output is the same on every machine.
 */
export async function renderAllVersions(
  options: GenerateAllOptions = {},
): Promise<GeneratedFile[]> {
  const specsDir = options.specsDir ?? defaultSpecsDir();
  const root = path.dirname(path.resolve(specsDir));
  const overlayList = await listOverlays({
    overlaysDir: options.overlaysDir ?? defaultOverlaysDir(),
  });
  const files: GeneratedFile[] = [];
  for (const v of options.versions ?? pinnedVersions) {
    const prepared = await preparePinnedSpec(v.line, { overlays: true, specsDir, overlayList });
    const source = path.relative(root, pinnedSpecPath(specsDir, v.line)).split(path.sep).join('/');
    const contents = await generateTypes(prepared.document, {
      title: `Apache Flink ${prepared.pinned.version} JobManager REST API`,
      command: GENERATE_ALL_COMMAND,
      spec: { source, sha256: prepared.spec.sha256 },
      overlays: { applied: prepared.applied, sha256: prepared.overlaysSha256 },
    });
    files.push({ line: v.line, name: generatedFileName(v.line), contents });
    files.push({
      line: v.line,
      name: routesFileName(v.line),
      contents: renderRoutesModule(headerOf(contents), routesOf(prepared.document)),
    });
  }
  const lines = (options.versions ?? pinnedVersions).map((v) => v.line);
  files.push({
    line: 'all',
    name: REGISTRY_FILE,
    contents: renderRegistryModule(
      [
        '// GENERATED FILE - DO NOT EDIT.',
        '// The supported Flink lines of the client, from the version matrix.',
        `// Regenerate: ${GENERATE_ALL_COMMAND}`,
      ].join('\n'),
      lines,
    ),
  });
  return files;
}

/** The comment block at the top of a generated types file, reused for its routes module. */
function headerOf(contents: string): string {
  const end = contents.indexOf('\n\n');
  return (end < 0 ? contents : contents.slice(0, end)).replace(
    /^\/\/ TypeScript types of the /m,
    '// Operation routes of the ',
  );
}

/** The registry of lines: the client's root entry point imports it. */
export const REGISTRY_FILE = 'versions.ts';

const OURS = /^(flink-\d+\.\d+(\.routes)?\.ts|versions\.ts)$/;

async function existingFiles(outDir: string): Promise<string[]> {
  try {
    return (await readdir(outDir)).filter((n) => OURS.test(n)).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

export interface StaleFile {
  readonly name: string;
  readonly reason: 'missing' | 'differs' | 'not in the version matrix';
}

/** Compares `files` with what `outDir` holds; lists every file that `writeAll` would change. */
export async function findStale(
  outDir: string,
  files: readonly GeneratedFile[],
): Promise<StaleFile[]> {
  const stale: StaleFile[] = [];
  for (const file of files) {
    let current: string | undefined;
    try {
      current = await readFile(path.join(outDir, file.name), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    if (current === undefined) stale.push({ name: file.name, reason: 'missing' });
    else if (current !== file.contents) stale.push({ name: file.name, reason: 'differs' });
  }
  const wanted = new Set(files.map((f) => f.name));
  for (const name of await existingFiles(outDir)) {
    if (!wanted.has(name)) stale.push({ name, reason: 'not in the version matrix' });
  }
  return stale;
}

/**
 * Writes `files` into `outDir` (each atomically, only when its bytes change) and removes
 * `flink-<line>.ts` files of lines no longer in the matrix. Other files are left alone.
 */
export async function writeAll(
  outDir: string,
  files: readonly GeneratedFile[],
): Promise<{ written: string[]; removed: string[]; unchanged: string[] }> {
  await mkdir(outDir, { recursive: true });
  const result = { written: [] as string[], removed: [] as string[], unchanged: [] as string[] };
  for (const s of await findStale(outDir, files)) {
    if (s.reason === 'not in the version matrix') {
      await rm(path.join(outDir, s.name));
      result.removed.push(s.name);
    }
  }
  for (const file of files) {
    const target = path.join(outDir, file.name);
    const current = await readFile(target, 'utf8').catch(() => undefined);
    if (current === file.contents) {
      result.unchanged.push(file.name);
    } else {
      await writeFileAtomic(target, file.contents);
      result.written.push(file.name);
    }
  }
  return result;
}
