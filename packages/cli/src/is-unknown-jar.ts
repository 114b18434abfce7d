import { FlinkApiError } from '@flink-rest/client';

/**
 * Flink answers a jar id it does not have with 400 "File <id> does not exist in <dir>."
 * (recorded on every line by the contract suite's cli scenario), not 404: the CLI makes it the
 * not-found it is (exit 4).
 */
export function isUnknownJar(error: unknown): boolean {
  return (
    error instanceof FlinkApiError &&
    error.status === 400 &&
    error.flinkErrors.some((e) => / does not exist in /.test(e))
  );
}
