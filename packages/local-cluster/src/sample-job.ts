import { createHash } from 'node:crypto';
import { access, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheDir } from './cache-dir.js';
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

/** Options of {@link buildSampleJob}. */
export interface BuildSampleJobOptions {
  /** Extra Maven arguments, e.g. `['-o']` to build offline. */
  readonly mavenArgs?: readonly string[];
}

/**
 * Builds the sample job with Maven (once per source digest; later calls reuse the jar) and
 * returns the jar's path. The jar runs on every supported Flink version.
 */
export async function buildSampleJob(options: BuildSampleJobOptions = {}): Promise<string> {
  const buildDir = path.join(cacheDir(), 'sample-job', await projectDigest());
  const jar = path.join(buildDir, 'flink-rest-sample-job.jar');
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
