/**
 * The one file that defines error classes. Every message is one line that names what failed
 * and where (version, file, Maven goal), so a CLI can print `message` and exit.
 */

/** Bad command-line input; the CLI exits with code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/**
 * Maven failed: artifact missing on Central, network, a build error, or no Maven at all. The
 * `cause` is local-cluster's `LocalClusterError` (`MAVEN_FAILED` or `MAVEN_MISSING`).
 */
export class MavenError extends Error {
  override readonly name = 'MavenError';
  constructor(
    message: string,
    /** Maven's full output, for --verbose. */
    readonly output: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** The Java extractor ran and failed (exit code non-zero, or no output). */
export class ExtractorError extends Error {
  override readonly name = 'ExtractorError';
  constructor(
    message: string,
    /** The JVM's output, for --verbose. */
    readonly output: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}
