import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { supportedLines } from '@flink-rest/versions';
import { TestingError } from './errors.js';
import { type Fixture, parseFixture } from './fixture-format.js';

/**
 * The recorded fixtures shipped with this package: `<fixturesDir>/<line>/<scenario>.json`.
 * Other packages (the contract suite's recorder) find them here rather than by a relative path.
 */
export const fixturesDir: string = fileURLToPath(new URL('../fixtures', import.meta.url));

/** Returns `line` if it is a supported Flink line; else a one-line `UNKNOWN_VERSION` error. */
export function checkLine(line: string, where = 'flinkVersion'): string {
  if (!supportedLines.includes(line)) {
    throw new TestingError(
      'UNKNOWN_VERSION',
      `${where} ${JSON.stringify(line)} is not a supported Flink line; supported: ${supportedLines.join(', ')}`,
    );
  }
  return line;
}

/** `<dir>/<line>/<scenario>.json`; `dir` defaults to `fixturesDir`. */
export function fixturePath(line: string, scenario: string, dir = fixturesDir): string {
  return path.join(dir, line, `${scenario}.json`);
}

function cannotRead(file: string, error: unknown): TestingError {
  const why = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  return new TestingError('FIXTURE_MISSING', `${file}: cannot read (${why})`);
}

/** Reads and checks one fixture file; every error names the file. */
export async function readFixtureFile(file: string): Promise<Fixture> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw cannotRead(file, error);
  }
  return parseFixture(text, file);
}

/**
 * Reads `<dir>/<line>/<scenario>.json` synchronously, so it fits in `setupServer(...)`.
 * Default scenario `lifecycle`, default `dir` this package's fixtures.
 */
export function readFixtureSync(line: string, scenario = 'lifecycle', dir?: string): Fixture {
  checkLine(line);
  const file = fixturePath(line, scenario, dir);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw cannotRead(file, error);
  }
  return parseFixture(text, file);
}

/** Every fixture of a line (or one scenario of it), sorted by scenario name. */
export async function loadFixtures(
  line: string,
  options: { scenario?: string; dir?: string } = {},
): Promise<Fixture[]> {
  checkLine(line);
  const dir = options.dir ?? fixturesDir;
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
    throw new TestingError(
      'FIXTURE_MISSING',
      `${path.join(dir, line)}: no fixtures for Flink ${line}`,
    );
  }
  return Promise.all(names.map((n) => readFixtureFile(path.join(dir, line, n))));
}
