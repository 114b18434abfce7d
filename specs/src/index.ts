/**
 * `@flink-rest/specs`: Apache Flink's JobManager REST API as data — the pinned spec of each
 * supported line, our overlays that correct them, and the loader that reads both.
 */

/** Applying overlays to a document you already have (pure: a copy comes back). */
export { applyOverlay, applyOverlayList, overlayAppliesTo } from './apply-overlay.js';
/** The one error class of this package, and its stable codes. */
export { SpecError, type SpecErrorCode } from './errors.js';
/** Our overlays, read and checked, and one digest over a set of them (for headers). */
export { type ListOverlaysOptions, listOverlays, overlaysDigest } from './list-overlays.js';
/** Reading specs: text, a file, or a pinned line (with or without the overlays). */
export {
  applyOverlays,
  type LoadedSpec,
  loadPinnedSpec,
  loadSpecFile,
  type PinnedSpecOptions,
  type PreparedSpec,
  parseSpec,
  preparePinnedSpec,
} from './load-spec.js';
/** One overlay file: its metadata and actions; `parseOverlay` checks one overlay's text. */
export { type Overlay, type OverlayAction, parseOverlay } from './overlay-file.js';
/** JSON or YAML (1.2 core schema) to a value, with one-line errors naming line and column. */
export { parseDocument } from './parse-document.js';
/** Where the data is: this package's folder, its `overlays/`, a line's spec and provenance. */
export { defaultOverlaysDir, defaultSpecsDir, pinnedSpecPath, provenancePath } from './paths.js';
/** What a pinned spec was extracted from (`flink-<line>/provenance.json`). */
export { loadProvenance, type Provenance } from './provenance.js';
/** The pinned release of a version's line, or an `UNPINNED_VERSION` error. */
export { resolvePinned } from './resolve-pinned.js';
/** The OpenAPI 3 checks every loaded spec passes: the shape, and no dangling `$ref`. */
export { type OpenApiDocument, validateOpenApi } from './validate-openapi.js';
/** The Flink lines an overlay applies to (`'>=1.20'`, `['1.18', '1.19']`). */
export { formatVersionRange, rangeIncludes, type VersionRange } from './version-range.js';
