import { SpecError } from '@flink-rest/specs';

/**
 * What went wrong generating code or fetching a spec. `code` is stable for programs; `message`
 * is one line meant for people and names what was wrong and where (file or URL, and a JSON
 * pointer when the problem is inside a document).
 */
export type CodegenErrorCode =
  /** A URL that is not http(s), or a server that cannot be reached. */
  | 'FETCH_FAILED'
  /** No complete response within `timeoutMs`. */
  | 'TIMEOUT'
  /** A status other than the one expected (200, or 404 for `/v1/api-docs`). */
  | 'HTTP_ERROR'
  /**
   * The spec could not be read or is not a valid OpenAPI 3 document: `cause` is the
   * `SpecError` of `@flink-rest/specs`, whose `code` says which, and whose message this is.
   */
  | 'SPEC_ERROR'
  /** openapi-typescript failed, or an input file of `generate --all` is not as expected. */
  | 'GENERATION_FAILED'
  /** `generate --all --check`: a generated file differs from what the matrix and specs give. */
  | 'STALE_OUTPUT';

/** The one error class of `@flink-rest/codegen`. */
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
    options: { where?: string | undefined; pointer?: string | undefined; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.where = options.where;
    this.pointer = options.pointer;
  }
}

/**
 * Runs `load` and reports a `SpecError` from it as a `SPEC_ERROR` `CodegenError` with the same
 * message, so that each function of this package fails with one class.
 */
export async function asCodegenError<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (!(error instanceof SpecError)) throw error;
    throw new CodegenError('SPEC_ERROR', error.message, {
      where: error.where,
      pointer: error.pointer,
      cause: error,
    });
  }
}
