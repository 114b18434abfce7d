import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  applyOverlayList,
  defaultSpecsDir,
  formatVersionRange,
  listOverlays,
  type Overlay,
  overlayAppliesTo,
  overlaysDigest,
  pinnedSpecPath,
  preparePinnedSpec,
  SpecError,
} from '@flink-rest/specs';
import { lineOf, supportedVersions } from '@flink-rest/versions';
import { CodegenError } from './errors.js';
import { checkAll, renderAll, writeAll } from './generate-all.js';
import { generateTypes, type HeaderInfo } from './generate-types.js';
import { DEFAULT_TIMEOUT_MS } from './http-get.js';
import { loadSpec } from './load-spec.js';
import { pullSpec } from './pull.js';
import { writeOutput } from './write-output.js';

const USAGE = `Usage:
  flink-codegen pull --url <jobmanager-url> --out <file> [--timeout-ms MS]
  flink-codegen generate --spec <file|url> --out <file> [--no-overlays] [--timeout-ms MS]
  flink-codegen generate --flink-version <x.y> --out <file> [--no-overlays]
  flink-codegen generate --all [--check] [--out-dir <dir>] [--package-json <file>] [--readme <file>]...
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

/** `specs/flink-2.3/…`: relative to the folder that holds the specs package, for headers. */
function specsRelative(file: string): string {
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
  await writeOutput(values.out, result.spec.text);
  io.stdout(
    `wrote ${values.out} (${result.origin === 'pinned' ? `pinned spec of Flink ${result.pinned?.line}` : result.spec.source})\n`,
  );
  return 0;
}

async function generateOne(
  values: Record<string, string | string[] | boolean | undefined>,
  io: Io,
) {
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
        source: specsRelative(pinnedSpecPath(prepared.pinned.line)),
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
  await writeOutput(out, contents);
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
      'package-json': { type: 'string' },
      readme: { type: 'string', multiple: true },
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
  const targets = {
    outDir: values['out-dir'],
    packageJson: values['package-json'],
    readmes: values.readme,
  };
  for (const [flag, value] of Object.entries({
    '--out-dir': targets.outDir,
    '--package-json': targets.packageJson,
    '--readme': targets.readmes,
  })) {
    if (value !== undefined && !values.all) throw new UsageError(`${flag} only goes with --all`);
  }
  if (!values.all) return generateOne(values, io);
  if (values.out) throw new UsageError('--all writes into --out-dir, not --out');
  if (values['no-overlays']) throw new UsageError('--all always applies the overlays');
  if (Object.values(targets).every((t) => t === undefined)) {
    throw new UsageError(
      '--all needs --out-dir <dir>, --package-json <file> or --readme <file>: what to keep up to date',
    );
  }
  const rendered = await renderAll(targets);
  if (values.check) {
    io.stdout(`${await checkAll(rendered)} generated files are up to date\n`);
    return 0;
  }
  const result = await writeAll(rendered);
  io.stdout(
    `${result.written.length} written, ${result.unchanged.length} unchanged, ${result.removed.length} removed${result.written.length > 0 ? `: ${result.written.join(', ')}` : ''}\n`,
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
    appliesTo: supportedVersions.filter((v) => overlayAppliesTo(o, v.line)).map((v) => v.line),
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
  if (values.json) io.stdout(`${JSON.stringify(supportedVersions)}\n`);
  else for (const v of supportedVersions) io.stdout(`${v.line}\t${v.version}\n`);
  return 0;
}

/**
 * Runs the CLI; returns the exit code: 0, 1 for a `CodegenError` or a `SpecError` (one line on
 * stderr), 2 for a usage error (the line and the usage).
 */
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
    if (error instanceof CodegenError || error instanceof SpecError) {
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
