/** What went wrong, as a stable code for programs; the message is for people. */
export type TestingErrorCode =
  /** A fixture file is not valid JSON or lacks a field (the message names the file and field). */
  | 'FIXTURE_INVALID'
  /** A fixture file (or a version's fixtures directory) cannot be read. */
  | 'FIXTURE_MISSING'
  /** A Flink line outside the supported matrix (the message lists the supported ones). */
  | 'UNKNOWN_VERSION'
  /** Bad command-line arguments of `flink-mock-jobmanager`. */
  | 'USAGE';

/**
 * The one error class of the test kit: a stable `code` and a one-line message that names what
 * was wrong and where (the file and field, the version, the option).
 */
export class TestingError extends Error {
  override readonly name = 'TestingError';
  constructor(
    readonly code: TestingErrorCode,
    message: string,
  ) {
    super(message.replace(/\s*\n\s*/g, ' '));
  }
}
