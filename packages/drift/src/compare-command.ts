import { describeSide, formatReport } from './compare-report.js';
import { compareSpecs, countsAsDifference } from './compare-specs.js';
import type { CompareCommand } from './parse-args.js';
import { loadSpecPairs } from './spec-pairs.js';

/** What `flink-drift compare` prints, and whether the specs disagree on the API. */
export interface CompareOutcome {
  /** One report per pair of specs, then the specs that found no partner. */
  readonly text: string;
  /** Some pair differs in more than `info` (title, version). */
  readonly different: boolean;
}

/** Runs `compare`: loads both sides, compares each pair, and formats the reports. */
export async function runCompare(command: CompareCommand): Promise<CompareOutcome> {
  const { pairs, unpaired } = await loadSpecPairs(command.from, command.to, command.overlays);
  let different = false;
  const reports = pairs.map(([a, b]) => {
    const differences = compareSpecs(a.document, b.document);
    different ||= differences.some(countsAsDifference);
    return formatReport(
      describeSide(a.label, a.document),
      describeSide(b.label, b.document),
      differences,
    );
  });
  if (unpaired.length > 0) {
    reports.push(`Not compared (no partner):\n${unpaired.map((u) => `  ${u}`).join('\n')}\n`);
  }
  return { text: reports.join('\n'), different };
}
