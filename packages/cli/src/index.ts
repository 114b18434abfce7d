/**
 * `flink-rest` as a library: `main(argv, io)` runs one command line and resolves with its exit
 * status (what the `flink-rest` bin does with the process's streams).
 */

// The connection options, so that other command lines (`flink-drift probe`) read the same flags
// and `FLINK_REST_*` variables the same way.
export {
  type ConnectionFlags,
  type ConnectionSettings,
  ENV_OF,
  readTlsFiles,
  redactor,
  resolveConnection,
} from './connection-settings.js';
export { formatDuration, parseDuration } from './duration.js';
export { UsageError } from './errors.js';
export { EXIT, type ExitCode, exitCodeFor } from './exit-codes.js';
export type { CliIo } from './io.js';
export { main } from './main.js';
