import path from 'node:path';
import { parseArgs } from 'node:util';
import { lineOf } from '@flink-rest/versions';
import { applyOverlayList, overlayAppliesTo } from './apply-overlay.js';
import { writeFileAtomic } from './atomic-write.js';
import { CodegenError } from './errors.js';
import { findStale, GENERATE_ALL_COMMAND, renderAllVersions, writeAll } from './generate-all.js';
import { generateTypes, type HeaderInfo } from './generate-types.js';
import { DEFAULT_TIMEOUT_MS } from './http-get.js';
import { listOverlays, overlaysDigest } from './list-overlays.js';
import { loadSpec, preparePinnedSpec } from './load-spec.js';
import type { Overlay } from './overlay-file.js';
import { defaultGeneratedDir, defaultSpecsDir, pinnedSpecPath } from './paths.js';
import { pullSpec } from './pull.js';
import { formatVersionRange } from './version-range.js';
import { pinnedVersions } from './versions.js';

const USAGE = `Usage:
  flink-codegen pull --url <jobmanager-url> --out <file> [--timeout-ms MS]
  flink-codegen generate --spec <file|url> --out <file> [--no-overlays] [--timeout-ms MS]
  flink-codegen generate --flink-version <x.y> --out <file> [--no-overlays]
  flink-codegen generate --all [--check] [--out-dir <dir>]
  flink-codegen overlays [--json]
  flink-codegen versions [--json]`;

class UsageError extends Error {}

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

function parseTimeout(value: string | undefined): number {
  if (value === undefined) return DEFAULT_TIMEOUT_MS;
  if (!/^\d+$/.test(value) || Number(value) === 0) {
    throw new UsageError(`--timeout-ms must be a positive whole number of ms, got "${value}"`);
  }
  return Number(value);
}

function repoRelative(file: string): string {
  const root = path.dirname(path.resolve(defaultSpecsDir()));
  return path.relative(root, file).split(path.sep).join('/');
}

async function pull(argv: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      url: { type: 'string' },
      out: { type: 'string' },
      'timeout-ms': { type: 'string' },
    },
    strict: true,
  });
  if (!values.url) throw new UsageError('pull needs --url <jobmanager-url>');
  if (!values.out) throw new UsageError('pull needs --out <file>');
  const result = await pullSpec(values.url, { timeoutMs: parseTimeout(values['timeout-ms']) });
  if (result.note) io.stderr(`flink-codegen: ${result.note}\n`);
  await writeFileAtomic(values.out, result.spec.text);
  io.stdout(
    `wrote ${values.out} (${result.origin === 'pinned' ? `pinned spec of Flink ${result.pinned?.line}` : result.spec.source})\n`,
  );
  return 0;
}

async function generateOne(values: Record<string, string | boolean | undefined>, io: Io) {
  const out = values.out as string | undefined;
  if (!out) throw new UsageError('generate needs --out <file> (or --all)');
  const withOverlays = values['no-overlays'] !== true;
  let document: Awaited<ReturnType<typeof loadSpec>>['document'];
  let header: HeaderInfo;
  if (typeof values['flink-version'] === 'string') {
    const prepared = await preparePinnedSpec(values['flink-version'], { overlays: withOverlays });
    document = prepared.document;
    header = {
      title: `Apache Flink ${prepared.pinned.version} JobManager REST API`,
      command: `flink-codegen generate --flink-version ${prepared.pinned.line} --out <file>`,
      spec: {
        source: repoRelative(pinnedSpecPath(defaultSpecsDir(), prepared.pinned.line)),
        sha256: prepared.spec.sha256,
      },
      overlays: { applied: prepared.applied, sha256: prepared.overlaysSha256 },
    };
  } else {
    const source = values.spec as string;
    const spec = await loadSpec(source, {
      timeoutMs: parseTimeout(values['timeout-ms'] as string | undefined),
    });
    const infoVersion = String(spec.document.info?.version ?? '');
    const line = lineOf(infoVersion);
    let applied: Overlay[] = [];
    document = spec.document;
    if (withOverlays && line === undefined) {
      io.stderr(
        `flink-codegen: note: ${source} #/info/version (${JSON.stringify(infoVersion)}) names no Flink line, so no overlays were applied\n`,
      );
    } else if (withOverlays && line !== undefined) {
      ({ document, applied } = applyOverlayList(spec.document, await listOverlays(), line));
    }
    const title = line ? `Flink ${line} JobManager REST API` : (spec.document.info?.title ?? 'API');
    header = {
      title: `${title} (info.version ${infoVersion || 'missing'})`,
      command: `flink-codegen generate --spec <file|url> --out <file>`,
      spec: { source, sha256: spec.sha256 },
      overlays: { applied, sha256: overlaysDigest(applied) },
    };
  }
  const contents = await generateTypes(document, header);
  await writeFileAtomic(out, contents);
  io.stdout(`wrote ${out} (${header.overlays.applied.length} overlays applied)\n`);
  return 0;
}

async function generate(argv: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      spec: { type: 'string' },
      'flink-version': { type: 'string' },
      out: { type: 'string' },
      all: { type: 'boolean', default: false },
      check: { type: 'boolean', default: false },
      'out-dir': { type: 'string' },
      'no-overlays': { type: 'boolean', default: false },
      'timeout-ms': { type: 'string' },
    },
    strict: true,
  });
  const sources = [values.spec, values['flink-version'], values.all || undefined].filter(
    (v) => v !== undefined,
  );
  if (sources.length !== 1) {
    throw new UsageError('generate needs exactly one of --spec, --flink-version or --all');
  }
  if (values.check && !values.all) throw new UsageError('--check only goes with --all');
  if (values['out-dir'] && !values.all) throw new UsageError('--out-dir only goes with --all');
  if (!values.all) return generateOne(values, io);
  if (values.out) throw new UsageError('--all writes into --out-dir, not --out');
  if (values['no-overlays']) throw new UsageError('--all always applies the overlays');
  const outDir = values['out-dir'] ?? defaultGeneratedDir();
  if (outDir === undefined) {
    throw new UsageError('--all needs --out-dir <dir> outside the flink-rest repository');
  }
  const files = await renderAllVersions();
  if (values.check) {
    const stale = await findStale(outDir, files);
    if (stale.length > 0) {
      const list = stale.map((s) => `${s.name} (${s.reason})`).join(', ');
      throw new CodegenError(
        'STALE_OUTPUT',
        `generated types in ${outDir} are stale: ${list}; run ${GENERATE_ALL_COMMAND}`,
        { where: outDir },
      );
    }
    io.stdout(`${files.length} generated files in ${outDir} are up to date\n`);
    return 0;
  }
  const result = await writeAll(outDir, files);
  io.stdout(
    `${outDir}: ${result.written.length} written, ${result.unchanged.length} unchanged, ${result.removed.length} removed\n`,
  );
  return 0;
}

async function overlays(argv: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { json: { type: 'boolean', default: false } },
    strict: true,
  });
  const list = await listOverlays();
  const rows = list.map((o) => ({
    id: o.id,
    upstream: o.upstream,
    versions: formatVersionRange(o.versions),
    appliesTo: pinnedVersions.filter((v) => overlayAppliesTo(o, v.line)).map((v) => v.line),
    title: o.title,
    proof: o.proof,
    sha256: o.sha256,
  }));
  if (values.json) io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
  else for (const r of rows) io.stdout(`${r.id}\t${r.upstream}\t${r.versions}\t${r.title}\n`);
  return 0;
}

function versions(argv: string[], io: Io): number {
  const { values } = parseArgs({
    args: argv,
    options: { json: { type: 'boolean', default: false } },
    strict: true,
  });
  if (values.json) io.stdout(`${JSON.stringify(pinnedVersions)}\n`);
  else for (const v of pinnedVersions) io.stdout(`${v.line}\t${v.version}\n`);
  return 0;
}

/** Runs the CLI; returns the exit code. Errors are one line on stderr. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'pull':
        return await pull(rest, io);
      case 'generate':
        return await generate(rest, io);
      case 'overlays':
        return await overlays(rest, io);
      case 'versions':
        return versions(rest, io);
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        io.stdout(`${USAGE}\n`);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof CodegenError) {
      io.stderr(`flink-codegen: ${error.message}\n`);
      return 1;
    }
    const parseError = (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    if (error instanceof UsageError || parseError) {
      io.stderr(`flink-codegen: ${(error as Error).message}\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
}
