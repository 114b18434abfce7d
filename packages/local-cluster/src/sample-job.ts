import { createHash } from 'node:crypto';
import { access, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheDir } from './cache-dir.js';
import { LocalClusterError } from './errors.js';
import { runMaven } from './run-maven.js';
import { checkToolchain } from './toolchain.js';

/** The Maven project of the sample job, shipped with this package. */
export const sampleJobProject = fileURLToPath(new URL('../sample-job/', import.meta.url));

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** A digest of the pom and sources: a changed source builds into a new directory. */
async function projectDigest(): Promise<string> {
  const hash = createHash('sha256');
  const files = [
    path.join(sampleJobProject, 'pom.xml'),
    ...(await sourceFiles(path.join(sampleJobProject, 'src'))),
  ];
  for (const file of files) {
    hash.update(path.relative(sampleJobProject, file));
    hash.update(await readFile(file));
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * Which jar of the sample job to build. All have the same operators, uids and state, so a
 * savepoint of one restores into another:
 * - `'v1'`: the sample job (its `sampleVersion` gauge is 1);
 * - `'v2'`: the same job reporting `sampleVersion` 2, in output and gauge: an upgrade target;
 * - `'broken'`: version 3, whose keyed operator throws on its first record, so the job restarts
 *   over and over: an upgrade that must be rolled back.
 */
export type SampleJobVariant = 'v1' | 'v2' | 'broken';

const VARIANTS: Record<SampleJobVariant, { jar: string; maven: readonly string[] }> = {
  v1: { jar: 'flink-rest-sample-job', maven: [] },
  v2: { jar: 'flink-rest-sample-job-v2', maven: ['-Dsample.version=2'] },
  broken: {
    jar: 'flink-rest-sample-job-broken',
    maven: ['-Dsample.version=3', '-Dsample.broken=true'],
  },
};

/** Options of {@link buildSampleJob}. */
export interface BuildSampleJobOptions {
  /** Extra Maven arguments, e.g. `['-o']` to build offline. */
  readonly mavenArgs?: readonly string[];
  /** Which jar; default `'v1'`. Each variant is its own file, named after it. */
  readonly variant?: SampleJobVariant;
}

/**
 * Builds the sample job with Maven (once per source digest; later calls reuse the jar) and
 * returns the jar's path. The jar runs on every supported Flink version.
 */
export async function buildSampleJob(options: BuildSampleJobOptions = {}): Promise<string> {
  const name = options.variant ?? 'v1';
  if (!Object.hasOwn(VARIANTS, name)) {
    throw new LocalClusterError(
      'INVALID_OPTION',
      `variant ${JSON.stringify(options.variant)} must be one of ${Object.keys(VARIANTS).join(', ')}`,
    );
  }
  const variant = VARIANTS[name];
  const suffix = name === 'v1' ? '' : `-${name}`;
  const buildDir = path.join(cacheDir(), 'sample-job', `${await projectDigest()}${suffix}`);
  const jar = path.join(buildDir, `${variant.jar}.jar`);
  try {
    await access(jar);
    return jar;
  } catch {
    // Not built yet.
  }
  const toolchain = await checkToolchain();
  await runMaven(
    [
      '-f',
      path.join(sampleJobProject, 'pom.xml'),
      'package',
      `-Dsample.buildDirectory=${buildDir}`,
      `-Dsample.finalName=${variant.jar}`,
      ...variant.maven,
    ],
    {
      what: 'Maven could not build the sample job',
      mvn: toolchain.mvn,
      mavenArgs: options.mavenArgs,
      logFile: path.join(cacheDir(), 'sample-job', 'maven.log'),
    },
  );
  return jar;
}
