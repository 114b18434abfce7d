import { basename } from 'node:path';
import { compareSpecs, formatReport } from '@flink-rest/drift';
import { parse } from 'yaml';

/**
 * Up to `max` lines where two texts differ, after their common prefix, as
 * "line N: committed | extracted" pairs. Enough to show what moved without a diff library.
 */
export function firstDifferingLines(committed: string, extracted: string, max = 8): string[] {
  const a = committed.split('\n');
  const b = extracted.split('\n');
  const out: string[] = [];
  let shown = 0;
  for (let i = 0; i < Math.max(a.length, b.length) && shown < max; i++) {
    if (a[i] !== b[i]) {
      shown++;
      out.push(
        `  line ${i + 1}:`,
        `    committed: ${a[i] ?? '<end of file>'}`,
        `    extracted: ${b[i] ?? '<end of file>'}`,
      );
    }
  }
  return out;
}

/** Why a committed file differs from a fresh extraction, readable in a CI log. */
export function describeDrift(
  path: string,
  committed: string | undefined,
  extracted: string,
): string {
  if (committed === undefined) {
    return `${path}: missing (run npm run specs:extract)`;
  }
  const lines = [`${path}: differs from a fresh extraction`];
  if (basename(path).endsWith('.yaml')) {
    const differences = compareSpecs(parse(committed), parse(extracted));
    if (differences.length > 0) {
      lines.push(
        formatReport('committed', 'extracted', differences).trimEnd().replace(/^/gm, '  '),
      );
    } else {
      lines.push('  same API; formatting or comments differ:');
    }
  }
  lines.push(...firstDifferingLines(committed, extracted));
  return lines.join('\n');
}
