import { appendFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import {
  type ConnectionFlags,
  ENV_OF,
  readTlsFiles,
  resolveConnection,
  UsageError,
} from '@flink-rest/cli';
import { fixturePath, renderFixture } from '@flink-rest/testing';
import writeFileAtomic from 'write-file-atomic';
import { DriftError } from './errors.js';
import type { ConnectionOption, ProbeCommand } from './parse-args.js';
import { type ProbeOptions, probeCluster } from './probe.js';
import { probeFixture } from './probe-fixture.js';
import type { ProbeReport } from './probe-report.js';
import { renderJson } from './render-json.js';
import { renderJunit } from './render-junit.js';
import { renderProbeMarkdown } from './render-probe-markdown.js';
import { renderProbeText } from './render-probe-text.js';

/** Exit status of `probe` beyond 0 and 1: unreachable, not pinned, or not all checked. */
export const EXIT_UNREACHABLE = 3;

type Env = Readonly<Record<string, string | undefined>>;

/** `ca-file` → `caFile`: the CLI's flag names, so `flink-rest`'s reading of them is the one used. */
const camel = (option: ConnectionOption): keyof ConnectionFlags =>
  option.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()) as keyof ConnectionFlags;

/**
 * The client's connection options from the flags over `FLINK_REST_*`, read exactly as
 * `flink-rest` reads them (its `resolveConnection` and `readTlsFiles`). Messages name the
 * option, never a value (a token or password must not reach a CI log).
 */
export async function probeConnection(
  command: ProbeCommand,
  env: Env,
): Promise<Pick<ProbeOptions, 'baseUrl' | 'auth' | 'tls'>> {
  // Unlike flink-rest, the probe has no default JobManager: CI must say which one it checks.
  if (!command.connection.url && !env[ENV_OF.url])
    throw new DriftError('USAGE', `missing --url <jobmanager> (or ${ENV_OF.url})`);
  const flags: ConnectionFlags = Object.fromEntries(
    Object.entries(command.connection).map(([name, value]) => [
      camel(name as ConnectionOption),
      value,
    ]),
  );
  try {
    // The probe's --flink-version is its own option; only the connection is read here.
    const settings = resolveConnection({ ...flags, flinkVersion: 'auto' }, env);
    const tls = await readTlsFiles(settings);
    return {
      baseUrl: settings.baseUrl,
      ...(settings.auth ? { auth: settings.auth } : {}),
      ...(tls ? { tls } : {}),
    };
  } catch (error) {
    if (error instanceof UsageError) throw new DriftError('USAGE', error.message, { cause: error });
    throw error;
  }
}

/** The exit status of a report: drift 1; else some operation unchecked 3; else 0. */
export function probeExitCode(report: ProbeReport): number {
  if (report.summary.drift > 0) return 1;
  if (report.summary.error > 0) return EXIT_UNREACHABLE;
  return 0;
}

/** The report in the asked format. */
export function renderProbe(report: ProbeReport, format: ProbeCommand['format']): string {
  switch (format) {
    case 'json':
      return renderJson(report);
    case 'junit':
      return renderJunit(report);
    case 'markdown':
      return renderProbeMarkdown(report);
    default:
      return renderProbeText(report);
  }
}

/** What `probe` produced: the rendered report and its exit status. */
export interface ProbeRun {
  readonly report: ProbeReport;
  readonly text: string;
  readonly exitCode: number;
  /** Files written besides `--out` (the fixture, the step summary), for the log. */
  readonly wrote: readonly string[];
}

/**
 * Runs `probe`: connects with the flags and environment, probes, renders; writes the fixture
 * (`--record`) atomically and appends the Markdown report to `$GITHUB_STEP_SUMMARY` when set.
 */
export async function runProbe(
  command: ProbeCommand,
  env: Env,
  extra: Pick<ProbeOptions, 'fetch' | 'timeout' | 'now'> = {},
): Promise<ProbeRun> {
  const connection = await probeConnection(command, env);
  const result = await probeCluster({
    ...connection,
    ...extra,
    flinkVersion: command.flinkVersion,
    jobs: command.jobs,
    overlays: command.overlays,
    concurrency: command.concurrency,
    timeoutMs: command.timeoutMs,
  });
  const { report } = result;
  const wrote: string[] = [];
  if (command.record !== undefined) {
    const file = fixturePath(report.line, 'probe', command.record);
    try {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFileAtomic(file, renderFixture(probeFixture(result)));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      throw new DriftError('WRITE_FAILED', `--record ${file}: cannot write (${code})`, {
        cause: error,
      });
    }
    wrote.push(file);
  }
  const summaryFile = env.GITHUB_STEP_SUMMARY;
  if (summaryFile) {
    try {
      // GitHub collects what each step appends; replacing the file would drop earlier steps'.
      await appendFile(summaryFile, renderProbeMarkdown(report));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      throw new DriftError(
        'WRITE_FAILED',
        `$GITHUB_STEP_SUMMARY ${summaryFile}: cannot append (${code})`,
        {
          cause: error,
        },
      );
    }
    wrote.push(summaryFile);
  }
  return {
    report,
    text: renderProbe(report, command.format),
    exitCode: probeExitCode(report),
    wrote,
  };
}
