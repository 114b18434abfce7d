import { fileURLToPath } from 'node:url';
import { checkLine, loadFixtures, TestingError } from '@flink-rest/testing';
import { supportedLines } from '@flink-rest/versions';
import { checkVersion, isProven, renderReport } from './spec-vs-reality.js';
import { writeFileAtomically } from './write-file.js';

/**
 * `npm run spec-report [-- <line>...]`: writes this package's .reports/spec-vs-reality.md (the
 * same report `npm test` writes) and prints one line per version.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const lines = args.length > 0 ? args.map((a) => checkLine(a, 'version')) : [...supportedLines];
  const reports = [];
  for (const line of lines) {
    const r = await checkVersion(line, await loadFixtures(line));
    reports.push(r);
    const unproven = r.overlays.filter((o) => !isProven(o)).map((o) => o.id);
    const byPresence = r.overlays
      .filter((o) => o.withoutIt.length === 0 && isProven(o))
      .map((o) => o.id);
    console.log(
      `${line}: ${r.extracted.length} mismatches as extracted, ${r.corrected.length} with every overlay; proven only by the properties they add: ${byPresence.join(', ') || 'none'}; not proven: ${unproven.join(', ') || 'none'}`,
    );
  }
  const file = fileURLToPath(new URL('../.reports/spec-vs-reality.md', import.meta.url));
  await writeFileAtomically(file, renderReport(reports));
  console.log(`wrote ${file}`);
}

main().catch((error) => {
  console.error(`spec-report: ${(error as Error).message}`);
  process.exit(error instanceof TestingError && error.code === 'UNKNOWN_VERSION' ? 2 : 1);
});
