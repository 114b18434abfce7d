import path from 'node:path';
import { LocalClusterError } from './errors.js';
import { runCommand } from './run-command.js';

/** Flink 1.18+ runs on Java 17, and the JVM flags we pass are Java 17 ones. */
export const MIN_JAVA_MAJOR = 17;
/** `dependency:build-classpath` and `maven.compiler.release` need Maven 3.6. */
export const MIN_MAVEN = [3, 6] as const;

export interface Toolchain {
  readonly java: string;
  readonly javaMajor: number;
  readonly mvn: string;
  readonly mavenVersion: string;
}

/** The java executable: `$JAVA_HOME/bin/java` when set (as with Flink's own scripts), else `java`. */
export function javaExecutable(env: NodeJS.ProcessEnv = process.env): string {
  return env.JAVA_HOME ? path.join(env.JAVA_HOME, 'bin', 'java') : 'java';
}

/** The Maven executable: `$MVN` when set (e.g. a wrapper such as ./mvnw), else `mvn` on PATH. */
export function mavenExecutable(env: NodeJS.ProcessEnv = process.env): string {
  return env.MVN || 'mvn';
}

/** Parses the major version out of `java -version` output (`"17.0.15"`, `"1.8.0_392"`). */
export function parseJavaMajor(versionOutput: string): number | undefined {
  const m = /version "(\d+)(?:\.(\d+))?[^"]*"/.exec(versionOutput);
  if (!m) return undefined;
  const first = Number(m[1]);
  return first === 1 && m[2] !== undefined ? Number(m[2]) : first;
}

/** Parses `Apache Maven 3.8.7 (...)` from `mvn --version`. */
export function parseMavenVersion(versionOutput: string): string | undefined {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: Maven colours its banner with ANSI escapes.
  const plain = versionOutput.replace(/\u001b\[[0-9;]*m/g, '');
  return /Apache Maven (\d+\.\d+(?:\.\d+)?)/.exec(plain)?.[1];
}

export function isMavenRecentEnough(version: string): boolean {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  return major > MIN_MAVEN[0] || (major === MIN_MAVEN[0] && minor >= MIN_MAVEN[1]);
}

async function probe(
  command: string,
  args: string[],
  missingCode: 'JAVA_MISSING' | 'MAVEN_MISSING',
) {
  try {
    return await runCommand(command, args);
  } catch (error) {
    const what = missingCode === 'JAVA_MISSING' ? 'Java' : 'Maven';
    const hint =
      missingCode === 'JAVA_MISSING'
        ? `install Java ${MIN_JAVA_MAJOR}+ or set JAVA_HOME`
        : 'install Maven 3.6+ or set MVN';
    throw new LocalClusterError(
      missingCode,
      `${what} not found: could not run "${command}" (${hint})`,
      {
        cause: error,
      },
    );
  }
}

/** Checks Java and Maven once, before anything is started or downloaded. */
export async function checkToolchain(env: NodeJS.ProcessEnv = process.env): Promise<Toolchain> {
  const java = javaExecutable(env);
  const javaOut = await probe(java, ['-version'], 'JAVA_MISSING');
  const javaMajor = parseJavaMajor(javaOut.stderr + javaOut.stdout);
  if (javaMajor === undefined) {
    throw new LocalClusterError('JAVA_MISSING', `"${java} -version" did not print a Java version`);
  }
  if (javaMajor < MIN_JAVA_MAJOR) {
    throw new LocalClusterError(
      'JAVA_TOO_OLD',
      `Java ${javaMajor} at "${java}" is too old: Java ${MIN_JAVA_MAJOR}+ is required (set JAVA_HOME)`,
    );
  }
  const mvn = mavenExecutable(env);
  const mvnOut = await probe(mvn, ['--version'], 'MAVEN_MISSING');
  const mavenVersion = parseMavenVersion(mvnOut.stdout + mvnOut.stderr);
  if (mvnOut.code !== 0 || mavenVersion === undefined) {
    throw new LocalClusterError('MAVEN_MISSING', `"${mvn} --version" failed (exit ${mvnOut.code})`);
  }
  if (!isMavenRecentEnough(mavenVersion)) {
    throw new LocalClusterError(
      'MAVEN_TOO_OLD',
      `Maven ${mavenVersion} at "${mvn}" is too old: Maven ${MIN_MAVEN.join('.')}+ is required`,
    );
  }
  return { java, javaMajor, mvn, mavenVersion };
}
