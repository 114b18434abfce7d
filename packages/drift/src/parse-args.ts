import { parseArgs } from 'node:util';
import { DriftError } from './errors.js';

export const OUTPUT_FORMATS = ['markdown', 'json'] as const;
/** How `diff` renders its report. */
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

/** What the command line asks for. */
export type DriftCommand = DiffCommand | CompareCommand | { readonly command: 'help' };

export const USAGE = `Usage: flink-drift diff --from <version|file> --to <version|file> [options]
       flink-drift compare --from <version|file|folder> --to <version|file|folder> [options]

diff compares two JobManager REST specs and classifies each change as breaking or not for a
client written against --from. compare lists every difference of two specs (descriptions,
extensions and info included), section by section, unclassified; two folders are compared
spec by spec, paired by title and API version. A version is a supported Flink line (e.g. 1.20,
2.0); anything else is read as an OpenAPI 3 file (YAML or JSON), or a folder of them.

Options:
  --from <version|file>  the spec the client was written against (compare: side A)
  --to <version|file>    the spec it will meet (compare: side B)
  --no-overlays          use the pinned specs as extracted (default: with our overlays)
  --format <fmt>         diff only: markdown (default) or json
  --out <file>           write the report to <file> (atomically) instead of stdout
  --usage <dir>          diff only: only operations the .ts/.tsx/.mts files under <dir> call
  -h, --help             show this help

Exit status: 0 no breaking change (compare: no difference but info), 1 at least one breaking
change (compare: a difference), 2 usage or input error.
`;

const COMMANDS = ['diff', 'compare'];

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
  const from = text('from');
  const to = text('to');
  if (from === undefined) throw new DriftError('USAGE', 'missing --from <version|file>');
  if (to === undefined) throw new DriftError('USAGE', 'missing --to <version|file>');
  const out = text('out');
  const overlays = values['no-overlays'] !== true;
  if (command === 'compare') {
    for (const name of ['format', 'usage']) {
      if (values[name] !== undefined) {
        throw new DriftError('USAGE', `--${name} applies to diff only, not to compare`);
      }
    }
    return { command, from, to, overlays, ...(out === undefined ? {} : { out }) };
  }
  const format = text('format') ?? 'markdown';
  if (!(OUTPUT_FORMATS as readonly string[]).includes(format)) {
    throw new DriftError(
      'USAGE',
      `--format ${format}: expected one of ${OUTPUT_FORMATS.join(', ')}`,
    );
  }
  const usage = text('usage');
  return {
    command: 'diff',
    from,
    to,
    overlays,
    format: format as OutputFormat,
    ...(out === undefined ? {} : { out }),
    ...(usage === undefined ? {} : { usage }),
  };
}
