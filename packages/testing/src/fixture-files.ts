import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { supportedLines } from '@flink-rest/versions';
import { ContractError } from './errors.js';
import { type Fixture, parseFixture } from './fixture-format.js';

/** `packages/contract-tests/fixtures` (from `src/recording` and from `dist/recording`). */
export const defaultFixturesDir = fileURLToPath(new URL('../../fixtures', import.meta.url));

export { supportedLines };

/** Throws a one-line error for a line outside the matrix. */
export function checkLine(line: string, where = 'flinkVersion'): string {
  if (!supportedLines.includes(line)) {
    throw new ContractError(
      'UNKNOWN_VERSION',
      `${where} ${JSON.stringify(line)} is not a supported Flink line; supported: ${supportedLines.join(', ')}`,
    );
  }
  return line;
}

export function fixturePath(line: string, scenario: string, dir = defaultFixturesDir): string {
  return path.join(dir, line, `${scenario}.json`);
}

/** Reads and checks one fixture file; the error names the file. */
export async function readFixtureFile(file: string): Promise<Fixture> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new ContractError(
      'FIXTURE_MISSING',
      `${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
  return parseFixture(text, file);
}

/** Every fixture of a line (or one scenario of it), sorted by scenario name. */
export async function loadFixtures(
  line: string,
  options: { scenario?: string; dir?: string } = {},
): Promise<Fixture[]> {
  checkLine(line);
  const dir = options.dir ?? defaultFixturesDir;
  if (options.scenario !== undefined) {
    return [await readFixtureFile(fixturePath(line, options.scenario, dir))];
  }
  let names: string[];
  try {
    names = (await readdir(path.join(dir, line))).filter((n) => n.endsWith('.json')).sort();
  } catch {
    names = [];
  }
  if (names.length === 0) {
    throw new ContractError(
      'FIXTURE_MISSING',
      `${path.join(dir, line)}: no fixtures for Flink ${line}`,
    );
  }
  return Promise.all(names.map((n) => readFixtureFile(path.join(dir, line, n))));
}
