/**
 * What went wrong reading a spec or an overlay. `code` is stable for programs; `message` is one
 * line meant for people and names what was wrong and where (the file, and a JSON pointer when
 * the problem is inside a document).
 */
export type SpecErrorCode =
  /** Invalid JSON or YAML, with line and column; or an empty document. */
  | 'PARSE_ERROR'
  /** The file could not be read (missing, a directory, no permission). */
  | 'READ_FAILED'
  /** Parsed, but not an OpenAPI 3.x document (e.g. Swagger 2.0). */
  | 'NOT_OPENAPI_3'
  /** A `$ref` that does not resolve inside the document. */
  | 'DANGLING_REF'
  /** An overlay file breaks a rule (field named). */
  | 'OVERLAY_INVALID'
  /** An overlay action selects nothing in a version it claims to apply to. */
  | 'OVERLAY_TARGET_MISSING'
  /** A version with no pinned spec (not in the version matrix). */
  | 'UNPINNED_VERSION'
  /** A line of the version matrix whose spec has not been extracted yet. */
  | 'SPEC_MISSING';

/** The one error class of `@flink-rest/specs`. */
export class SpecError extends Error {
  override readonly name = 'SpecError';
  readonly code: SpecErrorCode;
  /** The file the problem is in, when there is one. */
  readonly where: string | undefined;
  /** A JSON pointer into the document at `where`, when the problem is inside it. */
  readonly pointer: string | undefined;

  constructor(
    code: SpecErrorCode,
    message: string,
    options: { where?: string | undefined; pointer?: string; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.where = options.where;
    this.pointer = options.pointer;
  }
}
