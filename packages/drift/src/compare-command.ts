#!/usr/bin/env node
import { describeSide, formatReport } from './compare-report.js';
import { compareSpecs, countsAsDifference } from './compare-specs.js';
import { UsageError } from './errors.js';
import { isMain } from './is-main.js';
import { loadPairs } from './load-specs.js';
import { userPath } from './user-path.js';

const USAGE = 'usage: compare-specs <a.yaml|folder> <b.yaml|folder>';

/**
 * `compare-specs <a> <b>`: prints the operation, parameter and schema differences of two specs
 * (or of the specs with the same title and API version in two folders).
 * Exit codes: 0 same API, 1 differences found, 2 bad arguments.
 */
export async function main(argv: string[], print: (text: string) => void): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    print(`${USAGE}\n`);
    return 0;
  }
  const positional = argv.filter((arg) => !arg.startsWith('-'));
  const unknown = argv.find((arg) => arg.startsWith('-'));
  if (unknown) {
    throw new UsageError(`unknown option ${unknown} (${USAGE})`);
  }
  if (positional.length !== 2) {
    throw new UsageError(`expected two arguments, got ${positional.length} (${USAGE})`);
  }
  const [a, b] = (positional as [string, string]).map((path) => userPath(path));
  const { pairs, unpaired } = await loadPairs(a as string, b as string);
  let different = false;
  for (const [specA, specB] of pairs) {
    const differences = compareSpecs(specA.spec, specB.spec);
    different ||= differences.some(countsAsDifference);
    print(
      formatReport(
        describeSide(specA.file, specA.spec),
        describeSide(specB.file, specB.spec),
        differences,
      ),
    );
  }
  if (unpaired.length > 0) {
    print(`Not compared (no partner):\n${unpaired.map((u) => `  ${u}`).join('\n')}\n`);
  }
  return different ? 1 : 0;
}

if (isMain(import.meta.url)) {
  main(process.argv.slice(2), (text) => process.stdout.write(text)).then(
    (code) => process.exit(code),
    (error: Error) => {
      process.stderr.write(`compare-specs: ${error.message}\n`);
      process.exit(error instanceof UsageError ? 2 : 1);
    },
  );
}
