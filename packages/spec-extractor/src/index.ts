// For the repository's scripts: compare specs (what the compare-specs CLI prints), extract and
// write one release's spec (what specs:extract does per version), and the error classes the CLI
// maps to exit codes. Temp files, Maven calls and YAML formatting stay internal.
export { formatReport } from './compare-report.js';
export { type Change, compareSpecs, type Difference, type Section } from './compare-specs.js';
export { ExtractorError, MavenError, UsageError } from './errors.js';
export {
  type ExtractedRelease,
  extractRelease,
  PROVENANCE_FILE,
  releaseDir,
  SPEC_FILE,
  writeRelease,
} from './extract.js';
export { type ExtractorJar, ensureExtractorJar } from './extractor-jar.js';
export { type LoadedSpec, loadPairs, loadSpec, type SpecPairs } from './load-specs.js';
export type { Provenance } from './provenance.js';
export type { ArtifactRecord } from './release-classpath.js';
export { type FlinkRelease, selectReleases } from './versions.js';
