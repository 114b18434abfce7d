/**
 * `@flink-rest/codegen`: TypeScript types for Apache Flink's JobManager REST API, from a running
 * cluster, a URL, a file or a pinned version, corrected with the overlays of
 * `@flink-rest/specs`; and everything `generate --all` keeps up to date from the version matrix.
 * Reading specs and overlays is `@flink-rest/specs`'s; this package adds the network and the
 * generation.
 */

export type { LoadedSpec } from '@flink-rest/specs';
/** The one error class of this package and its codes; spec problems keep `SpecError` as cause. */
export { CodegenError, type CodegenErrorCode } from './errors.js';
/** `generate --all` as functions: render in memory, compare (`--check`), write. */
export {
  checkAll,
  findStale,
  GENERATE_ALL_COMMAND,
  type GenerateAllOptions,
  type GeneratedFile,
  type GenerateTargets,
  type MissingSpec,
  type RenderedFiles,
  renderAll,
  type StaleFile,
  writeAll,
} from './generate-all.js';
/** One document to TypeScript (openapi-typescript), after a do-not-edit header. */
export {
  generateTypes,
  type HeaderInfo,
  openapiTypescriptVersion,
  renderHeader,
} from './generate-types.js';
/** The timeout of every request, in ms, unless one is given. */
export { DEFAULT_TIMEOUT_MS } from './http-get.js';
/** A spec from a file or an http(s) URL, checked; `LoadedSpec` is what comes back. */
export { type LoadSpecOptions, loadSpec } from './load-spec.js';
/** The spec of a running JobManager: its own, or the pinned spec of its line. */
export { type PullOptions, type PullResult, pullSpec } from './pull.js';
