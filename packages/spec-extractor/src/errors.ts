/**
 * The one file that defines error classes. Every message is one line that names what failed
 * and where (version, file, Maven goal), so a CLI can print `message` and exit.
 */

/** Bad command-line input; the CLI exits with code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** A failure of an outside program whose whole output --verbose prints after the message. */
export abstract class ToolError extends Error {
  constructor(
    message: string,
    /** The program's output (Maven's, or the JVM's), for --verbose. */
    readonly output: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/**
 * Maven failed: artifact missing on Central, network, a build error, or no Maven at all. The
 * `cause` is local-cluster's `LocalClusterError` (`MAVEN_FAILED` or `MAVEN_MISSING`).
 */
export class MavenError extends ToolError {
  override readonly name = 'MavenError';
}

/** The Java extractor ran and failed (exit code non-zero, or no output). */
export class ExtractorError extends ToolError {
  override readonly name = 'ExtractorError';
}
