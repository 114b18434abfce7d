/**
 * The pinned specs against the version matrix: every line has its spec and provenance, made
 * from the matrix's release; and what a line without an extracted spec, or a version outside
 * the matrix, fails with.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { newestVersion, supportedVersions } from '@flink-rest/versions';
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
      // First: a line without its spec fails with SPEC_MISSING, which says what to run.
      const prepared = await preparePinnedSpec(line, { overlays: false });
      expect(prepared.pinned).toEqual({ line, version });
      const provenance = await loadProvenance(line);
      expect(provenance.flinkVersion).toBe(version);
      expect(provenance.spec.sha256).toBe(sha256(await readFile(pinnedSpecPath(line), 'utf8')));
      expect(prepared.document.info?.version).toBe(provenance.spec.infoVersion);
      expect(prepared.applied).toEqual([]);
    },
  );
});

/** The line after the newest: in no matrix until someone adds it. */
const next = (() => {
  const [major, minor] = newestVersion.line.split('.').map(Number);
  return `${major}.${(minor ?? 0) + 1}`;
})();
const esc = (text: string) => text.replace(/\./g, '\\.');

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
      version: next,
      options: { pinned: [...supportedVersions, { line: next, version: `${next}.0` }] },
      code: 'SPEC_MISSING',
      says: new RegExp(
        `^Flink ${esc(next)} is in the version matrix but has no pinned spec \\(.*flink-${esc(next)}/jobmanager-v1\\.yaml: no such file\\); extract it with npm run specs:extract -- --flink-version ${esc(next)}$`,
      ),
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
