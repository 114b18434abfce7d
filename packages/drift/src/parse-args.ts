import { parseArgs } from 'node:util';
import { parseDuration } from '@flink-rest/cli';
import { linesOf, supportedLines } from '@flink-rest/versions';
import { DriftError } from './errors.js';

export const OUTPUT_FORMATS = ['markdown', 'json'] as const;
/** How `diff` and `support` render their report. */
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** `flink-drift diff …`, checked. */
export interface DiffCommand {
  readonly command: 'diff';
  /** A supported line (`1.20`) or a spec file. */
  readonly from: string;
  readonly to: string;
  /** Apply our overlays to pinned lines. Default true; `--no-overlays` turns it off. */
  readonly overlays: boolean;
  /** Default `markdown`. */
  readonly format: OutputFormat;
  /** Write the report here (atomically) instead of stdout. */
  readonly out?: string;
  /** Narrow the report to the operations the TypeScript code under this directory calls. */
  readonly usage?: string;
}

/** `flink-drift compare …`, checked. */
export interface CompareCommand {
  readonly command: 'compare';
  /** A supported line, a spec file, or a folder of specs (paired with `to`'s by title). */
  readonly from: string;
  readonly to: string;
  /** Apply our overlays to pinned lines. Default true; `--no-overlays` turns it off. */
  readonly overlays: boolean;
  /** Write the report here (atomically) instead of stdout. */
  readonly out?: string;
}

/** `flink-drift support …`, checked. */
export interface SupportCommand {
  readonly command: 'support';
  /** The directory of TypeScript code whose calls are checked. */
  readonly usage: string;
  /** The lines `--flink-version` names, oldest first. Default: every supported line. */
  readonly lines: readonly string[];
  /** Default `markdown`. */
  readonly format: OutputFormat;
  /** Write the report here (atomically) instead of stdout. */
  readonly out?: string;
}

export const PROBE_FORMATS = ['text', 'markdown', 'json', 'junit'] as const;
/** How `probe` renders its report. */
export type ProbeFormat = (typeof PROBE_FORMATS)[number];

/** `flink-drift probe …`, checked (connection settings come later, with the environment). */
export interface ProbeCommand {
  readonly command: 'probe';
  /** `auto` (ask the cluster) or a supported line. */
  readonly flinkVersion: string;
  /** `--job` ids; empty: every job. */
  readonly jobs: readonly string[];
  readonly overlays: boolean;
  /** Default `text`. */
  readonly format: ProbeFormat;
  readonly out?: string;
  /** Requests in flight at once. Default 4. */
  readonly concurrency: number;
  /** Per-request timeout in ms. Default 30_000. */
  readonly timeoutMs: number;
  /** Also write the exchanges as `<record>/<line>/probe.json`. */
  readonly record?: string;
  /** The connection options as given (flags win over `FLINK_REST_*`). */
  readonly connection: Readonly<Record<ConnectionOption, string | undefined>>;
}

/** The probe's connection flags: the same names as `flink-rest`'s global options. */
export const CONNECTION_OPTIONS = [
  'url',
  'token',
  'user',
  'password',
  'ca-file',
  'cert-file',
  'key-file',
  'key-passphrase',
] as const;
export type ConnectionOption = (typeof CONNECTION_OPTIONS)[number];

/** What the command line asks for. */
export type DriftCommand =
  | DiffCommand
  | CompareCommand
  | SupportCommand
  | ProbeCommand
  | { readonly command: 'help' };

export const USAGE = `Usage: flink-drift diff --from <version|file> --to <version|file> [options]
       flink-drift compare --from <version|file|folder> --to <version|file|folder> [options]
       flink-drift support --usage <dir> [--flink-version <range>] [--format markdown|json] [--out <file>]
       flink-drift probe --url <jobmanager> [--flink-version auto|<x.y>] [--job <jobid>]...
                         [--format text|markdown|json|junit] [--out <file>] [--concurrency N]
                         [--timeout 30s] [--no-overlays] [--record <dir>] [auth/TLS options]

diff compares two JobManager REST specs and classifies each change as breaking or not for a
client written against --from. compare lists every difference of two specs (descriptions,
extensions and info included), section by section, unclassified; two folders are compared
spec by spec, paired by title and API version. A version is a supported Flink line (e.g. 1.20,
2.0); anything else is read as an OpenAPI 3 file (YAML or JSON), or a folder of them.
support checks each client call of the TypeScript code under --usage against the pinned spec
of every supported line (${supportedLines.join(', ')}): the operation, the parameters and body
fields it passes, the response fields it reads; it prints a versions x status matrix and the
reason for each break.
probe crawls a running JobManager with GET requests only (cluster, jobs, vertices, checkpoints,
task managers, jobmanager, jars) and validates every answer against the pinned spec of the
cluster's line; a 404 with Flink's error body is "not available", a 5xx or no answer an error.
With $GITHUB_STEP_SUMMARY set, the Markdown report is appended to it.

Options:
  --from <version|file>    the spec the client was written against (compare: side A)
  --to <version|file>      the spec it will meet (compare: side B)
  --no-overlays            use the pinned specs as extracted (default: with our overlays)
  --format <fmt>           diff and support: markdown (default) or json
  --out <file>             write the report to <file> (atomically) instead of stdout
  --usage <dir>            diff: only operations the .ts/.tsx/.mts files under <dir> call;
                           support: the code to check (required)
  --flink-version <range>  support only: the lines that must work, '1.18 - 2.3', '2.3' or
                           '1.20,2.3' (default: every supported line)
  -h, --help               show this help

probe options (each also read from FLINK_REST_<NAME>, e.g. FLINK_REST_URL; the flag wins):
  --url <url>              the JobManager's REST address (required)
  --flink-version <v>      auto (default: the line of the release /v1/config reports) or a line
  --job <jobid>            only this job (repeatable; default every job)
  --format <fmt>           text (default), markdown, json or junit
  --concurrency <n>        requests in flight at once (default 4)
  --timeout <duration>     per request, e.g. 30s (default), 500ms, 2m
  --record <dir>           also write the exchanges as fixtures: <dir>/<line>/probe.json
  --token <t> | --user <u> --password <p>   bearer or basic auth (never printed)
  --ca-file, --cert-file, --key-file, --key-passphrase   TLS (https:// --url only)

Exit status: 0 no breaking change (compare: no difference but info; support: no break in
--flink-version; probe: no drift), 1 at least one breaking change (compare: a difference;
support: a line in --flink-version breaks; probe: drift found), 2 usage or input error,
3 (probe) the cluster is unreachable, runs a line that is not pinned, or some operation could
not be checked (5xx, timeout) while no drift was found.
`;

const COMMANDS = ['diff', 'compare', 'support', 'probe'];

/**
 * The lines of `--flink-version` (`linesOf`'s range, or a comma-separated list), or an error
 * naming the option and the supported lines.
 */
function flinkVersionLines(arg: string): string[] {
  try {
    return linesOf(arg.includes(',') ? arg.split(',').map((line) => line.trim()) : arg);
  } catch (error) {
    if (!(error instanceof TypeError || error instanceof RangeError)) throw error;
    // linesOf names the client's option (flinkVersion, flinkVersion[1] in a list); here it is
    // the command line's.
    const { message } = error;
    const said = message.startsWith('flinkVersion[')
      ? `--flink-version '${arg}': ${message.slice(message.indexOf('] ') + 2)}`
      : message.startsWith('flinkVersion')
        ? `--flink-version${message.slice('flinkVersion'.length)}`
        : `--flink-version '${arg}': ${message}`;
    throw new DriftError(
      'UNKNOWN_VERSION',
      said.includes('supported:') ? said : `${said}; supported: ${supportedLines.join(', ')}`,
      { cause: error },
    );
  }
}

/** Parses `flink-drift`'s arguments. Anything wrong is a `USAGE` error naming the option. */
export function parseDriftArgs(argv: readonly string[]): DriftCommand {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        'no-overlays': { type: 'boolean' },
        format: { type: 'string' },
        out: { type: 'string' },
        usage: { type: 'string' },
        'flink-version': { type: 'string' },
        job: { type: 'string', multiple: true },
        concurrency: { type: 'string' },
        timeout: { type: 'string' },
        record: { type: 'string' },
        ...Object.fromEntries(
          CONNECTION_OPTIONS.map((name) => [name, { type: 'string' as const }]),
        ),
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new DriftError('USAGE', (error as Error).message.split('\n')[0] ?? 'bad arguments', {
      cause: error,
    });
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: 'help' };
  const [command, ...rest] = positionals;
  const expected = COMMANDS.map((c) => `"${c}"`).join(' or ');
  if (command === undefined) throw new DriftError('USAGE', `missing command: expected ${expected}`);
  if (!COMMANDS.includes(command))
    throw new DriftError('USAGE', `unknown command "${command}": expected ${expected}`);
  if (rest.length > 0) throw new DriftError('USAGE', `unexpected argument "${rest[0]}"`);
  const text = (name: string): string | undefined => {
    const value = values[name];
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || value.trim() === '') {
      throw new DriftError('USAGE', `--${name} needs a non-empty value`);
    }
    return value;
  };
  const formatOption = (): OutputFormat => {
    const format = text('format') ?? 'markdown';
    if (!(OUTPUT_FORMATS as readonly string[]).includes(format)) {
      throw new DriftError(
        'USAGE',
        `--format ${format}: expected one of ${OUTPUT_FORMATS.join(', ')}`,
      );
    }
    return format as OutputFormat;
  };
  const out = text('out');
  const usage = text('usage');
  const flinkVersion = text('flink-version');
  if (command === 'probe') return probeCommand(values, text, out, flinkVersion);
  for (const name of ['job', 'concurrency', 'timeout', 'record', ...CONNECTION_OPTIONS]) {
    if (values[name] !== undefined) {
      throw new DriftError('USAGE', `--${name} applies to probe only, not to ${command}`);
    }
  }
  if (command === 'support') {
    for (const name of ['from', 'to', 'no-overlays']) {
      if (values[name] !== undefined) {
        throw new DriftError('USAGE', `--${name} applies to diff and compare, not to support`);
      }
    }
    if (usage === undefined) throw new DriftError('USAGE', 'missing --usage <dir>');
    return {
      command,
      usage,
      lines: flinkVersion === undefined ? [...supportedLines] : flinkVersionLines(flinkVersion),
      format: formatOption(),
      ...(out === undefined ? {} : { out }),
    };
  }
  if (flinkVersion !== undefined) {
    throw new DriftError('USAGE', `--flink-version applies to support only, not to ${command}`);
  }
  const from = text('from');
  const to = text('to');
  if (from === undefined) throw new DriftError('USAGE', 'missing --from <version|file>');
  if (to === undefined) throw new DriftError('USAGE', 'missing --to <version|file>');
  const overlays = values['no-overlays'] !== true;
  if (command === 'compare') {
    for (const name of ['format', 'usage']) {
      if (values[name] !== undefined) {
        throw new DriftError('USAGE', `--${name} applies to diff only, not to compare`);
      }
    }
    return { command, from, to, overlays, ...(out === undefined ? {} : { out }) };
  }
  return {
    command: 'diff',
    from,
    to,
    overlays,
    format: formatOption(),
    ...(out === undefined ? {} : { out }),
    ...(usage === undefined ? {} : { usage }),
  };
}

const HEX32 = /^[0-9a-f]{32}$/;

/** `30s`, `500ms`, `2m`: `flink-rest --timeout`'s durations, in ms. */
function durationMs(arg: string): number {
  try {
    return parseDuration(arg);
  } catch (error) {
    throw new DriftError('USAGE', `--timeout ${arg}: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

function probeCommand(
  values: Record<string, unknown>,
  text: (name: string) => string | undefined,
  out: string | undefined,
  flinkVersion: string | undefined,
): ProbeCommand {
  for (const name of ['from', 'to', 'usage']) {
    if (values[name] !== undefined) {
      throw new DriftError('USAGE', `--${name} does not apply to probe`);
    }
  }
  const version = flinkVersion ?? 'auto';
  if (version !== 'auto' && !supportedLines.includes(version)) {
    throw new DriftError(
      'USAGE',
      `--flink-version ${version}: expected auto or a supported line (${supportedLines.join(', ')})`,
    );
  }
  const jobs = (values.job as string[] | undefined) ?? [];
  for (const job of jobs) {
    if (!HEX32.test(job)) throw new DriftError('USAGE', `--job ${job}: expected a 32-hex job id`);
  }
  const format = text('format') ?? 'text';
  if (!(PROBE_FORMATS as readonly string[]).includes(format)) {
    throw new DriftError(
      'USAGE',
      `--format ${format}: expected one of ${PROBE_FORMATS.join(', ')}`,
    );
  }
  const concurrencyArg = text('concurrency') ?? '4';
  const concurrency = Number(concurrencyArg);
  if (!/^\d+$/.test(concurrencyArg) || concurrency < 1 || concurrency > 64) {
    throw new DriftError(
      'USAGE',
      `--concurrency ${concurrencyArg}: expected a whole number from 1 to 64`,
    );
  }
  const timeoutArg = text('timeout');
  const record = text('record');
  return {
    command: 'probe',
    flinkVersion: version,
    jobs,
    overlays: values['no-overlays'] !== true,
    format: format as ProbeFormat,
    ...(out === undefined ? {} : { out }),
    concurrency,
    timeoutMs: timeoutArg === undefined ? 30_000 : durationMs(timeoutArg),
    ...(record === undefined ? {} : { record }),
    connection: Object.fromEntries(
      CONNECTION_OPTIONS.map((name) => [name, values[name] as string | undefined]),
    ) as Record<ConnectionOption, string | undefined>,
  };
}
