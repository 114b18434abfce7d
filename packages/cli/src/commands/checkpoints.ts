import type { Command } from 'commander';
import { parseHexId, parsePositiveInt } from '../argument-parsers.js';
import { flinkGet } from '../flink-get.js';
import type { Run } from '../main.js';
import { emit } from '../output.js';
import { renderFields, renderTable } from '../render-table.js';

type Body = Record<string, unknown>;

/** `checkpoints list <job>` and `checkpoints get <job> <id> [--vertex <vertex>]`. */
export function registerCheckpoints(program: Command, run: Run): void {
  const checkpoints = program.command('checkpoints').description("a job's checkpoint history");
  checkpoints
    .command('list')
    .description('counts and history of checkpoints and savepoints (GET /jobs/:jobid/checkpoints)')
    .argument('<job>', 'job id', parseHexId('job id'))
    .action((job: string, _o, command: Command) =>
      run(command, async (session) => {
        const body = (await flinkGet(session, '/jobs/{jobid}/checkpoints', { jobid: job })) as {
          history?: Body[];
        };
        emit(session, body, () =>
          renderTable(
            ['id', 'type', 'status', 'savepoint', 'external path'],
            (body.history ?? []).map((c) => [
              c.id,
              c.checkpoint_type,
              c.status,
              c.is_savepoint,
              c.external_path,
            ]),
            '(no checkpoints)',
          ),
        );
        return undefined;
      }),
    );
  checkpoints
    .command('get')
    .description('one checkpoint (GET /jobs/:jobid/checkpoints/details/:id[/subtasks/:vertex])')
    .argument('<job>', 'job id', parseHexId('job id'))
    .argument('<id>', 'checkpoint id', parsePositiveInt('checkpoint id'))
    .option('--vertex <vertex>', 'one vertex: its subtasks', parseHexId('--vertex'))
    .action((job: string, id: number, options: { vertex?: string }, command: Command) =>
      run(command, async (session) => {
        const body =
          options.vertex === undefined
            ? await flinkGet(session, '/jobs/{jobid}/checkpoints/details/{checkpointid}', {
                jobid: job,
                checkpointid: String(id),
              })
            : await flinkGet(
                session,
                '/jobs/{jobid}/checkpoints/details/{checkpointid}/subtasks/{vertexid}',
                {
                  jobid: job,
                  checkpointid: String(id),
                  vertexid: options.vertex,
                },
              );
        emit(session, body, () => {
          const { tasks: _tasks, subtasks, ...fields } = body as Body;
          if (!Array.isArray(subtasks)) return renderFields(fields);
          // --vertex: the vertex's totals, then one row per subtask.
          return `${renderFields(fields)}\n${renderTable(
            ['subtask', 'status', 'checkpointed size', 'state size', 'end to end (ms)'],
            (subtasks as Body[]).map((t) => [
              t.index,
              t.status,
              t.checkpointed_size,
              t.state_size,
              t.end_to_end_duration,
            ]),
          )}`;
        });
        return undefined;
      }),
    );
}
