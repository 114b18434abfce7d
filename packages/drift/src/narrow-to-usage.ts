import type { DriftReport } from './change.js';
import { summarize } from './diff-specs.js';
import { keyShape } from './operations.js';

/** A call site: where the code calls an operation. */
export interface CallSite {
  /** `METHOD /path` as the code names it. */
  readonly operation: string;
  /** `file:line`, as it should appear in the report. */
  readonly at: string;
}

export interface UsageFilter {
  /** Operations the code calls (`METHOD /path`; path parameter names need not match). */
  readonly used: ReadonlySet<string>;
  /** The operations of both specs, to tell which used ones exist. */
  readonly known: Iterable<string>;
  /** The directory that was scanned, for the report. */
  readonly dir?: string;
  /** Where each call is, to list the callers of changed operations. */
  readonly sites?: readonly CallSite[];
}

/** The report restricted to the operations the code calls, with a `usage` summary. */
export function narrowToUsage(report: DriftReport, filter: UsageFilter): DriftReport {
  const { used, dir, sites = [] } = filter;
  const usedShapes = new Set([...used].map(keyShape));
  const knownShapes = new Set([...filter.known].map(keyShape));
  const changes = report.changes.filter((c) => usedShapes.has(keyShape(c.operation)));
  const unmatched = [...used].filter((u) => !knownShapes.has(keyShape(u))).sort();
  const callers: Record<string, string[]> = {};
  for (const operation of new Set(changes.map((c) => c.operation))) {
    const at = sites.filter((s) => keyShape(s.operation) === keyShape(operation)).map((s) => s.at);
    if (at.length > 0) callers[operation] = [...new Set(at)];
  }
  return {
    ...report,
    summary: summarize(changes),
    changes,
    usage: {
      used: used.size,
      matched: used.size - unmatched.length,
      unmatched,
      ...(dir === undefined ? {} : { dir }),
      ...(sites.length === 0 ? {} : { callers }),
    },
  };
}
