// For the repository's scripts: extract and write one release's spec (what specs:extract does per
// version), and the error classes the CLI maps to exit codes. Temp files, Maven calls and YAML
// formatting stay internal.
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
export type { Provenance } from './provenance.js';
export type { ArtifactRecord } from './release-classpath.js';
export { type FlinkRelease, selectReleases } from './versions.js';
