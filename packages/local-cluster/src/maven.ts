/**
 * `@flink-rest/local-cluster/maven`: the process and Maven runners (and the Java and Maven
 * executable lookup) this package builds and starts its JVMs with, for the repository's other
 * tools (spec-extractor). It loads nothing that starts a cluster: only `node:child_process`,
 * `node:fs` and `write-file-atomic`.
 */
export { LocalClusterError, type LocalClusterErrorCode } from './errors.js';
export { mavenFailureSummary } from './maven-failure-summary.js';
export { type CommandResult, type RunCommandOptions, runCommand } from './run-command.js';
export { type RunMavenOptions, runMaven } from './run-maven.js';
export { javaExecutable, mavenExecutable } from './toolchain.js';
