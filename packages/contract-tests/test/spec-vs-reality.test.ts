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
import { knownGaps, unprovableOverlays } from './known-gaps.js';

const reportFile = fileURLToPath(new URL('../.reports/spec-vs-reality.md', import.meta.url));
const reports: VersionReport[] = [];

afterAll(async () => {
  if (reports.length === 0) return;
  reports.sort((a, b) => supportedLines.indexOf(a.version) - supportedLines.indexOf(b.version));
  await mkdir(fileURLToPath(new URL('../.reports/', import.meta.url)), { recursive: true });
  await writeFile(reportFile, renderReport(reports));
});

const gapOf = (m: Mismatch) =>
  knownGaps.find(
    (g) =>
      g.versions.includes(m.version) &&
      g.operation === m.operation &&
      g.pointer.test(m.pointer) &&
      g.expected === m.expected &&
      g.actual.test(m.actual),
  );

const show = (list: readonly Mismatch[]) =>
  list.map((m) => `${m.operation} ${m.part} ${m.pointer}: ${m.expected} vs ${m.actual}`);

describe.each(supportedLines)('Flink %s fixtures against the spec', (line) => {
  let report: VersionReport;
  beforeAll(async () => {
    report = await checkVersion(line, await loadFixtures(line));
    reports.push(report);
  }, 120_000);

  it('as extracted, the spec disagrees with what Flink sent', () => {
    expect(report.extracted.length).toBeGreaterThan(report.corrected.length);
  });

  it('with every overlay, nothing disagrees but the known gaps (each still seen)', () => {
    expect(show(report.corrected.filter((m) => !gapOf(m)))).toEqual([]);
    const seen = new Set(report.corrected.map(gapOf));
    const stale = knownGaps.filter((g) => g.versions.includes(line) && !seen.has(g));
    expect(stale.map((g) => `${g.operation} ${g.pointer}`)).toEqual([]);
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
