/**
 * The vocabulary of a drift report: what kinds of change the differ finds, and the shape of
 * one finding. Classification (breaking or not) is in `classify.ts`.
 */

/** Which way data flows where a change sits: what the client sends, or what it reads. */
export type Direction = 'request' | 'response';

/** Changes of whole operations, their parameters, bodies, status codes and content types. */
export const OPERATION_CHANGE_KINDS = [
  'operation-added',
  'operation-removed',
  'operation-hidden-from-docs',
  'operation-shown-in-docs',
  'operation-deprecated',
  'path-parameter-renamed',
  'parameter-added',
  'parameter-removed',
  'parameter-became-required',
  'parameter-became-optional',
  'parameter-location-changed',
  'request-body-added',
  'request-body-removed',
  'request-body-became-required',
  'request-body-became-optional',
  'request-content-type-added',
  'request-content-type-removed',
  'response-status-added',
  'response-status-removed',
  'response-content-type-added',
  'response-content-type-removed',
] as const;

/** Changes inside a schema (a body, or a parameter's schema), found by walking both sides. */
export const SCHEMA_CHANGE_KINDS = [
  'property-added',
  'property-removed',
  'property-became-required',
  'property-became-optional',
  'type-changed',
  'format-changed',
  'enum-value-added',
  'enum-value-removed',
  'enum-added',
  'enum-removed',
  'nullable-added',
  'nullable-removed',
  'variant-added',
  'variant-removed',
  'map-values-added',
  'map-values-removed',
] as const;

export type OperationChangeKind = (typeof OPERATION_CHANGE_KINDS)[number];
export type SchemaChangeKind = (typeof SCHEMA_CHANGE_KINDS)[number];
export type ChangeKind = OperationChangeKind | SchemaChangeKind;

/**
 * The check of Flink's own `RuntimeRestAPIStabilityTest` (`CompatibilityRoutines`) that would
 * reject a change, when one would.
 */
export type FlinkCheck =
  | 'url'
  | 'method'
  | 'status-code'
  | 'file-upload'
  | 'path-parameters'
  | 'query-parameters'
  | 'request'
  | 'response';

/** A change before classification: what the differ saw. */
export interface ChangeInput {
  readonly kind: ChangeKind;
  /** Request or response side; absent for changes of the operation itself. */
  readonly direction?: Direction;
  /** `METHOD /path`, as in the newer spec (the older one for a removed operation). */
  readonly operation: string;
  /**
   * Where in the operation: `operation`, `query parameter mode`, `request body
   * application/json`, `response 200 application/json`, ...
   */
  readonly location: string;
  /** Path into the schema, e.g. `vertices[].metrics.read-bytes`; `''` at the schema's root. */
  readonly pointer: string;
  /** The component schema the change sits in, when reached through a `$ref`. */
  readonly schema?: string;
  /** For an added or removed property or parameter: whether it is (or was) required. */
  readonly required?: boolean;
  /** The old value (type, enum value, status code, content type, name, ...). */
  readonly from?: unknown;
  /** The new value. */
  readonly to?: unknown;
}

/** One finding of a drift report. */
export interface Change extends ChangeInput {
  /** Whether a client written against the older spec can fail against the newer one. */
  readonly breaking: boolean;
  /** Why, in one sentence, from the client's point of view. */
  readonly reason: string;
  /** The stability-test check of Flink that rejects this change, if any. */
  readonly flinkCheck?: FlinkCheck;
}

/** One side of a comparison. */
export interface SpecSide {
  /** What the user named: a line (`2.0`) or a file path. */
  readonly label: string;
  /** The spec's `info.version`, e.g. `v1/2.0.2`, when it has one. */
  readonly version?: string;
  /** Whether our overlays were applied (pinned lines only). */
  readonly overlays?: boolean;
  /** How many operations the spec declares. */
  readonly operations: number;
}

/** How `--usage` narrowed a report. */
export interface UsageSummary {
  /** Distinct `METHOD /path` pairs the scanned code calls. */
  readonly used: number;
  /** Of those, how many exist in either spec. */
  readonly matched: number;
  /** Used pairs found in neither spec. */
  readonly unmatched: readonly string[];
  /** The directory scanned. */
  readonly dir?: string;
  /** For each changed operation the code calls: where (`file:line`, relative to `dir`). */
  readonly callers?: Readonly<Record<string, readonly string[]>>;
}

export interface DriftSummary {
  readonly breaking: number;
  readonly nonBreaking: number;
  readonly operationsAdded: number;
  readonly operationsRemoved: number;
  /** Operations in both specs with at least one change. */
  readonly operationsChanged: number;
}

export interface DriftReport {
  readonly from: SpecSide;
  readonly to: SpecSide;
  readonly summary: DriftSummary;
  /** Sorted by operation, location, pointer, kind. */
  readonly changes: readonly Change[];
  /** Present when the report was narrowed to the operations a code base calls. */
  readonly usage?: UsageSummary;
}
