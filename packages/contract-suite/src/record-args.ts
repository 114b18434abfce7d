import { checkLine, TestingError } from '@flink-rest/testing';
import { supportedLines } from '@flink-rest/versions';

/** `fixtures:record -- --flink-version <x.y|all> [--scenario name]`: one cluster at a time. */
export function parseRecordArgs(argv: readonly string[]): { lines: string[]; scenario: string } {
  let version: string | undefined;
  let scenario = 'lifecycle';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = argv[i + 1];
    if (arg === '--flink-version' || arg === '--scenario') {
      if (value === undefined || value.startsWith('--'))
        throw new TestingError('USAGE', `${arg} needs a value`);
      if (arg === '--flink-version') version = value;
      else scenario = value;
      i++;
    } else {
      throw new TestingError('USAGE', `unknown argument ${JSON.stringify(arg)}`);
    }
  }
  if (version === undefined)
    throw new TestingError(
      'USAGE',
      `--flink-version <${supportedLines.join('|')}|all> is required`,
    );
  const lines = version === 'all' ? [...supportedLines] : [checkLine(version, '--flink-version')];
  return { lines, scenario };
}
