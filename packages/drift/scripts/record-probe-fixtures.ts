/**
 * Records `@flink-rest/testing`'s `fixtures/<line>/probe.json` for each line (default every
 * supported line; `npm run fixtures:probe -w @flink-rest/drift -- 2.3 1.18`): a real cluster
 * with the sample job running, probed once, one request at a time so placeholders are numbered
 * in the same order each time. Fixtures answer the offline tests of `flink-drift probe`.
 */
import os from 'node:os';
import path from 'node:path';
import { fixturePath, fixturesDir, renderFixture } from '@flink-rest/testing';
import { supportedLines } from '@flink-rest/versions';
import writeFileAtomic from 'write-file-atomic';
import { probeCluster } from '../src/probe.js';
import { probeFixture } from '../src/probe-fixture.js';
import { renderProbeText } from '../src/render-probe-text.js';
import { startSampleCluster } from '../test-live/sample-cluster.js';

const lines = process.argv.slice(2).length > 0 ? process.argv.slice(2) : supportedLines;
for (const line of lines) {
  process.stderr.write(`recording the probe of Flink ${line}\n`);
  const { cluster } = await startSampleCluster(line);
  try {
    const result = await probeCluster({ baseUrl: cluster.url, concurrency: 1 });
    process.stderr.write(renderProbeText(result.report));
    const fixture = probeFixture(result, [
      [cluster.workDir, '/tmp/flink-work'],
      [cluster.id, 'cluster-id'],
      [os.homedir(), '/home/flink'],
      [os.tmpdir(), '/tmp'],
    ]);
    const file = fixturePath(line, fixture.scenario, fixturesDir);
    await writeFileAtomic(file, renderFixture(fixture));
    process.stderr.write(
      `wrote ${path.relative(process.cwd(), file)} (${fixture.exchanges.length} exchanges)\n`,
    );
  } finally {
    await cluster.stop();
  }
}
