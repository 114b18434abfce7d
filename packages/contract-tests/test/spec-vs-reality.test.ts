import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFixtures, supportedLines } from '../src/recording/fixture-files.js';
import type { Mismatch } from '../src/recording/spec-validator.js';
import {
  checkVersion,
  renderReport,
  type VersionReport,
} from '../src/recording/spec-vs-reality.js';

const reportFile = fileURLToPath(new URL('../.reports/spec-vs-reality.md', import.meta.url));
const reports: VersionReport[] = [];

afterAll(async () => {
  if (reports.length === 0) return;
  reports.sort((a, b) => supportedLines.indexOf(a.version) - supportedLines.indexOf(b.version));
  await mkdir(fileURLToPath(new URL('../.reports/', import.meta.url)), { recursive: true });
  await writeFile(reportFile, renderReport(reports));
});

/**
 * Overlays that no leave-one-out validation can prove, because the spec as extracted already
 * accepts what Flink sends. The test checks that they still prove nothing.
 */
const unprovableOverlays: Readonly<Record<string, string>> = {
  'serialized-throwable-fields':
    'the extracted SerializedThrowable is an open object whose only property (serialized-throwable, binary) accepts any string, so class and stack-trace validate without the overlay',
};

const show = (list: readonly Mismatch[]) =>
  list.map((m) => `${m.operation} ${m.part} ${m.pointer}: ${m.expected} vs ${m.actual}`);

describe.each(supportedLines)('Flink %s fixtures against the spec', (line) => {
  let report: VersionReport;
  beforeAll(async () => {
    report = await checkVersion(line, await loadFixtures(line));
    reports.push(report);
  }, 120_000);

  it('as extracted, the spec disagrees with what Flink sent', () => {
    expect(report.extracted.length).toBeGreaterThan(0);
  });

  it('with every overlay, nothing disagrees', () => {
    expect(show(report.corrected)).toEqual([]);
  });

  it('each overlay is needed by some fixture, and no fixture contradicts one', () => {
    for (const o of report.overlays) {
      expect(show(o.contradicted), `${o.id} is contradicted`).toEqual([]);
      if (o.id in unprovableOverlays) {
        expect(show(o.withoutIt), `${o.id} is listed as unprovable but is proven`).toEqual([]);
      } else {
        expect(o.withoutIt.length, `${o.id}: no fixture needs it`).toBeGreaterThan(0);
      }
    }
  });
});
