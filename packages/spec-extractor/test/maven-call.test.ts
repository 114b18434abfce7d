import { chmod, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalClusterError } from '@flink-rest/local-cluster/maven';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MavenError } from '../src/errors.js';
import { callMaven } from '../src/maven-call.js';

afterEach(() => {
  vi.unstubAllEnvs();
});

/** A fake `mvn` (picked up through $MVN) that runs `body`. */
async function fakeMaven(body: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'maven-call-test-'));
  const file = join(dir, 'mvn');
  await writeFile(file, `#!/bin/sh\n${body}\n`);
  await chmod(file, 0o755);
  return file;
}

describe('callMaven', () => {
  it.each([
    {
      name: "Maven's reason after what was asked",
      mvn: () =>
        fakeMaven(
          'echo "[ERROR] Failed to execute goal on project x: Could not find artifact a:b:jar:1 in central -> [Help 1]"; exit 1',
        ),
      want: /^Flink 9\.9\.9: cannot resolve its jars: Could not find artifact a:b:jar:1 in central$/,
      output: /Could not find artifact/,
    },
    {
      name: 'a Maven that is not there',
      mvn: async () => '/no/such/mvn',
      want: /^Flink 9\.9\.9: cannot resolve its jars: could not run "\/no\/such\/mvn"/,
      output: /^$/,
    },
  ])('fails with a MavenError naming $name', async ({ mvn, want, output }) => {
    vi.stubEnv('MVN', await mvn());
    const error = await callMaven(
      ['validate'],
      tmpdir(),
      'Flink 9.9.9: cannot resolve its jars',
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MavenError);
    expect((error as MavenError).message).toMatch(want);
    expect((error as MavenError).output).toMatch(output);
    expect((error as MavenError).cause).toBeInstanceOf(LocalClusterError);
  });

  it('resolves when Maven succeeds', async () => {
    vi.stubEnv('MVN', await fakeMaven('exit 0'));
    await expect(callMaven(['validate'], tmpdir(), 'x')).resolves.toBeUndefined();
  });
});
