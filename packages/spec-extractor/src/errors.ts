/**
 * The one file that defines error classes. Every message is one line that names what failed
 * and where (version, file, Maven goal), so a CLI can print `message` and exit.
 */

/** Bad command-line input; the CLI exits with code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Maven failed: artifact missing on Central, network, or a build error. */
export class MavenError extends Error {
  override readonly name = 'MavenError';
  constructor(
    message: string,
    /** Maven's full output, for --verbose. */
    readonly output: string,
  ) {
    super(message);
  }
}

/** The Java extractor ran and failed (exit code non-zero, or no output). */
export class ExtractorError extends Error {
  override readonly name = 'ExtractorError';
  constructor(
    message: string,
    /** The JVM's stderr, for --verbose. */
    readonly output: string,
  ) {
    super(message);
  }
}
