import { chmod, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkToolchain,
  isMavenRecentEnough,
  parseJavaMajor,
  parseMavenVersion,
} from '../src/toolchain.js';

describe('parseJavaMajor', () => {
  it.each([
    { given: 'openjdk version "17.0.15" 2025-04-15', want: 17 },
    { given: 'openjdk version "21" 2023-09-19', want: 21 },
    { given: 'java version "1.8.0_392"', want: 8 },
    { given: 'openjdk version "11.0.2" 2019-01-15', want: 11 },
    { given: 'no version here', want: undefined },
  ])('$given → $want', ({ given, want }) => {
    expect(parseJavaMajor(given)).toBe(want);
  });
});

describe('parseMavenVersion / isMavenRecentEnough', () => {
  it.each([
    { given: '\u001b[1mApache Maven 3.8.7\u001b[m\nMaven home: /usr', want: '3.8.7', ok: true },
    {
      given: 'Apache Maven 3.9.9 (8e8579a9e76f7d015ee5ec7bfcdc97d260186937)',
      want: '3.9.9',
      ok: true,
    },
    { given: 'Apache Maven 3.5.4', want: '3.5.4', ok: false },
    { given: 'Apache Maven 4.0.0', want: '4.0.0', ok: true },
  ])('$want', ({ given, want, ok }) => {
    expect(parseMavenVersion(given)).toBe(want);
    expect(isMavenRecentEnough(want)).toBe(ok);
  });
});

/** A fake executable that prints `text` to stderr (as java does) and stdout (as mvn does). */
async function fakeTool(dir: string, name: string, text: string): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, `#!/bin/sh\necho '${text}'\necho '${text}' >&2\n`);
  await chmod(file, 0o755);
  return file;
}

describe('checkToolchain', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'toolchain-test-'));
  const javaHome17 = path.join(dir, 'jdk17');
  const javaHome11 = path.join(dir, 'jdk11');
  await (await import('node:fs/promises')).mkdir(path.join(javaHome17, 'bin'), { recursive: true });
  await (await import('node:fs/promises')).mkdir(path.join(javaHome11, 'bin'), { recursive: true });
  await fakeTool(path.join(javaHome17, 'bin'), 'java', 'openjdk version "17.0.1" 2021-10-19');
  await fakeTool(path.join(javaHome11, 'bin'), 'java', 'openjdk version "11.0.2" 2019-01-15');
  const mvn38 = await fakeTool(dir, 'mvn38', 'Apache Maven 3.8.7');
  const mvn35 = await fakeTool(dir, 'mvn35', 'Apache Maven 3.5.0');

  it.each([
    {
      name: 'java missing',
      env: { JAVA_HOME: path.join(dir, 'nope'), MVN: mvn38 },
      code: 'JAVA_MISSING',
      says: 'nope',
    },
    {
      name: 'java too old',
      env: { JAVA_HOME: javaHome11, MVN: mvn38 },
      code: 'JAVA_TOO_OLD',
      says: 'Java 11',
    },
    {
      name: 'maven missing',
      env: { JAVA_HOME: javaHome17, MVN: path.join(dir, 'no-mvn') },
      code: 'MAVEN_MISSING',
      says: 'no-mvn',
    },
    {
      name: 'maven too old',
      env: { JAVA_HOME: javaHome17, MVN: mvn35 },
      code: 'MAVEN_TOO_OLD',
      says: 'Maven 3.5.0',
    },
  ])('$name → $code', async ({ env, code, says }) => {
    const error = await checkToolchain({ PATH: process.env.PATH, ...env }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'LocalClusterError', code });
    expect((error as Error).message).toContain(says);
    expect((error as Error).message).not.toContain('\n');
  });

  it('accepts Java 17 and Maven 3.8', async () => {
    const toolchain = await checkToolchain({
      PATH: process.env.PATH,
      JAVA_HOME: javaHome17,
      MVN: mvn38,
    });
    expect(toolchain).toMatchObject({ javaMajor: 17, mavenVersion: '3.8.7', mvn: mvn38 });
  });
});
