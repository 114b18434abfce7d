import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type ExtractorJar, ensureExtractorJar } from '../src/extractor-jar.js';
import { specsDir } from '../src/paths.js';
import { runExtractor } from '../src/run-extractor.js';

// Needs Java 17, Maven and Maven Central (or a warm ~/.m2). Run: npm run test:live.

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

function runCli(args: string[]) {
  return spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 600_000 });
}

async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of (await readdir(dir)).sort()) {
    const path = join(dir, name);
    const content = await readFile(path);
    out[name] =
      `${createHash('sha256').update(content).digest('hex')} ${(await stat(path)).mtimeMs}`;
  }
  return out;
}

describe('extraction against real Flink releases', () => {
  let jar: ExtractorJar;
  beforeAll(async () => {
    jar = await ensureExtractorJar();
  });

  it('extracts Flink 2.3 end to end, identical to the committed spec', async () => {
    const out = await mkdtemp(join(tmpdir(), 'spec-extractor-live-'));
    const result = runCli(['extract', '--flink-version', '2.3', '--out-dir', out]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /^Flink 2\.3\.0: wrote .*jobmanager-v1\.yaml, .*provenance\.json/,
    );

    const text = await readFile(join(out, 'flink-2.3', 'jobmanager-v1.yaml'), 'utf8');
    const spec = parse(text);
    expect(spec.openapi).toBe('3.0.1');
    expect(spec.info.version).toBe('v1/2.3.0');
    // dispatcher and web-submission endpoints, and the hidden POST /jobs flagged
    expect(spec.paths['/jobs/overview'].get.operationId).toBe('getJobsOverview');
    expect(Object.keys(spec.paths['/jars/upload'].post.requestBody.content)).toEqual([
      'multipart/form-data',
    ]);
    expect(spec.paths['/jars/{jarid}/run'].post.responses['200']).toBeDefined();
    expect(spec.paths['/jobs'].post['x-flink-excluded-from-docs']).toBe(true);
    expect(spec.components.schemas.JobID).toEqual({ type: 'string', pattern: '[0-9a-f]{32}' });

    const provenance = JSON.parse(
      await readFile(join(out, 'flink-2.3', 'provenance.json'), 'utf8'),
    );
    expect(provenance.flinkVersion).toBe('2.3.0');
    expect(provenance.flinkShadedVersion).toBe('21.0');
    expect(provenance.spec.sha256).toBe(createHash('sha256').update(text).digest('hex'));
    expect(provenance.extractor.sourceSha256).toBe(jar.sourceSha256);

    expect(text).toBe(await readFile(join(specsDir, 'flink-2.3', 'jobmanager-v1.yaml'), 'utf8'));
  });

  it('fails in one line for a version that is not on Maven Central, leaving specs/ untouched', async () => {
    const committed = join(specsDir, 'flink-1.18');
    const before = await snapshot(committed);
    const result = runCli(['extract', '--flink-version', '1.18.99']);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^flink-spec-extractor: Flink 1\.18\.99: cannot resolve its jars from Maven Central \(mvn dependency:build-classpath in .*extractor\/?\): .*1\.18\.99/,
    );
    expect(await snapshot(committed)).toEqual(before);
  });

  it('reports an extractor crash in one line naming the version', async () => {
    // No Flink jars on the classpath: the JVM cannot even load the extractor's Flink types.
    await expect(runExtractor(jar.jar, [], '0.0.0')).rejects.toThrow(
      /^Flink 0\.0\.0: extractor failed \(org\.flinkrest\.specextractor\.Main\): .*(NoClassDefFound|ClassNotFound)/,
    );
  });
});
