import type { DriftReport } from './change.js';
import { summarize } from './diff-specs.js';
import { keyShape } from './operations.js';

/**
 * The report restricted to the operations in `used` (`METHOD /path`; path parameter names
 * need not match), with a `usage` summary. `known` are the operations of both specs, to count
 * which used ones exist.
 */
export function narrowToUsage(
  report: DriftReport,
  used: ReadonlySet<string>,
  known: Iterable<string>,
  dir?: string,
): DriftReport {
  const usedShapes = new Set([...used].map(keyShape));
  const knownShapes = new Set([...known].map(keyShape));
  const changes = report.changes.filter((c) => usedShapes.has(keyShape(c.operation)));
  const unmatched = [...used].filter((u) => !knownShapes.has(keyShape(u))).sort();
  return {
    ...report,
    summary: summarize(changes),
    changes,
    usage: {
      used: used.size,
      matched: used.size - unmatched.length,
      unmatched,
      ...(dir === undefined ? {} : { dir }),
    },
  };
}
