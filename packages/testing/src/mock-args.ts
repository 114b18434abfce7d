import { ContractError } from '../recording/errors.js';
import { checkLine, supportedLines } from '../recording/fixture-files.js';

export interface MockArgs {
  readonly flinkVersion: string;
  readonly port: number;
  readonly scenario: string;
}

export const MOCK_USAGE =
  'usage: flink-mock-jobmanager --flink-version <x.y> [--port N] [--scenario lifecycle]';

/** Parses the CLI's arguments; every problem is a one-line USAGE error. */
export function parseMockArgs(argv: readonly string[]): MockArgs {
  let flinkVersion: string | undefined;
  let port = 0;
  let scenario = 'lifecycle';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = argv[i + 1];
    if (arg !== '--flink-version' && arg !== '--port' && arg !== '--scenario') {
      throw new ContractError('USAGE', `unknown argument ${JSON.stringify(arg)}; ${MOCK_USAGE}`);
    }
    if (value === undefined || value.startsWith('--')) {
      throw new ContractError('USAGE', `${arg} needs a value; ${MOCK_USAGE}`);
    }
    i++;
    if (arg === '--flink-version') flinkVersion = checkLine(value, '--flink-version');
    else if (arg === '--scenario') scenario = value;
    else {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 0 || n > 65_535) {
        throw new ContractError(
          'USAGE',
          `--port must be a whole number from 0 to 65535, got ${value}`,
        );
      }
      port = n;
    }
  }
  if (flinkVersion === undefined) {
    throw new ContractError(
      'USAGE',
      `--flink-version is required (one of ${supportedLines.join(', ')}); ${MOCK_USAGE}`,
    );
  }
  return { flinkVersion, port, scenario };
}
