import { access, mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { runMaven } from './run-maven.js';
import type { Toolchain } from './toolchain.js';
import type { FlinkVersion } from './versions.js';

const DEPENDENCY_PLUGIN = 'org.apache.maven.plugins:maven-dependency-plugin:3.8.1';
/** One log4j for every line: Flink 1.18–2.3 all log through slf4j 1.7. */
const LOG4J_VERSION = '2.24.3';

/**
 * What a session cluster needs on its classpath: flink-runtime-web brings the REST endpoint,
 * the Web UI and the `/jars/*` handlers (and pulls flink-runtime, flink-clients and
 * flink-streaming-java); log4j is the logging backend flink-dist would put in `lib/`.
 */
export function clusterPom(version: FlinkVersion): string {
  const dep = (g: string, a: string, v: string) =>
    `    <dependency><groupId>${g}</groupId><artifactId>${a}</artifactId><version>${v}</version></dependency>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!-- Written by @flink-rest/local-cluster: the classpath of a Flink session cluster. -->',
    '<project xmlns="http://maven.apache.org/POM/4.0.0">',
    '  <modelVersion>4.0.0</modelVersion>',
    '  <groupId>dev.flinkrest.local-cluster</groupId>',
    `  <artifactId>flink-session-${version.version}</artifactId>`,
    '  <version>1</version>',
    '  <packaging>pom</packaging>',
    '  <dependencies>',
    dep('org.apache.flink', 'flink-runtime-web', version.version),
    dep('org.apache.flink', 'flink-clients', version.version),
    dep('org.apache.logging.log4j', 'log4j-slf4j-impl', LOG4J_VERSION),
    dep('org.apache.logging.log4j', 'log4j-core', LOG4J_VERSION),
    '  </dependencies>',
    '</project>',
    '',
  ].join('\n');
}

async function allExist(files: readonly string[]): Promise<boolean> {
  try {
    await Promise.all(files.map((f) => access(f)));
    return true;
  } catch {
    return false;
  }
}

/**
 * Resolves (downloading on first use) the jars of a Flink release and returns the classpath
 * entries. The result is cached per version and re-resolved if any jar has gone from the
 * Maven repository.
 */
export async function resolveClusterClasspath(
  toolchain: Toolchain,
  version: FlinkVersion,
  cache: string,
  options: { mavenArgs?: readonly string[] } = {},
): Promise<string[]> {
  const dir = path.join(cache, 'classpath', version.version);
  const cached = path.join(dir, 'classpath.txt');
  try {
    const entries = (await readFile(cached, 'utf8')).trim().split(path.delimiter).filter(Boolean);
    if (entries.length > 0 && (await allExist(entries))) return entries;
  } catch {
    // Not resolved yet.
  }
  await mkdir(dir, { recursive: true });
  const pom = path.join(dir, 'pom.xml');
  await writeFileAtomic(pom, clusterPom(version));
  const out = path.join(dir, `classpath.${process.pid}.tmp`);
  try {
    await runMaven(
      ['-f', pom, `${DEPENDENCY_PLUGIN}:build-classpath`, `-Dmdep.outputFile=${out}`],
      {
        what: `Maven could not resolve Flink ${version.version} (org.apache.flink:flink-runtime-web:${version.version})`,
        mvn: toolchain.mvn,
        mavenArgs: options.mavenArgs,
        logFile: path.join(dir, 'maven.log'),
      },
    );
    const text = (await readFile(out, 'utf8')).trim();
    await writeFileAtomic(cached, text);
    return text.split(path.delimiter).filter(Boolean);
  } finally {
    await rm(out, { force: true });
  }
}
