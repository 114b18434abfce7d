export { writeFilesAtomically } from './atomic-write.js';
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
export { loadPairs, loadSpec } from './load-specs.js';
export type { Provenance } from './provenance.js';
export { canonicalize, formatSpecYaml } from './spec-yaml.js';
export { type FlinkRelease, selectReleases } from './versions.js';
