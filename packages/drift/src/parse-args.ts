import { parseArgs } from 'node:util';
import { DriftError } from './errors.js';

export const OUTPUT_FORMATS = ['markdown', 'json'] as const;
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

export type DriftCommand = DiffCommand | { readonly command: 'help' };

export const USAGE = `Usage: flink-drift diff --from <version|file> --to <version|file> [options]

Compares two JobManager REST specs and classifies each change as breaking or not for a client
written against --from. A version is a supported Flink line (e.g. 1.20, 2.0); anything else is
read as an OpenAPI 3 file (YAML or JSON).

Options:
  --from <version|file>  the spec the client was written against
  --to <version|file>    the spec it will meet
  --no-overlays          use the pinned specs as extracted (default: with our overlays)
  --format <fmt>         markdown (default) or json
  --out <file>           write the report to <file> (atomically) instead of stdout
  --usage <dir>          only operations the .ts/.tsx/.mts files under <dir> call
  -h, --help             show this help

Exit status: 0 no breaking change, 1 at least one breaking change, 2 usage or input error.
`;

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
  if (command === undefined) throw new DriftError('USAGE', 'missing command: expected "diff"');
  if (command !== 'diff')
    throw new DriftError('USAGE', `unknown command "${command}": expected "diff"`);
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
  const format = text('format') ?? 'markdown';
  if (!(OUTPUT_FORMATS as readonly string[]).includes(format)) {
    throw new DriftError(
      'USAGE',
      `--format ${format}: expected one of ${OUTPUT_FORMATS.join(', ')}`,
    );
  }
  const out = text('out');
  const usage = text('usage');
  return {
    command: 'diff',
    from,
    to,
    overlays: values['no-overlays'] !== true,
    format: format as OutputFormat,
    ...(out === undefined ? {} : { out }),
    ...(usage === undefined ? {} : { usage }),
  };
}
