import type { FlinkRelease } from '@flink-rest/versions';
import { CodegenError } from './errors.js';

/** What a pinned spec holds, for the `spec-table` marker. */
export interface SpecFacts {
  readonly line: string;
  readonly version: string;
  /** The flink-shaded release the Flink release was built with. */
  readonly flinkShaded: string;
  readonly paths: number;
  readonly operations: number;
  readonly schemas: number;
  /** `METHOD /path` of each operation flagged `x-flink-excluded-from-docs`, sorted by path. */
  readonly hidden: readonly string[];
}

/**
 * The kinds of marker, each rendering the version matrix one way:
 * `<!-- flink-versions:releases -->1.18.1, …, 2.3.0<!-- /flink-versions -->`,
 * `lines` (`1.18, …, 2.3`), `range` (`1.18 – 2.3`), and `spec-table`, a Markdown table of
 * what each pinned spec holds (needs `specs`).
 */
export const MARKER_KINDS = ['releases', 'lines', 'range', 'spec-table'] as const;
export type MarkerKind = (typeof MARKER_KINDS)[number];

const MARKER = /<!-- flink-versions:([a-z-]+) -->([\s\S]*?)<!-- \/flink-versions -->/g;
const OPENING = /<!-- flink-versions:([a-z-]+) -->/g;

function lineNumber(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/** A Markdown table with every column padded to its widest cell, as Biome formats one. */
function markdownTable(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = head.map((h, i) => Math.max(3, h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const row = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [row(head), row(widths.map((w) => '-'.repeat(w))), ...rows.map(row)].join('\n');
}

function specTable(specs: readonly SpecFacts[]): string {
  let since: SpecFacts | undefined;
  const rows = specs.map((s) => {
    const same = since !== undefined && since.hidden.join() === s.hidden.join();
    if (!same) since = s;
    const hidden = same
      ? `same as ${since?.line}`
      : s.hidden.map((h) => `\`${h}\``).join(', ') || 'none';
    return [
      `\`flink-${s.line}/\``,
      s.version,
      s.flinkShaded,
      String(s.paths),
      String(s.operations),
      String(s.schemas),
      hidden,
    ];
  });
  return markdownTable(
    [
      'folder',
      'Flink',
      'flink-shaded',
      'paths',
      'operations',
      'schemas',
      "hidden from Flink's docs (kept, flagged)",
    ],
    rows,
  );
}

function render(
  kind: MarkerKind,
  versions: readonly FlinkRelease[],
  specs: readonly SpecFacts[] | undefined,
): string {
  switch (kind) {
    case 'releases':
      return versions.map((v) => v.version).join(', ');
    case 'lines':
      return versions.map((v) => v.line).join(', ');
    case 'range':
      return `${versions[0]?.line} – ${versions.at(-1)?.line}`;
    case 'spec-table':
      return `\n${specTable(specs ?? [])}\n`;
  }
}

/** The marker kinds `text` uses, to know whether the specs must be read for it. */
export function markerKinds(text: string): Set<string> {
  return new Set(Array.from(text.matchAll(OPENING), (m) => m[1] as string));
}

/**
 * `text` (of the Markdown file `file`) with the content between each pair of
 * `<!-- flink-versions:<kind> -->` and `<!-- /flink-versions -->` replaced by the matrix, as
 * its kind says. A file without a marker, an unknown kind or an unclosed marker is an error
 * naming the file and line: a README named on the command line must have something to keep
 * up to date.
 */
export function renderReadmeVersions(
  text: string,
  file: string,
  versions: readonly FlinkRelease[],
  specs?: readonly SpecFacts[],
): string {
  const fail = (offset: number, problem: string): never => {
    throw new CodegenError('GENERATION_FAILED', `${file}:${lineNumber(text, offset)}: ${problem}`, {
      where: file,
    });
  };
  const openings = Array.from(text.matchAll(OPENING));
  if (openings.length === 0) {
    fail(0, 'has no <!-- flink-versions:<kind> --> … <!-- /flink-versions --> marker');
  }
  const closed = new Set(Array.from(text.matchAll(MARKER), (m) => m.index));
  for (const opening of openings) {
    const kind = opening[1] as string;
    if (!(MARKER_KINDS as readonly string[]).includes(kind)) {
      fail(opening.index, `unknown marker kind "${kind}"; known: ${MARKER_KINDS.join(', ')}`);
    }
    if (!closed.has(opening.index)) {
      fail(opening.index, `marker flink-versions:${kind} has no <!-- /flink-versions -->`);
    }
  }
  return text.replace(
    MARKER,
    (_all, kind: MarkerKind) =>
      `<!-- flink-versions:${kind} -->${render(kind, versions, specs)}<!-- /flink-versions -->`,
  );
}
