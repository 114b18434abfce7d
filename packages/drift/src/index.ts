/** Public API of flink-drift: spec-vs-spec comparison, usage scan, rendering, the CLI's main. */
export type {
  Change,
  ChangeInput,
  ChangeKind,
  Direction,
  DriftReport,
  DriftSummary,
  FlinkCheck,
  OperationChangeKind,
  SchemaChangeKind,
  SpecSide,
  UsageSummary,
} from './change.js';
export { OPERATION_CHANGE_KINDS, SCHEMA_CHANGE_KINDS } from './change.js';
export { type Classification, classify, isWidening } from './classify.js';
export { describeChange } from './describe-change.js';
export { diffOperation } from './diff-operations.js';
export { diffSchemas, type SchemaDiffContext } from './diff-schemas.js';
export { compareChanges, type DiffOptions, diffSpecs, summarize, toChange } from './diff-specs.js';
export { DriftError, type DriftErrorCode } from './errors.js';
export { HELPER_ENDPOINTS } from './helper-endpoints.js';
export { isVersionArgument, type LoadedSide, loadSide } from './load-side.js';
export {
  type DriftIo,
  EXIT_BREAKING as DRIFT_EXIT_BREAKING,
  EXIT_ERROR as DRIFT_EXIT_ERROR,
  EXIT_OK as DRIFT_EXIT_OK,
  main as driftMain,
  runDiff,
} from './main.js';
export { type CallSite, narrowToUsage, type UsageFilter } from './narrow-to-usage.js';
export { keyShape, type Operation, operationsOf } from './operations.js';
export {
  type DiffCommand,
  type DriftCommand,
  type OutputFormat,
  parseDriftArgs,
  USAGE as DRIFT_USAGE,
} from './parse-args.js';
export { renderJson } from './render-json.js';
export { renderMarkdown } from './render-markdown.js';
export { scanUsage, scanUsageSites, type UsageSite, usageInSource } from './scan-usage.js';
