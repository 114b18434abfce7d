import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { type CommandResult, javaExecutable, runCommand } from '@flink-rest/local-cluster/maven';
import { ExtractorError } from './errors.js';

/** Longest one extraction JVM may run, in ms. It takes 2-4 s. */
const JVM_TIMEOUT_MS = 180_000;

const MAIN_CLASS = 'org.flinkrest.specextractor.Main';

/**
 * Runs the extractor jar on a release's classpath in a fresh JVM and returns the OpenAPI
 * document it wrote (as parsed JSON). A failure throws an ExtractorError carrying the
 * extractor's own one-line reason ("spec-extractor: ...").
 */
export async function runExtractor(
  jar: string,
  classpath: string[],
  flinkVersion: string,
  /** Ask the JVM for a stack trace on failure (it lands in the error's `output`). */
  options: { debug?: boolean } = {},
): Promise<unknown> {
  const work = await mkdtemp(join(tmpdir(), 'spec-extractor-'));
  try {
    const output = join(work, 'spec.json');
    const java = javaExecutable();
    let result: CommandResult;
    try {
      result = await runCommand(
        java,
        ['-cp', [jar, ...classpath].join(delimiter), MAIN_CLASS, '--output', output],
        {
          timeoutMs: JVM_TIMEOUT_MS,
          env: options.debug ? { ...process.env, SPEC_EXTRACTOR_DEBUG: '1' } : process.env,
        },
      );
    } catch (error) {
      throw new ExtractorError(
        `Flink ${flinkVersion}: cannot run ${java} (set JAVA_HOME or put java on PATH): ${(error as Error).message}`,
        '',
        { cause: error },
      );
    }
    if (result.code !== 0 || result.timedOut) {
      const reason = result.timedOut
        ? `no result within ${JVM_TIMEOUT_MS} ms`
        : (result.output
            .split('\n')
            .find((line) => line.startsWith('spec-extractor:'))
            ?.replace(/^spec-extractor:\s*/, '') ??
          `exit code ${result.code}: ${result.output.trim().split('\n').at(-1) ?? ''}`);
      throw new ExtractorError(
        `Flink ${flinkVersion}: extractor failed (${MAIN_CLASS}): ${reason}`,
        result.output,
      );
    }
    try {
      return JSON.parse(await readFile(output, 'utf8'));
    } catch (error) {
      throw new ExtractorError(
        `Flink ${flinkVersion}: extractor wrote no readable ${output}: ${(error as Error).message}`,
        result.output,
      );
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
