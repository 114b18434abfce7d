import { type Command, Option } from 'commander';
import { parseHexId, parseVertexParallelism } from '../argument-parsers.js';
import { NotFoundError } from '../errors.js';
import type { Run } from '../main.js';
import { emit } from '../output.js';
import { renderTable } from '../render-table.js';

/**
 * `rescale <job> --parallelism <vertex>=<n>…`: sets each named vertex's parallelism bounds to
 * 1..n through the resource requirements (Flink 1.18+, adaptive scheduler); the other vertices
 * keep theirs. The legacy rescaling endpoint answers 503 in every line (FLINK-12312).
 */
export function registerRescale(program: Command, run: Run): void {
  program
    .command('rescale')
    .description(
      'rescale vertices of a running job (PUT /jobs/:jobid/resource-requirements; adaptive scheduler)',
    )
    .argument('<job>', 'job id (32 hex characters)', parseHexId('job id'))
    .addOption(
      new Option(
        '--parallelism <vertex=n...>',
        'new upper bound per vertex, e.g. 0a44…=4 (repeatable)',
      )
        .argParser((text: string, previous: Record<string, number> | undefined) =>
          parseVertexParallelism(text, previous),
        )
        .makeOptionMandatory(),
    )
    .action((job: string, options: { parallelism: Record<string, number> }, command: Command) =>
      run(command, async (session) => {
        const flink = await session.flink();
        const signal = session.io.signal ? { signal: session.io.signal } : {};
        const current = await flink.jobs.getResourceRequirements(job, signal);
        const next = { ...current };
        for (const [vertex, n] of Object.entries(options.parallelism)) {
          if (!(vertex in current)) {
            throw new NotFoundError(
              `vertex ${vertex} is not a vertex of job ${job} (see \`jobs get ${job}\`)`,
            );
          }
          next[vertex] = { parallelism: { lowerBound: 1, upperBound: n } };
        }
        await flink.jobs.setResourceRequirements(job, next, signal);
        emit(session, { jobId: job, resourceRequirements: next }, () =>
          renderTable(
            ['vertex id', 'lower bound', 'upper bound'],
            Object.entries(next).map(([v, r]) => [
              v,
              r?.parallelism?.lowerBound,
              r?.parallelism?.upperBound,
            ]),
          ),
        );
        return undefined;
      }),
    );
}
