#!/usr/bin/env node
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { supportedVersions } from '@flink-rest/versions';
import { type CliArgs, parseCliArgs, USAGE } from './cli-args.js';
import { describeDrift } from './drift-report.js';
import { ToolError, UsageError } from './errors.js';
import { extractRelease, writeRelease } from './extract.js';
import { ensureExtractorJar } from './extractor-jar.js';
import { isMain } from './is-main.js';
import { mapWithLimit } from './map-limit.js';
import { repoRoot, specsDir } from './paths.js';
import { userPath } from './user-path.js';
import { type FlinkRelease, selectReleases } from './versions.js';

type Print = (text: string) => void;

/** specs/flink-<line>/ folders whose line has left the version matrix. */
async function staleReleaseFolders(root: string, releases: FlinkRelease[]): Promise<string[]> {
  const lines = new Set(releases.map((r) => `flink-${r.line}`));
  const entries = await readdir(root, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isDirectory() && e.name.startsWith('flink-') && !lines.has(e.name))
    .map((e) => join(root, e.name))
    .sort();
}

async function readOrUndefined(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

function relativeToRepo(path: string): string {
  return path.startsWith(repoRoot) ? path.slice(repoRoot.length) : path;
}

/** One line per failure; with --verbose also the tool output behind it. */
function failureText(error: unknown, verbose: boolean): string {
  const err = error as Error;
  const details =
    verbose && err instanceof ToolError && err.output ? `\n${err.output.trimEnd()}` : '';
  return `${err.message}${details}`;
}

/**
 * `extract` writes specs/flink-<line>/{jobmanager-v1.yaml,provenance.json} for each selected
 * release; `check` extracts into memory and fails if a committed file differs. A release that
 * fails is reported in one line and leaves its committed files untouched; the others go on.
 * Exit codes: 0 ok, 1 a release failed or drifted, 2 bad arguments.
 */
export async function main(argv: string[], print: Print, printError: Print): Promise<number> {
  if (argv.length === 1 && (argv[0] === '--help' || argv[0] === '-h')) {
    print(`${USAGE}\n`);
    return 0;
  }
  let args: CliArgs;
  try {
    args = parseCliArgs(argv);
  } catch (error) {
    printError(`flink-spec-extractor: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const releases = selectReleases(args.flinkVersion, supportedVersions);
  const root = args.outDir ? userPath(args.outDir) : specsDir;
  const jar = await ensureExtractorJar();
  const outcomes = await mapWithLimit(releases, args.jobs, async (release) => {
    try {
      const extracted = await extractRelease(release, jar, root, { debug: args.verbose });
      const took = `${(extracted.timings.resolveS + extracted.timings.extractS).toFixed(1)} s`;
      if (args.command === 'extract') {
        await writeRelease(extracted);
        const written = extracted.files.map((f) => relativeToRepo(f.path)).join(', ');
        print(`Flink ${release.version}: wrote ${written} (${took})\n`);
        return true;
      }
      const drift: string[] = [];
      for (const file of extracted.files) {
        const committed = await readOrUndefined(file.path);
        if (committed !== file.content) {
          drift.push(describeDrift(relativeToRepo(file.path), committed, file.content));
        }
      }
      if (drift.length > 0) {
        printError(`Flink ${release.version}: DRIFT\n${drift.join('\n')}\n`);
        return false;
      }
      print(`Flink ${release.version}: specs/flink-${release.line} up to date (${took})\n`);
      return true;
    } catch (error) {
      printError(`flink-spec-extractor: ${failureText(error, args.verbose)}\n`);
      return false;
    }
  });
  let failed = outcomes.filter((ok) => !ok).length;
  if (args.command === 'check' && args.flinkVersion === 'all') {
    for (const folder of await staleReleaseFolders(root, releases)) {
      failed++;
      printError(
        `${relativeToRepo(folder)}: not a supported line (not in versions.json); delete it\n`,
      );
    }
  }
  if (args.command === 'check' && failed > 0) {
    printError(
      `specs:check failed: ${failed} problem(s) across ${releases.length} release(s); if the change is intended, run npm run specs:extract and commit specs/\n`,
    );
  }
  return failed > 0 ? 1 : 0;
}

/** Runs the command line of this process and exits with its code (the `flink-spec-extractor` bin). */
export function runCli(): void {
  main(
    process.argv.slice(2),
    (text) => process.stdout.write(text),
    (text) => process.stderr.write(text),
  ).then(
    (code) => process.exit(code),
    (error: Error) => {
      process.stderr.write(
        `flink-spec-extractor: ${failureText(error, process.argv.includes('--verbose'))}\n`,
      );
      process.exit(error instanceof UsageError ? 2 : 1);
    },
  );
}

if (isMain(import.meta.url)) runCli();
