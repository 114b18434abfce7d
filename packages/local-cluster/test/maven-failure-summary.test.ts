import { describe, expect, it } from 'vitest';
import { mavenFailureSummary } from '../src/maven-failure-summary.js';

// The cases of local-cluster's and spec-extractor's former summaries, under one rule.
describe('mavenFailureSummary', () => {
  it.each([
    {
      name: 'missing artifact on Central: goal lead-in, colours and [Help 1] removed',
      given: [
        '\u001b[0m[ERROR] Failed to execute goal org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath (default-cli) on project flink-rest-spec-extractor: Could not resolve dependencies for project org.flinkrest:flink-rest-spec-extractor:jar:0.1.0: The following artifacts could not be resolved: org.apache.flink:flink-runtime-web:jar:1.18.99 (absent): Could not find artifact org.apache.flink:flink-runtime-web:jar:1.18.99 in central (https://repo.maven.apache.org/maven2) -> [Help 1]',
        '[ERROR] ',
        '[ERROR] To see the full stack trace of the errors, re-run Maven with the -e switch.',
      ].join('\n'),
      want: 'Could not resolve dependencies for project org.flinkrest:flink-rest-spec-extractor:jar:0.1.0: The following artifacts could not be resolved: org.apache.flink:flink-runtime-web:jar:1.18.99 (absent): Could not find artifact org.apache.flink:flink-runtime-web:jar:1.18.99 in central (https://repo.maven.apache.org/maven2)',
    },
    {
      name: 'dependency resolution, goal without plugin prefix',
      given:
        '[ERROR] Failed to execute goal on project flink-rest-spec-extractor: Could not resolve dependencies for project x: org.apache.flink:flink-runtime-web:jar:1.18.99 was not found in https://repo.maven.apache.org/maven2 -> [Help 1]',
      want: 'Could not resolve dependencies for project x: org.apache.flink:flink-runtime-web:jar:1.18.99 was not found in https://repo.maven.apache.org/maven2',
    },
    {
      name: 'bold-red [ERROR] prefix, empty and pointer lines after it',
      given:
        '\u001b[1;31m[ERROR]\u001b[m Failed to execute goal on project x: Could not resolve dependencies\n[ERROR] \n[ERROR] To see the full stack trace of the errors, re-run Maven with the -e switch.',
      want: 'Could not resolve dependencies',
    },
    {
      name: 'a heading ending in ":" joined with the line that names the file',
      given:
        '[ERROR] COMPILATION ERROR : \n[ERROR] /x/Main.java:[3,1] reached end of file while parsing',
      want: 'COMPILATION ERROR : /x/Main.java:[3,1] reached end of file while parsing',
    },
    {
      name: 'pointer lines before the reason are skipped',
      given:
        '[ERROR] -> [Help 1]\n[ERROR] Re-run Maven using the -X switch\n[ERROR] Non-resolvable parent POM',
      want: 'Non-resolvable parent POM',
    },
    {
      name: 'no [ERROR] line: the last line, where a tool says why it stopped',
      given: 'something\nbroke here\n\n',
      want: 'broke here',
    },
    {
      name: 'no [ERROR] line, one line of output',
      given: '\nError: JAVA_HOME is not defined correctly.\n',
      want: 'Error: JAVA_HOME is not defined correctly.',
    },
    { name: 'no output', given: '', want: 'mvn failed without output' },
    {
      name: 'a very long reason is cut at 400 characters',
      given: `[ERROR] ${'x'.repeat(1000)}`,
      want: `${'x'.repeat(400)}…`,
    },
  ])('$name', ({ given, want }) => {
    expect(mavenFailureSummary(given)).toBe(want);
  });
});
