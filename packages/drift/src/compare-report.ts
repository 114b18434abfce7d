import { type Difference, SECTIONS, schemasOf } from './compare-specs.js';
import { operationEntries } from './operations.js';

/** A label for one side of a comparison: "<name> (<title> <version>, N operations, M schemas)". */
export function describeSide(name: string, spec: unknown): string {
  const info = (spec as { info?: { title?: unknown; version?: unknown } })?.info ?? {};
  return `${name} (${String(info.title)} ${String(info.version)}, ${operationEntries(spec).length} operations, ${schemasOf(spec).size} schemas)`;
}

/**
 * The human-readable report of one comparison: sides `a` and `b` (see `describeSide`), then every
 * section with its differences, ending in a one-line summary.
 */
export function formatReport(a: string, b: string, differences: readonly Difference[]): string {
  const lines = [`A: ${a}`, `B: ${b}`, ''];
  const counts: string[] = [];
  for (const section of SECTIONS) {
    const inSection = differences.filter((d) => d.section === section);
    counts.push(`${inSection.length} ${section}`);
    if (inSection.length === 0) {
      lines.push(`${capitalise(section)}: no differences`);
      continue;
    }
    lines.push(`${capitalise(section)}: ${inSection.length} difference(s)`);
    for (const d of inSection) {
      lines.push(`  ${d.change.padEnd(9)}  ${d.location}${d.detail ? `  ${d.detail}` : ''}`);
    }
  }
  lines.push('', `Summary: ${counts.join(', ')}`);
  return `${lines.join('\n')}\n`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
