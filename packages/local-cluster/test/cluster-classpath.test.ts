import { describe, expect, it } from 'vitest';
import { clusterPom } from '../src/cluster-classpath.js';
import { resolveFlinkVersion } from '../src/versions.js';

describe('clusterPom', () => {
  it('asks for the exact release of flink-runtime-web and flink-clients', () => {
    const pom = clusterPom(resolveFlinkVersion('2.3'));
    expect(pom).toContain('<artifactId>flink-runtime-web</artifactId><version>2.3.0</version>');
    expect(pom).toContain('<artifactId>flink-clients</artifactId><version>2.3.0</version>');
  });
});
