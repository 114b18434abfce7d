import { appendFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Auth, TlsOptions } from '@flink-rest/client';
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

/** `--ca-file` → `FLINK_REST_CA_FILE`: the variables `flink-rest` reads too. */
const envName = (option: ConnectionOption) =>
  `FLINK_REST_${option.toUpperCase().replace(/-/g, '_')}`;

/**
 * The client's connection options from the flags over `FLINK_REST_*`. Messages name the option,
 * never a value (a token or password must not reach a CI log).
 */
export async function probeConnection(
  command: ProbeCommand,
  env: Env,
): Promise<Pick<ProbeOptions, 'baseUrl' | 'auth' | 'tls'>> {
  const pick = (name: ConnectionOption) => {
    const value = command.connection[name] ?? env[envName(name)];
    return value === '' ? undefined : value;
  };
  const baseUrl = pick('url');
  if (baseUrl === undefined)
    throw new DriftError('USAGE', 'missing --url <jobmanager> (or FLINK_REST_URL)');
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new DriftError('USAGE', '--url: not a URL (expected http(s)://host:port)');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new DriftError('USAGE', '--url: expected an http:// or https:// URL');
  if (url.username || url.password)
    throw new DriftError(
      'USAGE',
      '--url must not carry credentials: use --token or --user/--password',
    );
  const token = pick('token');
  const user = pick('user');
  const password = pick('password');
  if (token !== undefined && (user !== undefined || password !== undefined))
    throw new DriftError('USAGE', 'give either --token or --user/--password, not both');
  if ((user === undefined) !== (password === undefined))
    throw new DriftError('USAGE', 'basic auth needs both --user and --password');
  const auth: Auth | undefined =
    token !== undefined
      ? { type: 'bearer', token }
      : user !== undefined && password !== undefined
        ? { type: 'basic', username: user, password }
        : undefined;
  const read = async (name: ConnectionOption) => {
    const file = pick(name);
    if (file === undefined) return undefined;
    try {
      return await readFile(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
      throw new DriftError('USAGE', `--${name} ${file}: cannot read (${code})`, { cause: error });
    }
  };
  const [ca, cert, key] = await Promise.all([read('ca-file'), read('cert-file'), read('key-file')]);
  if ((cert === undefined) !== (key === undefined))
    throw new DriftError('USAGE', 'a client certificate needs both --cert-file and --key-file');
  const passphrase = pick('key-passphrase');
  const tlsGiven = ca !== undefined || cert !== undefined;
  if (tlsGiven && url.protocol !== 'https:')
    throw new DriftError('USAGE', '--ca-file, --cert-file and --key-file need an https:// --url');
  const tls: TlsOptions | undefined = tlsGiven
    ? {
        ...(ca ? { ca } : {}),
        ...(cert ? { cert } : {}),
        ...(key ? { key } : {}),
        ...(passphrase ? { passphrase } : {}),
      }
    : undefined;
  return { baseUrl, ...(auth ? { auth } : {}), ...(tls ? { tls } : {}) };
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
