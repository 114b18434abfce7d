import { LocalClusterError, runMaven } from '@flink-rest/local-cluster/maven';
import { MavenError } from './errors.js';

/** Longest a single Maven invocation may take, in ms. Cold downloads of one release are ~20 s. */
const MAVEN_TIMEOUT_MS = 600_000;

/**
 * Runs `mvn -B -q <args>` in `cwd` through local-cluster's Maven runner (one failure summary for
 * the repository). A failure is a MavenError whose message is `what` followed by Maven's own
 * reason, e.g. "Could not find artifact ... in central", and whose `output` --verbose prints.
 */
export async function callMaven(args: string[], cwd: string, what: string): Promise<void> {
  try {
    await runMaven(args, { what, cwd, timeoutMs: MAVEN_TIMEOUT_MS });
  } catch (error) {
    if (!(error instanceof LocalClusterError)) throw error;
    throw new MavenError(error.message, error.output ?? '', { cause: error });
  }
}
