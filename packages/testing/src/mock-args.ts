import { supportedLines } from '@flink-rest/versions';
import { TestingError } from './errors.js';
import { checkLine } from './fixture-files.js';

/** `flink-mock-jobmanager`'s arguments, checked. */
export interface MockArgs {
  readonly flinkVersion: string;
  readonly port: number;
  readonly scenario: string;
}

/** The CLI's one-line usage, appended to its argument errors. */
export const MOCK_USAGE =
  'usage: flink-mock-jobmanager --flink-version <x.y> [--port N] [--scenario lifecycle]';

/** `flink-mock-jobmanager --help`. */
export const MOCK_HELP = `${MOCK_USAGE}

Serves, on 127.0.0.1, what a real JobManager of that Flink line answered when the scenario was
recorded, and GET /v1/api-docs (the line's spec with our overlays). Prints its URL, then runs
until SIGINT or SIGTERM.

  --flink-version <x.y>  one of ${supportedLines.join(', ')}
  --port <N>             default 0: a free port
  --scenario <name>      default lifecycle
  -h, --help             show this help

Exit status: 0 stopped by a signal, 2 bad arguments, 1 anything else.
`;

/** Parses the CLI's arguments (`'help'` for -h/--help); every problem is a one-line USAGE error. */
export function parseMockArgs(argv: readonly string[]): MockArgs | 'help' {
  if (argv.includes('--help') || argv.includes('-h')) return 'help';
  let flinkVersion: string | undefined;
  let port = 0;
  let scenario = 'lifecycle';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = argv[i + 1];
    if (arg !== '--flink-version' && arg !== '--port' && arg !== '--scenario') {
      throw new TestingError('USAGE', `unknown argument ${JSON.stringify(arg)}; ${MOCK_USAGE}`);
    }
    if (value === undefined || value.startsWith('--')) {
      throw new TestingError('USAGE', `${arg} needs a value; ${MOCK_USAGE}`);
    }
    i++;
    if (arg === '--flink-version') flinkVersion = checkLine(value, '--flink-version');
    else if (arg === '--scenario') scenario = value;
    else {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 0 || n > 65_535) {
        throw new TestingError(
          'USAGE',
          `--port must be a whole number from 0 to 65535, got ${value}`,
        );
      }
      port = n;
    }
  }
  if (flinkVersion === undefined) {
    throw new TestingError(
      'USAGE',
      `--flink-version is required (one of ${supportedLines.join(', ')}); ${MOCK_USAGE}`,
    );
  }
  return { flinkVersion, port, scenario };
}
