import { UsageError } from './errors.js';

export type Command = 'extract' | 'check';

export interface CliArgs {
  command: Command;
  /** "all", a line ("2.3") or an exact version ("2.3.0"). Default "all". */
  flinkVersion: string;
  /** Where extract writes instead of the repository's specs/ (tests, trials). */
  outDir?: string;
  /** Releases processed at once (one Maven call and one JVM each). Default 1: on 2 CPUs parallel runs measured slower (see .bench). */
  jobs: number;
  /** Print Maven's and the JVM's full output on failure. */
  verbose: boolean;
}

export const USAGE = [
  'usage: flink-spec-extractor extract [--flink-version all|X.Y|X.Y.Z] [--out-dir <dir>] [--jobs N] [--verbose]',
  '       flink-spec-extractor check [--flink-version all|X.Y] [--jobs N] [--verbose]',
].join('\n');

/** Parses the command line; throws a UsageError naming the offending argument. */
export function parseCliArgs(argv: string[]): CliArgs {
  const [command, ...rest] = argv;
  if (command !== 'extract' && command !== 'check') {
    throw new UsageError(
      command === undefined
        ? 'missing command: extract or check'
        : `unknown command "${command}" (expected extract or check)`,
    );
  }
  const args: CliArgs = { command, flinkVersion: 'all', jobs: 1, verbose: false };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    const [flag, inline] = arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = () => {
      const v = inline ?? rest[++i];
      if (v === undefined || v === '' || (inline === undefined && v.startsWith('--'))) {
        throw new UsageError(`${flag} needs a value`);
      }
      return v;
    };
    switch (flag) {
      case '--flink-version':
        args.flinkVersion = value();
        break;
      case '--out-dir':
        if (command !== 'extract') {
          throw new UsageError('--out-dir only applies to extract');
        }
        args.outDir = value();
        break;
      case '--jobs': {
        const raw = value();
        const jobs = Number(raw);
        if (!Number.isInteger(jobs) || jobs < 1 || jobs > 16) {
          throw new UsageError(`--jobs ${raw}: expected an integer from 1 to 16`);
        }
        args.jobs = jobs;
        break;
      }
      case '--verbose':
        args.verbose = true;
        break;
      default:
        throw new UsageError(`unknown argument "${arg}"`);
    }
  }
  return args;
}
