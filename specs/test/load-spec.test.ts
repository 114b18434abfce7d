/**
 * The pinned specs against the version matrix: every line has its spec and provenance, made
 * from the matrix's release; and what a line without an extracted spec, or a version outside
 * the matrix, fails with.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { supportedVersions } from '@flink-rest/versions';
import { describe, expect, it } from 'vitest';
import { SpecError } from '../src/errors.js';
import { loadPinnedSpec, preparePinnedSpec } from '../src/load-spec.js';
import { defaultOverlaysDir, defaultSpecsDir, pinnedSpecPath } from '../src/paths.js';
import { loadProvenance } from '../src/provenance.js';
import { sha256 } from '../src/sha256.js';

describe('the pinned specs', () => {
  it('live in this package: flink-<line>/ and overlays/', () => {
    const root = path.resolve(new URL('..', import.meta.url).pathname);
    expect(path.resolve(defaultSpecsDir())).toBe(root);
    expect(path.resolve(defaultOverlaysDir())).toBe(path.join(root, 'overlays'));
    expect(pinnedSpecPath('2.3')).toBe(path.join(root, 'flink-2.3', 'jobmanager-v1.yaml'));
  });

  it.each(supportedVersions.map((v) => ({ ...v })))(
    'Flink $line: the spec and provenance of $version',
    async ({ line, version }) => {
      const provenance = await loadProvenance(line);
      expect(provenance.flinkVersion).toBe(version);
      expect(provenance.spec.sha256).toBe(sha256(await readFile(pinnedSpecPath(line), 'utf8')));
      const prepared = await preparePinnedSpec(line, { overlays: false });
      expect(prepared.pinned).toEqual({ line, version });
      expect(prepared.document.info?.version).toBe(provenance.spec.infoVersion);
      expect(prepared.applied).toEqual([]);
    },
  );
});

describe('preparePinnedSpec refuses', () => {
  it.each([
    {
      name: 'a version outside the matrix',
      version: '1.17',
      options: {},
      code: 'UNPINNED_VERSION',
      says: /^Flink 1\.17 has no pinned spec; nearest pinned: 1\.18 \(1\.18\.\d+\)$/,
    },
    {
      name: 'a line of the matrix whose spec is not extracted yet',
      version: '2.4',
      options: { pinned: [...supportedVersions, { line: '2.4', version: '2.4.0' }] },
      code: 'SPEC_MISSING',
      says: /^Flink 2\.4 is in the version matrix but has no pinned spec \(.*flink-2\.4\/jobmanager-v1\.yaml: no such file\); extract it with npm run specs:extract -- --flink-version 2\.4$/,
    },
  ])('$name: $code', async ({ version, options, code, says }) => {
    const error = await loadPinnedSpec(version, { overlays: true, ...options }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SpecError);
    expect((error as SpecError).code).toBe(code);
    expect((error as SpecError).message).toMatch(says);
  });
});
