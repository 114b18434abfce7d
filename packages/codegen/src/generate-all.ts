import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import {
  defaultSpecsDir,
  listOverlays,
  loadProvenance,
  type OpenApiDocument,
  type PreparedSpec,
  pinnedSpecPath,
  preparePinnedSpec,
  SpecError,
} from '@flink-rest/specs';
import { type FlinkRelease, supportedVersions } from '@flink-rest/versions';
import { asCodegenError, CodegenError } from './errors.js';
import { renderExportsMap, type Subpath } from './exports-map.js';
import { generateTypes } from './generate-types.js';
import {
  entryFileName,
  generatedFileName,
  isGeneratedName,
  REGISTRY_FILE,
  routesFileName,
} from './output-names.js';
import { markerKinds, renderReadmeVersions, type SpecFacts } from './readme-versions.js';
import { renderEntryModule } from './render-entry.js';
import {
  operationsOf,
  renderRegistryModule,
  renderRoutesModule,
  routesOf,
} from './render-routes.js';
import { writeOutput } from './write-output.js';

/** The command that regenerates every generated file; named in their headers. */
export const GENERATE_ALL_COMMAND = 'npm run generate (flink-codegen generate --all)';

/** What `generate --all` keeps up to date. At least one is needed. */
export interface GenerateTargets {
  /**
   * Per line: its types, route set and entry point; and the registry of lines (see
   * `output-names.ts`). Files of lines that left the matrix are removed.
   */
  readonly outDir?: string;
  /**
   * A `package.json` whose `exports` map gets a `./flink-<line>` subpath for each entry
   * point. Needs `outDir` inside the package's `src/`, which compiles to `dist/`.
   */
  readonly packageJson?: string;
  /** Markdown files whose `<!-- flink-versions:<kind> -->` markers list the matrix. */
  readonly readmes?: readonly string[];
}

export interface GenerateAllOptions {
  /** Default: the folder of `@flink-rest/specs`. */
  specsDir?: string;
  /** Default: the `overlays/` of `@flink-rest/specs`. */
  overlaysDir?: string;
  /** Default: the version matrix (`@flink-rest/versions`). */
  versions?: readonly FlinkRelease[];
}

/** One file as `generate --all` would write it. */
export interface GeneratedFile {
  /** The path, as the targets name it (relative to the working directory, or absolute). */
  readonly file: string;
  readonly contents: string;
}

/** A line of the matrix whose pinned spec is not extracted yet: its files cannot be made. */
export interface MissingSpec {
  readonly line: string;
  /** The files that need its spec. */
  readonly files: readonly string[];
  /** The `SPEC_MISSING` error, which says how to extract it. */
  readonly error: SpecError;
}

/** Everything `generate --all` would write, in memory. */
export interface RenderedFiles {
  readonly files: readonly GeneratedFile[];
  readonly missing: readonly MissingSpec[];
  /** Scanned for files of lines no longer in the matrix. */
  readonly outDir: string | undefined;
}

function header(...lines: string[]): string {
  return ['// GENERATED FILE - DO NOT EDIT.', ...lines, `// Regenerate: ${GENERATE_ALL_COMMAND}`]
    .map((l) => `${l}\n`)
    .join('');
}

/** The comment block at the top of a generated types file, reused for its routes module. */
function headerOf(contents: string): string {
  const end = contents.indexOf('\n\n');
  return (end < 0 ? contents : contents.slice(0, end)).replace(
    /^\/\/ TypeScript types of the /m,
    '// Operation routes of the ',
  );
}

function factsOf(v: FlinkRelease, document: OpenApiDocument, flinkShaded: string): SpecFacts {
  const operations = operationsOf(document);
  const hidden = operations
    .filter((o) => o.operation['x-flink-excluded-from-docs'] === true)
    .sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method))
    .map((o) => `${o.method} ${o.path}`);
  return {
    ...v,
    flinkShaded,
    paths: Object.keys(document.paths).length,
    operations: operations.length,
    schemas: Object.keys(document.components?.schemas ?? {}).length,
    hidden,
  };
}

async function readText(file: string, what: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new CodegenError('GENERATION_FAILED', `${file}: cannot read ${what} (${code})`, {
      where: file,
      cause: error,
    });
  }
}

/** `./dist/…` for a file under the package's `src/`, with `ext` for `.ts`. */
function distPath(packageJson: string, file: string, ext: string): string {
  const rel = path.relative(path.dirname(path.resolve(packageJson)), path.resolve(file));
  const posix = rel.split(path.sep).join('/');
  if (!posix.startsWith('src/')) {
    throw new CodegenError(
      'GENERATION_FAILED',
      `--package-json ${packageJson}: ${file} is not under the package's src/, so the path of its build output in dist/ is unknown`,
      { where: packageJson },
    );
  }
  return `./dist/${posix.slice('src/'.length).replace(/\.ts$/, ext)}`;
}

/**
 * Renders every target in memory: nothing is written, so a failure leaves every file as it
 * was. Header paths are relative to the parent of the specs folder (`specs/flink-2.3/…`), so
 * the output is the same on every machine.
 */
export async function renderAll(
  targets: GenerateTargets,
  options: GenerateAllOptions = {},
): Promise<RenderedFiles> {
  const versions = options.versions ?? supportedVersions;
  const specsDir = options.specsDir ?? defaultSpecsDir();
  const { outDir, packageJson, readmes = [] } = targets;
  const readmeTexts = await Promise.all(readmes.map((f) => readText(f, 'the README')));
  const tableReadmes = readmes.filter((_, i) =>
    markerKinds(readmeTexts[i] ?? '').has('spec-table'),
  );
  const files: GeneratedFile[] = [];
  const missing: MissingSpec[] = [];
  const prepared = new Map<string, PreparedSpec>();

  if (outDir !== undefined || tableReadmes.length > 0) {
    const overlayList =
      outDir === undefined
        ? []
        : await asCodegenError(() => listOverlays({ overlaysDir: options.overlaysDir }));
    for (const v of versions) {
      try {
        const spec = await preparePinnedSpec(v.line, {
          overlays: outDir !== undefined,
          overlayList,
          specsDir,
          pinned: versions,
        });
        prepared.set(v.line, spec);
      } catch (error) {
        if (!(error instanceof SpecError && error.code === 'SPEC_MISSING')) throw error;
        const own =
          outDir === undefined
            ? []
            : [generatedFileName(v.line), routesFileName(v.line)].map((n) => path.join(outDir, n));
        missing.push({ line: v.line, files: [...own, ...tableReadmes], error });
      }
    }
  }

  if (outDir !== undefined) {
    for (const [line, spec] of prepared) {
      const source = path
        .relative(path.dirname(path.resolve(specsDir)), pinnedSpecPath(line, specsDir))
        .split(path.sep)
        .join('/');
      const contents = await generateTypes(spec.document, {
        title: `Apache Flink ${spec.pinned.version} JobManager REST API`,
        command: GENERATE_ALL_COMMAND,
        spec: { source, sha256: spec.spec.sha256 },
        overlays: { applied: spec.applied, sha256: spec.overlaysSha256 },
      });
      files.push({ file: path.join(outDir, generatedFileName(line)), contents });
      files.push({
        file: path.join(outDir, routesFileName(line)),
        contents: renderRoutesModule(headerOf(contents), routesOf(spec.document)),
      });
    }
    for (const v of versions) {
      files.push({
        file: path.join(outDir, entryFileName(v.line)),
        contents: renderEntryModule(
          header(`// The entry point of Flink ${v.line} (${v.version}), from the version matrix.`),
          v.line,
        ),
      });
    }
    files.push({
      file: path.join(outDir, REGISTRY_FILE),
      contents: renderRegistryModule(
        header('// The supported Flink lines of the client, from the version matrix.'),
        versions.map((v) => v.line),
      ),
    });
  }

  if (packageJson !== undefined) {
    if (outDir === undefined) {
      throw new CodegenError(
        'GENERATION_FAILED',
        `--package-json ${packageJson} maps the entry points in --out-dir, so it needs --out-dir`,
        { where: packageJson },
      );
    }
    const subpaths: Subpath[] = versions.map((v) => {
      const entry = path.join(outDir, entryFileName(v.line));
      return {
        key: `./flink-${v.line}`,
        types: distPath(packageJson, entry, '.d.ts'),
        import: distPath(packageJson, entry, '.js'),
      };
    });
    const text = await readText(packageJson, 'the package.json');
    files.push({ file: packageJson, contents: renderExportsMap(text, packageJson, subpaths) });
  }

  const facts: SpecFacts[] = [];
  if (tableReadmes.length > 0 && missing.length === 0) {
    for (const v of versions) {
      const provenance = await asCodegenError(() => loadProvenance(v.line, specsDir));
      const spec = prepared.get(v.line) as PreparedSpec;
      facts.push(factsOf(v, spec.spec.document, provenance.flinkShadedVersion));
    }
  }
  readmes.forEach((file, i) => {
    if (missing.length > 0 && tableReadmes.includes(file)) return;
    const contents = renderReadmeVersions(readmeTexts[i] ?? '', file, versions, facts);
    files.push({ file, contents });
  });
  return { files, missing, outDir };
}

async function ownedFiles(outDir: string): Promise<string[]> {
  const names: string[] = [];
  for (const sub of ['', 'entries']) {
    try {
      for (const name of await readdir(path.join(outDir, sub))) {
        const rel = sub ? `${sub}/${name}` : name;
        if (isGeneratedName(rel)) names.push(path.join(outDir, rel));
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return names.sort();
}

export interface StaleFile {
  readonly file: string;
  /** `missing`, `differs`, `not in the version matrix`, or `no pinned spec of Flink <line>`. */
  readonly reason: string;
}

/** Every file that `writeAll` would write or remove, and every one it cannot make. */
export async function findStale(rendered: RenderedFiles): Promise<StaleFile[]> {
  const stale: StaleFile[] = [];
  for (const { file, contents } of rendered.files) {
    const current = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
    if (current === undefined) stale.push({ file, reason: 'missing' });
    else if (current !== contents) stale.push({ file, reason: 'differs' });
  }
  for (const m of rendered.missing) {
    for (const file of m.files) stale.push({ file, reason: `no pinned spec of Flink ${m.line}` });
  }
  if (rendered.outDir !== undefined) {
    const wanted = new Set([
      ...rendered.files.map((f) => f.file),
      ...rendered.missing.flatMap((m) => m.files),
    ]);
    for (const file of await ownedFiles(rendered.outDir)) {
      if (!wanted.has(file)) stale.push({ file, reason: 'not in the version matrix' });
    }
  }
  return stale;
}

/**
 * `generate --all --check`: resolves with the number of files compared when every one is as
 * rendered; otherwise fails with one `STALE_OUTPUT` line naming each stale file and why, and
 * what to run (extracting missing specs first).
 */
export async function checkAll(rendered: RenderedFiles): Promise<number> {
  const stale = await findStale(rendered);
  if (stale.length === 0) return rendered.files.length;
  const list = stale.map((s) => `${s.file} (${s.reason})`).join(', ');
  const extract = rendered.missing
    .map((m) => `npm run specs:extract -- --flink-version ${m.line}`)
    .join('; ');
  throw new CodegenError(
    'STALE_OUTPUT',
    `generated files disagree with the version matrix and specs: ${list}; ${extract ? `extract the missing specs (${extract}), then ` : ''}run ${GENERATE_ALL_COMMAND}`,
  );
}

/**
 * Writes each rendered file whose bytes change (atomically), and removes the files of lines
 * no longer in the matrix; other files are left alone. A line without its pinned spec stops
 * it before anything is written, with that line's `SPEC_MISSING` error.
 */
export async function writeAll(
  rendered: RenderedFiles,
): Promise<{ written: string[]; removed: string[]; unchanged: string[] }> {
  const [firstMissing] = rendered.missing;
  if (firstMissing) throw firstMissing.error;
  const result = { written: [] as string[], removed: [] as string[], unchanged: [] as string[] };
  // findStale has read and compared every file already: write what it names, nothing else.
  const stale = await findStale(rendered);
  for (const s of stale) {
    if (s.reason === 'not in the version matrix') {
      await rm(s.file);
      result.removed.push(s.file);
    }
  }
  const changed = new Set(stale.map((s) => s.file));
  for (const { file, contents } of rendered.files) {
    if (changed.has(file)) {
      await writeOutput(file, contents);
      result.written.push(file);
    } else {
      result.unchanged.push(file);
    }
  }
  return result;
}
