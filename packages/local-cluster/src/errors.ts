/** What went wrong, stable for programs to branch on; the README lists when each is used. */
export type LocalClusterErrorCode =
  | 'UNSUPPORTED_VERSION'
  | 'INVALID_OPTION'
  | 'JAVA_MISSING'
  | 'JAVA_TOO_OLD'
  | 'MAVEN_MISSING'
  | 'MAVEN_TOO_OLD'
  | 'MAVEN_FAILED'
  | 'PORT_IN_USE'
  | 'JVM_DIED'
  | 'START_TIMEOUT';

/**
 * The one error class of this package. `code` is stable for programs; `message` is one line
 * meant for people and names what was wrong and where.
 */
export class LocalClusterError extends Error {
  override readonly name = 'LocalClusterError';
  readonly code: LocalClusterErrorCode;
  /** Where to look next: a log file or the Maven output, when there is one. */
  readonly logFile: string | undefined;
  /** Last lines of that log, kept apart from the one-line message. */
  readonly logTail: string | undefined;
  /** The failed program's whole output (`MAVEN_FAILED`), for a verbose report. */
  readonly output: string | undefined;

  constructor(
    code: LocalClusterErrorCode,
    message: string,
    options: { cause?: unknown; logFile?: string; logTail?: string; output?: string } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.logFile = options.logFile;
    this.logTail = options.logTail;
    this.output = options.output;
  }
}
