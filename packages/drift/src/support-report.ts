import path from 'node:path';
import { type CallBreak, checkCall } from './check-call.js';
import { pointerOf } from './field-use.js';
import { operationsOf } from './operations.js';
import { isObject } from './resolve-ref.js';
import type { UsageSite } from './scan-usage.js';

/** Whether a call (or every call) works against a version. */
export type SupportStatus = 'ok' | 'broken';

/** One call site of the code, what it passes and reads, and its status in each version. */
export interface SupportCall {
  /** `METHOD /path` as the code names it. */
  readonly operation: string;
  /** `file:line`, relative to the scanned directory. */
  readonly at: string;
  /** `GET` for a raw call, the helper's name (`savepoints.trigger`) otherwise. */
  readonly via: string;
  /** Parameters passed: `query agg`, `path jobid`. */
  readonly parameters: readonly string[];
  /** Body fields passed, as pointers: `programArgsList`, `flinkConfiguration.k`. */
  readonly body: readonly string[];
  /** Response fields read, as pointers: `root-exception`, `vertices[].name`. */
  readonly reads: readonly string[];
  /** Line → status, in the order of `versions`. */
  readonly status: Readonly<Record<string, SupportStatus>>;
}

/** A reason a call breaks in a version, with the call. */
export interface SupportBreak extends CallBreak {
  readonly operation: string;
  readonly at: string;
  readonly via: string;
}

/** One supported Flink line and how the code fares against its pinned spec. */
export interface VersionSupport {
  /** `2.0`. */
  readonly line: string;
  /** The spec's `info.version`: `v1/2.0.2`. */
  readonly version?: string;
  /** Whether `--flink-version` asks for this line. */
  readonly inRange: boolean;
  readonly status: SupportStatus;
  /** In call order. */
  readonly breaks: readonly SupportBreak[];
}

/** What `flink-drift support` finds: every call, every version, every break. */
export interface SupportReport {
  /** The directory scanned, as given. */
  readonly dir: string;
  /** The lines `--flink-version` names, oldest first. */
  readonly range: readonly string[];
  /** Call sites, in file order. */
  readonly calls: readonly SupportCall[];
  /** Every supported line, oldest first. */
  readonly versions: readonly VersionSupport[];
  readonly summary: {
    /** Lines where every call works. */
    readonly supported: readonly string[];
    /** Lines where some call breaks. */
    readonly broken: readonly string[];
    /** Lines of `range` where some call breaks: the exit status is 1 when there is one. */
    readonly brokenInRange: readonly string[];
  };
}

/** A pinned spec to check against. */
export interface SupportSpec {
  readonly line: string;
  readonly document: unknown;
}

const infoVersion = (doc: unknown): string | undefined =>
  isObject(doc) && isObject(doc.info) && typeof doc.info.version === 'string'
    ? doc.info.version
    : undefined;

/**
 * Checks every call site against every spec (`checkCall`) and gathers the matrix. `dir` is
 * what `file:line`s are relative to; `range` the lines that count for the exit status. Pure.
 */
export function supportReport(
  specs: readonly SupportSpec[],
  sites: readonly UsageSite[],
  options: { readonly dir: string; readonly range: readonly string[] },
): SupportReport {
  const { dir, range } = options;
  const located = sites.map((site) => ({
    site,
    at: `${path.relative(dir, site.file)}:${site.line}`,
  }));
  const results = specs.map(({ line, document }) => {
    const operations = operationsOf(document);
    const perCall = located.map(({ site }) => checkCall(document, operations, site));
    return { line, document, perCall };
  });
  const versions: VersionSupport[] = results.map(({ line, document, perCall }) => {
    const breaks = perCall.flatMap((callBreaks, i) => {
      const { site, at } = located[i] as (typeof located)[number];
      return callBreaks.map((b) => ({ operation: site.operation, at, via: site.via, ...b }));
    });
    const version = infoVersion(document);
    return {
      line,
      ...(version === undefined ? {} : { version }),
      inRange: range.includes(line),
      status: breaks.length === 0 ? 'ok' : 'broken',
      breaks,
    };
  });
  const calls: SupportCall[] = located.map(({ site, at }, i) => ({
    operation: site.operation,
    at,
    via: site.via,
    parameters: (site.parameters ?? []).map((p) => `${p.in} ${p.name}`),
    body: (site.body ?? []).map((f) => pointerOf(f.path)),
    reads: (site.reads ?? []).map((f) => pointerOf(f.path)),
    status: Object.fromEntries(
      results.map(({ line, perCall }) => [line, (perCall[i]?.length ?? 0) === 0 ? 'ok' : 'broken']),
    ),
  }));
  const lines = (wanted: (v: VersionSupport) => boolean) =>
    versions.filter(wanted).map((v) => v.line);
  return {
    dir,
    range,
    calls,
    versions,
    summary: {
      supported: lines((v) => v.status === 'ok'),
      broken: lines((v) => v.status === 'broken'),
      brokenInRange: lines((v) => v.status === 'broken' && v.inRange),
    },
  };
}
