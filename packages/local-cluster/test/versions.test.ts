import { supportedVersions } from '@flink-rest/versions';
import { describe, expect, it } from 'vitest';
import { LocalClusterError } from '../src/errors.js';
import { configFileName, resolveFlinkVersion } from '../src/versions.js';

describe('resolveFlinkVersion', () => {
  it.each([
    { name: 'a line', given: '2.3', want: '2.3.0' },
    { name: 'an exact matrix release', given: '1.20.5', want: '1.20.5' },
    { name: 'surrounding spaces', given: ' 1.18 ', want: '1.18.1' },
  ])('accepts $name', ({ given, want }) => {
    expect(resolveFlinkVersion(given).version).toBe(want);
  });

  it.each([
    { name: 'an unknown line', given: '1.17' },
    { name: 'a patch release outside the matrix', given: '2.3.9' },
    { name: 'a non-version', given: 'latest' },
    { name: 'the empty string', given: '' },
  ])('rejects $name and lists the supported versions', ({ given }) => {
    const error = (() => {
      try {
        resolveFlinkVersion(given);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(LocalClusterError);
    expect((error as LocalClusterError).code).toBe('UNSUPPORTED_VERSION');
    expect((error as Error).message).toContain(`"${given}"`);
    for (const v of supportedVersions) expect((error as Error).message).toContain(v.version);
    expect((error as Error).message).not.toContain('\n');
  });
});

describe('configFileName', () => {
  it.each([
    { given: '1.18', want: 'flink-conf.yaml' },
    { given: '1.20', want: 'flink-conf.yaml' },
    { given: '2.0', want: 'config.yaml' },
    { given: '2.3', want: 'config.yaml' },
  ])('Flink $given reads $want', ({ given, want }) => {
    expect(configFileName(resolveFlinkVersion(given))).toBe(want);
  });
});
