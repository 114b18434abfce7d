export { applyOverlay, applyOverlayList, mergeInto, overlayAppliesTo } from './apply-overlay.js';
export { CodegenError, type CodegenErrorCode } from './errors.js';
export {
  findStale,
  GENERATE_ALL_COMMAND,
  type GenerateAllOptions,
  type GeneratedFile,
  REGISTRY_FILE,
  renderAllVersions,
  type StaleFile,
  writeAll,
} from './generate-all.js';
export {
  generateTypes,
  type HeaderInfo,
  openapiTypescriptVersion,
  renderHeader,
} from './generate-types.js';
export { DEFAULT_TIMEOUT_MS, type HttpGetOptions, httpGet } from './http-get.js';
export { type ListOverlaysOptions, listOverlays, overlaysDigest } from './list-overlays.js';
export {
  applyOverlays,
  type LoadedSpec,
  type LoadSpecOptions,
  loadPinnedSpec,
  loadSpec,
  type PinnedSpecOptions,
  type PreparedSpec,
  parseSpec,
  preparePinnedSpec,
} from './load-spec.js';
export { type Overlay, type OverlayAction, parseOverlay } from './overlay-file.js';
export { parseDocument } from './parse-document.js';
export {
  defaultGeneratedDir,
  defaultOverlaysDir,
  defaultSpecsDir,
  generatedFileName,
  pinnedSpecPath,
  routesFileName,
} from './paths.js';
export { type PullOptions, type PullResult, pullSpec } from './pull.js';
export { renderRegistryModule, renderRoutesModule, routesOf } from './render-routes.js';
export {
  assertNoDanglingRefs,
  assertOpenApi3,
  type DanglingRef,
  findDanglingRefs,
  type OpenApiDocument,
  validateOpenApi,
} from './validate-openapi.js';
export {
  formatVersionRange,
  parseVersionRange,
  rangeIncludes,
  type VersionRange,
} from './version-range.js';
export { type PinnedVersion, pinnedVersions, resolvePinned } from './versions.js';
