import { writeFileAtomic } from './atomic-write.js';
import { ContractError } from './errors.js';
import { checkLine, loadFixtures, supportedLines } from './fixture-files.js';
import { checkVersion, isProven, renderReport } from './spec-vs-reality.js';

/** `npm run spec-report [-- <line>...]`: writes .reports/spec-vs-reality.md, prints a summary. */
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
  const file = new URL('../../.reports/spec-vs-reality.md', import.meta.url).pathname;
  await writeFileAtomic(file, renderReport(reports));
  console.log(`wrote ${file}`);
}

main().catch((error) => {
  console.error(`spec-report: ${(error as Error).message}`);
  process.exit(error instanceof ContractError && error.code === 'UNKNOWN_VERSION' ? 2 : 1);
});
