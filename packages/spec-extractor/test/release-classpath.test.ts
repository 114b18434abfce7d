import { describe, expect, it } from 'vitest';
import { mavenReason } from '../src/maven.js';
import { shadedVersions } from '../src/release-classpath.js';

describe('mavenReason', () => {
  it.each([
    {
      name: 'missing artifact on Central',
      output: [
        '\u001b[0m[ERROR] Failed to execute goal org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath (default-cli) on project flink-rest-spec-extractor: Could not resolve dependencies for project org.flinkrest:flink-rest-spec-extractor:jar:0.1.0: The following artifacts could not be resolved: org.apache.flink:flink-runtime-web:jar:1.18.99 (absent): Could not find artifact org.apache.flink:flink-runtime-web:jar:1.18.99 in central (https://repo.maven.apache.org/maven2) -> [Help 1]',
        '[ERROR] ',
        '[ERROR] To see the full stack trace of the errors, re-run Maven with the -e switch.',
      ].join('\n'),
      want: 'Could not resolve dependencies for project org.flinkrest:flink-rest-spec-extractor:jar:0.1.0: The following artifacts could not be resolved: org.apache.flink:flink-runtime-web:jar:1.18.99 (absent): Could not find artifact org.apache.flink:flink-runtime-web:jar:1.18.99 in central (https://repo.maven.apache.org/maven2)',
    },
    {
      name: 'dependency resolution, goal without plugin prefix',
      output:
        '[ERROR] Failed to execute goal on project flink-rest-spec-extractor: Could not resolve dependencies for project x: org.apache.flink:flink-runtime-web:jar:1.18.99 was not found in https://repo.maven.apache.org/maven2 -> [Help 1]',
      want: 'Could not resolve dependencies for project x: org.apache.flink:flink-runtime-web:jar:1.18.99 was not found in https://repo.maven.apache.org/maven2',
    },
    {
      name: 'compile error',
      output:
        '[ERROR] COMPILATION ERROR : \n[ERROR] /x/Main.java:[3,1] reached end of file while parsing',
      want: 'COMPILATION ERROR : /x/Main.java:[3,1] reached end of file while parsing',
    },
    { name: 'no [ERROR] line', output: 'something\nbroke here\n\n', want: 'broke here' },
    { name: 'no output', output: '', want: 'mvn failed without output' },
  ])('$name', ({ output, want }) => {
    expect(mavenReason(output)).toBe(want);
  });
});

describe('shadedVersions', () => {
  const repo = '/root/.m2/repository/org/apache/flink';
  it.each([
    {
      name: 'matching swagger',
      given: [
        `${repo}/flink-shaded-jackson/2.14.2-17.0/flink-shaded-jackson-2.14.2-17.0.jar`,
        `${repo}/flink-shaded-swagger/17.0/flink-shaded-swagger-17.0.jar`,
      ],
      want: { release: '17.0', swagger: '17.0' },
    },
    {
      name: 'swagger of another flink-shaded release',
      given: [
        `${repo}/flink-shaded-jackson-module-jsonSchema-2.20.1-21.0.jar`,
        `${repo}/flink-shaded-jackson-2.20.1-21.0.jar`,
        `${repo}/flink-shaded-swagger-17.0.jar`,
      ],
      want: { release: '21.0', swagger: '17.0' },
    },
    {
      name: 'no shaded jars',
      given: ['/x/flink-core-2.3.0.jar'],
      want: { release: undefined, swagger: undefined },
    },
  ])('$name', ({ given, want }) => {
    expect(shadedVersions(given)).toEqual(want);
  });
});
