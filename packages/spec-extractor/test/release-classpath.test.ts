import { describe, expect, it } from 'vitest';
import { shadedVersions } from '../src/release-classpath.js';

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
