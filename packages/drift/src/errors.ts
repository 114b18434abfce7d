/**
 * What went wrong, for programs: the one error class of flink-drift. `code` is stable for programs; `message` is one line
 * that names what was wrong: the option, the version, the file or the directory.
 */
export type DriftErrorCode =
  /** Bad command line: unknown option, missing value, unknown format. */
  | 'USAGE'
  /** A version that is not pinned. */
  | 'UNKNOWN_VERSION'
  /** A spec file that cannot be read or is not an OpenAPI 3 document. */
  | 'BAD_SPEC'
  /** A `--usage` directory that cannot be read. */
  | 'BAD_USAGE_DIR'
  /** The `--out` file cannot be written. */
  | 'WRITE_FAILED'
  /** The spec validator met an exchange of an ordinary step that matches no operation. */
  | 'UNKNOWN_OPERATION'
  /** The probe was about to send something other than a GET (refused, never sent). */
  | 'NOT_READ_ONLY'
  /** The probe could not reach the cluster, or it runs a Flink line that is not pinned. */
  | 'UNREACHABLE';

/**
 * The one error class of @flink-rest/drift: a stable `code` and a one-line message that names
 * the option, the version, the file or the directory.
 */
export class DriftError extends Error {
  override readonly name = 'DriftError';
  readonly code: DriftErrorCode;

  constructor(code: DriftErrorCode, message: string, options: { cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
  }
}
