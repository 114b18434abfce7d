#!/usr/bin/env node
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { supportedVersions } from '@flink-rest/versions';
import { extractRelease } from './extract.js';
import { ensureExtractorJar } from './extractor-jar.js';
import { mapWithLimit } from './map-limit.js';
import { packageRoot, specsDir } from './paths.js';
import { resolveReleaseClasspath } from './release-classpath.js';

/**
 * `npm run bench`: times extraction of every supported version with a warm Maven cache and
 * writes .bench/results.json ({title, rows: [{name, value, unit, note}]}). Nothing is written to
 * specs/: extraction happens in memory.
 */
interface Row {
  name: string;
  value: number;
  unit: 's';
  note: string;
}

const round = (s: number) => Math.round(s * 10) / 10;

async function main(): Promise<void> {
  const releases = supportedVersions;
  const rows: Row[] = [];

  let t = performance.now();
  const jar = await ensureExtractorJar();
  rows.push({
    name: 'extractor jar',
    value: round((performance.now() - t) / 1000),
    unit: 's',
    note: 'mvn package when the Java sources changed, else a hash check',
  });

  // Warm-up, untimed: downloads whatever ~/.m2 lacks, so the rows below measure a warm cache.
  for (const release of releases) {
    await resolveReleaseClasspath(release.version, '17.0');
  }

  let sum = 0;
  for (const release of releases) {
    const { timings } = await extractRelease(release, jar, specsDir);
    const total = timings.resolveS + timings.extractS;
    sum += total;
    rows.push({
      name: `Flink ${release.version}`,
      value: round(total),
      unit: 's',
      note: `Maven classpath ${timings.resolveS.toFixed(1)} s + extractor JVM ${timings.extractS.toFixed(1)} s`,
    });
  }
  rows.push({
    name: `all ${releases.length} versions, one at a time`,
    value: round(sum),
    unit: 's',
    note: 'sum of the rows above (--jobs 1, the specs:check default)',
  });

  t = performance.now();
  await mapWithLimit(releases, 2, (release) => extractRelease(release, jar, specsDir));
  rows.push({
    name: `all ${releases.length} versions, --jobs 2`,
    value: round((performance.now() - t) / 1000),
    unit: 's',
    note: `wall clock on ${availableParallelism()} CPUs`,
  });

  const results = { title: 'Spec extraction per Flink version (warm Maven cache)', rows };
  const dir = join(packageRoot, '.bench');
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`, 'utf8');
  for (const row of rows) {
    process.stdout.write(
      `${row.name.padEnd(48)} ${String(row.value).padStart(6)} s  ${row.note}\n`,
    );
  }
  process.stdout.write(`wrote ${join(dir, 'results.json')}\n`);
}

main().catch((error: Error) => {
  process.stderr.write(`bench: ${error.message}\n`);
  process.exit(1);
});
