/**
 * `flink-rest` as a library: `main(argv, io)` runs one command line and resolves with its exit
 * status (what the `flink-rest` bin does with the process's streams).
 */

export { EXIT, type ExitCode, exitCodeFor } from './exit-codes.js';
export type { CliIo } from './io.js';
export { main } from './main.js';
