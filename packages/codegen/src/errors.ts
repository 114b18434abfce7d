/**
 * The one error class of this package. `code` is stable for programs; `message` is one line
 * meant for people and names what was wrong and where (file or URL, and a JSON pointer when
 * the problem is inside a document).
 */
export type CodegenErrorCode =
  | 'PARSE_ERROR'
  | 'NOT_OPENAPI_3'
  | 'DANGLING_REF'
  | 'READ_FAILED'
  | 'FETCH_FAILED'
  | 'TIMEOUT'
  | 'HTTP_ERROR'
  | 'UNPINNED_VERSION'
  | 'OVERLAY_INVALID'
  | 'OVERLAY_TARGET_MISSING'
  | 'GENERATION_FAILED'
  | 'STALE_OUTPUT';

export class CodegenError extends Error {
  override readonly name = 'CodegenError';
  readonly code: CodegenErrorCode;
  /** The file or URL the problem is in, when there is one. */
  readonly where: string | undefined;
  /** A JSON pointer into the document at `where`, when the problem is inside it. */
  readonly pointer: string | undefined;

  constructor(
    code: CodegenErrorCode,
    message: string,
    options: { where?: string; pointer?: string; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.where = options.where;
    this.pointer = options.pointer;
  }
}
