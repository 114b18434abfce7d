import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { DriftReport } from './change.js';
import { runCompare } from './compare-command.js';
import { diffSpecs } from './diff-specs.js';
import { DriftError } from './errors.js';
import { loadSide } from './load-side.js';
import { narrowToUsage } from './narrow-to-usage.js';
import { operationsOf } from './operations.js';
import {
  type CompareCommand,
  type DiffCommand,
  parseDriftArgs,
  type SupportCommand,
  USAGE,
} from './parse-args.js';
import type { ProbeOptions } from './probe.js';
import { EXIT_UNREACHABLE, runProbe } from './probe-command.js';
import { renderJson } from './render-json.js';
import { renderMarkdown } from './render-markdown.js';
import { renderSupportMarkdown } from './render-support.js';
import { scanUsageSites } from './scan-usage.js';
import { runSupport } from './support-command.js';

/** Where `main` writes. The CLI passes the process's streams; tests capture the text. */
export interface DriftIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** `probe`'s `FLINK_REST_*` and `GITHUB_STEP_SUMMARY`. Default `process.env`. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** `probe` only: what sends the requests and times them out (tests). */
  readonly probe?: Pick<ProbeOptions, 'fetch' | 'timeout' | 'now'>;
}

const processIo: DriftIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/**
 * Exit statuses of `flink-drift`: `diff` finds a breaking change, `compare` a difference,
 * `support` a line of `--flink-version` where a call breaks.
 */
export const EXIT_OK = 0;
export const EXIT_BREAKING = 1;
export const EXIT_DIFFERENT = 1;
export const EXIT_UNSUPPORTED = 1;
export const EXIT_ERROR = 2;

/**
 * Writes `--out` through a temporary file and a rename (write-file-atomic): a reader sees the
 * old file or the whole new one. The directory must exist.
 */
async function writeOut(file: string, text: string): Promise<void> {
  try {
    await writeFileAtomic(file, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new DriftError('WRITE_FAILED', `--out ${file}: cannot write the report (${code})`, {
      cause: error,
    });
  }
}

/** Runs `diff` and returns the report, before rendering (the library path of the CLI). */
export async function runDiff(command: DiffCommand): Promise<DriftReport> {
  // Both load at once, but a failure is reported in argument order: with both files missing,
  // the message must not depend on which read failed first.
  const [fromSide, toSide] = await Promise.allSettled([
    loadSide('--from', command.from, command.overlays),
    loadSide('--to', command.to, command.overlays),
  ]);
  if (fromSide.status === 'rejected') throw fromSide.reason;
  if (toSide.status === 'rejected') throw toSide.reason;
  const [from, to] = [fromSide.value, toSide.value];
  const report = diffSpecs(from.document, to.document, {
    fromLabel: from.label,
    toLabel: to.label,
    ...(from.overlays === undefined ? {} : { fromOverlays: from.overlays }),
    ...(to.overlays === undefined ? {} : { toOverlays: to.overlays }),
  });
  if (command.usage === undefined) return report;
  const dir = command.usage;
  const sites = await scanUsageSites(dir);
  return narrowToUsage(report, {
    used: new Set(sites.map((s) => s.operation)),
    known: [...operationsOf(from.document).keys(), ...operationsOf(to.document).keys()],
    dir,
    sites: sites.map((s) => ({
      operation: s.operation,
      at: `${path.relative(dir, s.file)}:${s.line}`,
    })),
  });
}

/** What a command produced: the report's text, the exit status, and a few words for `--out`. */
interface Produced {
  readonly text: string;
  readonly exitCode: number;
  readonly outcome: string;
}

async function run(command: DiffCommand | CompareCommand | SupportCommand): Promise<Produced> {
  if (command.command === 'support') {
    const report = await runSupport(command);
    const { supported, brokenInRange } = report.summary;
    return {
      text: command.format === 'json' ? renderJson(report) : renderSupportMarkdown(report),
      exitCode: brokenInRange.length > 0 ? EXIT_UNSUPPORTED : EXIT_OK,
      outcome:
        `supported: ${supported.join(', ') || 'none'}; ` +
        `broken in --flink-version: ${brokenInRange.join(', ') || 'none'}`,
    };
  }
  if (command.command === 'compare') {
    const { text, different } = await runCompare(command);
    return {
      text,
      exitCode: different ? EXIT_DIFFERENT : EXIT_OK,
      outcome: different ? 'the specs differ' : 'no difference but info',
    };
  }
  const report = await runDiff(command);
  const { breaking, nonBreaking } = report.summary;
  return {
    text: command.format === 'json' ? renderJson(report) : renderMarkdown(report),
    exitCode: breaking > 0 ? EXIT_BREAKING : EXIT_OK,
    outcome: `${breaking} breaking, ${nonBreaking} non-breaking`,
  };
}

/**
 * `flink-drift` without the process: parses `argv` (the arguments after the program name),
 * writes to `io`, and resolves to the exit status: 0 no breaking change (no difference, no
 * break in `--flink-version`, no drift), 1 a breaking change (a difference, a break in
 * `--flink-version`, drift), 2 a usage or input error (one line on stderr), 3 (probe) the
 * cluster unreachable or not pinned, or an operation not checked.
 */
export async function main(argv: readonly string[], io: DriftIo = processIo): Promise<number> {
  try {
    const command = parseDriftArgs(argv);
    if (command.command === 'help') {
      io.stdout(USAGE);
      return EXIT_OK;
    }
    const { text, exitCode, outcome } =
      command.command === 'probe'
        ? await (async () => {
            const probe = await runProbe(command, io.env ?? process.env, io.probe);
            for (const file of probe.wrote) io.stderr(`flink-drift: wrote ${file}\n`);
            const { summary, operationsChecked } = probe.report;
            return {
              ...probe,
              outcome: `${operationsChecked} operations checked, ${summary.mismatches} mismatches, ${summary.error} errors`,
            };
          })()
        : await run(command);
    if (command.out === undefined) {
      io.stdout(text);
    } else {
      await writeOut(command.out, text);
      io.stderr(`flink-drift: wrote ${command.out} (${outcome})\n`);
    }
    return exitCode;
  } catch (error) {
    if (error instanceof DriftError && error.code === 'UNREACHABLE') {
      io.stderr(`flink-drift: ${error.message}\n`);
      return EXIT_UNREACHABLE;
    }
    if (error instanceof DriftError) {
      const hint = error.code === 'USAGE' ? ' (see flink-drift --help)' : '';
      io.stderr(`flink-drift: ${error.message}${hint}\n`);
    } else {
      const message = error instanceof Error ? error.message : String(error);
      io.stderr(`flink-drift: internal error: ${message.replace(/\s*\r?\n\s*/g, ' ')}\n`);
    }
    return EXIT_ERROR;
  }
}
