import { access, mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from './atomic-write.js';
import { LocalClusterError } from './errors.js';
import { runCommand } from './run-command.js';
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

/** The first line of Maven's output that says what went wrong, without the log prefix. */
export function mavenFailureSummary(output: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: Maven colours its output with ANSI escapes.
  const lines = output.replace(/\u001b\[[0-9;]*m/g, '').split('\n');
  const errors = lines
    .filter((l) => l.startsWith('[ERROR]'))
    .map((l) => l.replace(/^\[ERROR\]\s*/, '').trim())
    .filter(
      (l) =>
        l.length > 0 &&
        !l.startsWith('->') &&
        !l.startsWith('Re-run Maven') &&
        !l.startsWith('To see the full'),
    );
  const first = errors[0] ?? lines.map((l) => l.trim()).find((l) => l.length > 0) ?? 'no output';
  return first.length > 400 ? `${first.slice(0, 400)}…` : first;
}

export interface MavenRunOptions {
  /** Extra arguments for every Maven call, e.g. `['-o']` or `['-s', 'settings.xml']`. */
  readonly mavenArgs?: readonly string[];
}

/** Runs Maven in batch mode; on failure keeps its output in `logFile` and throws MAVEN_FAILED. */
export async function runMaven(
  toolchain: Toolchain,
  args: readonly string[],
  what: string,
  logFile: string,
  options: MavenRunOptions = {},
): Promise<void> {
  const result = await runCommand(toolchain.mvn, [
    '-B',
    '-q',
    ...(options.mavenArgs ?? []),
    ...args,
  ]);
  if (result.code === 0) return;
  const output = `${result.stdout}\n${result.stderr}`;
  await writeFileAtomic(logFile, output);
  throw new LocalClusterError(
    'MAVEN_FAILED',
    `Maven could not ${what}: ${mavenFailureSummary(output)} (full output: ${logFile})`,
    { logFile, logTail: output.split('\n').slice(-30).join('\n') },
  );
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
  options: MavenRunOptions = {},
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
      toolchain,
      ['-f', pom, `${DEPENDENCY_PLUGIN}:build-classpath`, `-Dmdep.outputFile=${out}`],
      `resolve Flink ${version.version} (org.apache.flink:flink-runtime-web:${version.version})`,
      path.join(dir, 'maven.log'),
      options,
    );
    const text = (await readFile(out, 'utf8')).trim();
    await writeFileAtomic(cached, text);
    return text.split(path.delimiter).filter(Boolean);
  } finally {
    await rm(out, { force: true });
  }
}
