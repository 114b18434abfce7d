import { describe, expect, it } from 'vitest';
import { clusterPom, mavenFailureSummary } from '../src/maven.js';
import { resolveFlinkVersion } from '../src/versions.js';

describe('clusterPom', () => {
  it('asks for the exact release of flink-runtime-web and flink-clients', () => {
    const pom = clusterPom(resolveFlinkVersion('2.3'));
    expect(pom).toContain('<artifactId>flink-runtime-web</artifactId><version>2.3.0</version>');
    expect(pom).toContain('<artifactId>flink-clients</artifactId><version>2.3.0</version>');
  });
});

describe('mavenFailureSummary', () => {
  it.each([
    {
      name: 'the first [ERROR] line, without the prefix and colours',
      given:
        '\u001b[1;31m[ERROR]\u001b[m Failed to execute goal on project x: Could not resolve dependencies\n[ERROR] \n[ERROR] To see the full stack trace of the errors, re-run Maven with the -e switch.',
      want: 'Failed to execute goal on project x: Could not resolve dependencies',
    },
    {
      name: 'the first line when nothing is marked',
      given: '\nError: JAVA_HOME is not defined correctly.\n',
      want: 'Error: JAVA_HOME is not defined correctly.',
    },
    { name: 'a placeholder for no output', given: '', want: 'no output' },
  ])('$name', ({ given, want }) => {
    expect(mavenFailureSummary(given)).toBe(want);
  });

  it('shortens a very long line', () => {
    expect(mavenFailureSummary(`[ERROR] ${'x'.repeat(1000)}`).length).toBeLessThanOrEqual(401);
  });
});
