import { chmod, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { LocalClusterError } from '../src/errors.js';
import { runMaven } from '../src/run-maven.js';

/** A fake `mvn` that prints its arguments, then `body` runs (exit code, [ERROR] lines). */
async function fakeMaven(dir: string, body: string): Promise<string> {
  const file = path.join(dir, `mvn-${Math.random().toString(36).slice(2)}`);
  await writeFile(file, `#!/bin/sh\necho "args: $*"\n${body}\n`);
  await chmod(file, 0o755);
  return file;
}

describe('runMaven', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'run-maven-test-'));

  it('runs Maven in batch mode with the extra arguments first, and resolves with its output', async () => {
    const mvn = await fakeMaven(dir, 'exit 0');
    const result = await runMaven(['package'], { what: 'x', mvn, mavenArgs: ['-o'] });
    expect(result.stdout).toBe('args: -B -q -o package\n');
  });

  it.each([
    {
      name: 'a failure: the reason, the log file, the output',
      body: 'echo "[ERROR] Failed to execute goal on project x: Could not resolve y -> [Help 1]"; exit 1',
      logFile: path.join(dir, 'logs', 'maven.log'),
      want: {
        code: 'MAVEN_FAILED',
        message: `Maven could not build x: Could not resolve y (full output: ${path.join(dir, 'logs', 'maven.log')})`,
      },
    },
    {
      name: 'a failure without a log file',
      body: 'echo "[ERROR] Non-resolvable parent POM"; exit 1',
      logFile: undefined,
      want: { code: 'MAVEN_FAILED', message: 'Maven could not build x: Non-resolvable parent POM' },
    },
  ])('throws one line for $name', async ({ body, logFile, want }) => {
    const mvn = await fakeMaven(dir, body);
    const error = await runMaven(['package'], {
      what: 'Maven could not build x',
      mvn,
      logFile,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LocalClusterError);
    expect(error).toMatchObject(want);
    const { output } = error as LocalClusterError;
    expect(output).toContain('args: -B -q package');
    expect((error as LocalClusterError).logTail).toBe(output);
    if (logFile) expect(await readFile(logFile, 'utf8')).toBe(output);
  });

  it('names a missing executable as MAVEN_MISSING', async () => {
    const mvn = path.join(dir, 'not-there');
    await expect(
      runMaven(['package'], { what: 'Maven could not build x', mvn }),
    ).rejects.toMatchObject({
      code: 'MAVEN_MISSING',
      message: expect.stringMatching(
        /^Maven could not build x: could not run ".*not-there" \(install Maven 3\.6\+ or set MVN\)/,
      ),
    });
  });

  it('turns a timeout into MAVEN_FAILED', async () => {
    const mvn = await fakeMaven(dir, 'exec sleep 30');
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const running = runMaven([], { what: 'Maven could not build x', mvn, timeoutMs: 600_000 });
      vi.advanceTimersByTime(600_000);
      await expect(running).rejects.toMatchObject({
        code: 'MAVEN_FAILED',
        message: 'Maven could not build x: no result within 600000 ms',
      });
    } finally {
      vi.useRealTimers();
    }
  });
});
