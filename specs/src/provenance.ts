import { SpecError } from './errors.js';
import { parseDocument } from './parse-document.js';
import { provenancePath } from './paths.js';
import { readText } from './read-text.js';

/** What a pinned spec was extracted from: `flink-<line>/provenance.json`, the parts we read. */
export interface Provenance {
  /** The exact Flink release, e.g. `2.3.0`. */
  readonly flinkVersion: string;
  /** The flink-shaded release that Flink release was built with, e.g. `21.0`. */
  readonly flinkShadedVersion: string;
  /** The spec file's `info.version` (`v1/2.3.0`) and sha256. */
  readonly spec: { readonly infoVersion: string; readonly sha256: string };
}

/**
 * Reads the provenance of a pinned line. A missing or malformed file is `READ_FAILED` or
 * `PARSE_ERROR`, naming the file (and the field that is missing).
 */
export async function loadProvenance(line: string, specsDir?: string): Promise<Provenance> {
  const file = provenancePath(line, specsDir);
  const text = await readText(file, 'the provenance');
  const doc = parseDocument(text, file, 'application/json') as Record<string, unknown> | null;
  const spec = doc?.spec as Record<string, unknown> | undefined;
  for (const [pointer, value] of [
    ['#/flinkVersion', doc?.flinkVersion],
    ['#/flinkShadedVersion', doc?.flinkShadedVersion],
    ['#/spec/infoVersion', spec?.infoVersion],
    ['#/spec/sha256', spec?.sha256],
  ] as const) {
    if (typeof value !== 'string') {
      throw new SpecError('PARSE_ERROR', `${file}: ${pointer} is not a string`, {
        where: file,
        pointer,
      });
    }
  }
  return {
    flinkVersion: doc?.flinkVersion as string,
    flinkShadedVersion: doc?.flinkShadedVersion as string,
    spec: { infoVersion: spec?.infoVersion as string, sha256: spec?.sha256 as string },
  };
}
