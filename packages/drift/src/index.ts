/**
 * Public API of @flink-rest/drift: what changes between two Flink REST specs and whether it
 * breaks a client (`diffSpecs`, renderers, the usage scan), the full comparison of two specs
 * (`compareSpecs`), the validator of recorded exchanges against a spec, and the read-only probe
 * of a live JobManager (`probeCluster`) with its renderers. The CLI
 * (`flink-drift`) is the bin; its argument parser and exit codes are not part of the API.
 */
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
export {
  BREAK_REASONS,
  type BreakReason,
  type CallBreak,
  checkCall,
} from './check-call.js';
export { type Classification, classify, isWidening } from './classify.js';
export { describeSide, formatReport } from './compare-report.js';
export {
  compareSpecs,
  countsAsDifference,
  type Difference,
  type DifferenceKind,
  type DifferenceSection,
  SECTIONS,
} from './compare-specs.js';
export { describeChange } from './describe-change.js';
export { type Documents, diffOperation } from './diff-operations.js';
export { diffSchemas, type SchemaDiffContext } from './diff-schemas.js';
export { compareChanges, type DiffOptions, diffSpecs, summarize, toChange } from './diff-specs.js';
export { DriftError, type DriftErrorCode } from './errors.js';
export {
  type FieldUse,
  PARAMETER_LOCATIONS,
  type ParameterLocation,
  type ParameterUse,
  pointerOf,
  type UseType,
} from './field-use.js';
export { type FieldCheck, findField } from './find-field.js';
export { getOnly } from './get-only.js';
export { HELPER_ENDPOINTS } from './helper-endpoints.js';
export { isVersionArgument, type LoadedSide, loadSide } from './load-side.js';
export { type CallSite, narrowToUsage, type UsageFilter } from './narrow-to-usage.js';
export type { ConvertOptions } from './openapi-schema.js';
export {
  type Body as OperationBody,
  keyShape,
  type Operation,
  type OperationParameter,
  operationsOf,
} from './operations.js';
export { type ProbeOptions, type ProbeResult, probeCluster } from './probe.js';
export { PROBE_SCENARIO, probeFixture } from './probe-fixture.js';
export { isFlinkErrorBody, outcomeOf, type ProbeOutcome } from './probe-outcome.js';
export {
  nextRequests,
  type PlannedRequest,
  type PlanScope,
  pathOf,
  rootRequests,
} from './probe-plan.js';
export { type ProbeCheck, type ProbeReport, summarizeChecks } from './probe-report.js';
export { renderJson } from './render-json.js';
export { renderJunit } from './render-junit.js';
export { renderMarkdown } from './render-markdown.js';
export { renderProbeMarkdown } from './render-probe-markdown.js';
export { probeHeadline, renderProbeText } from './render-probe-text.js';
export { renderSupportMarkdown } from './render-support.js';
export { scanUsage, scanUsageSites, type UsageSite, usageInSource } from './scan-usage.js';
export { createSpecValidator, type Mismatch, type SpecValidator } from './spec-validator.js';
export {
  type SupportBreak,
  type SupportCall,
  type SupportReport,
  type SupportSpec,
  type SupportStatus,
  supportReport,
  type VersionSupport,
} from './support-report.js';
