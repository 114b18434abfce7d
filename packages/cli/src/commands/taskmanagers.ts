import type { Command } from 'commander';
import { parseNameList } from '../argument-parsers.js';
import { UsageError } from '../errors.js';
import { flinkGet } from '../flink-get.js';
import type { Run } from '../main.js';
import { emit } from '../output.js';
import { renderFields, renderTable } from '../render-table.js';

type Body = Record<string, unknown>;

function parseTaskManagerId(text: string): string {
  if (text.trim() === '') throw new UsageError('task manager id must not be empty');
  return text;
}

/** `taskmanagers list|get|metrics|thread-dump`. */
export function registerTaskmanagers(program: Command, run: Run): void {
  const tms = program.command('taskmanagers').description('the TaskManagers');
  tms
    .command('list')
    .description('every TaskManager with its slots (GET /taskmanagers)')
    .action((_o, command: Command) =>
      run(command, async (session) => {
        const body = (await flinkGet(session, '/taskmanagers')) as { taskmanagers?: Body[] };
        emit(session, body, () =>
          renderTable(
            ['id', 'slots', 'free slots', 'path'],
            (body.taskmanagers ?? []).map((t) => [t.id, t.slotsNumber, t.freeSlots, t.path]),
            '(no task managers)',
          ),
        );
        return undefined;
      }),
    );
  tms
    .command('get')
    .description('one TaskManager (GET /taskmanagers/:taskmanagerid)')
    .argument('<tm>', 'TaskManager id, as `taskmanagers list` shows it', parseTaskManagerId)
    .action((tm: string, _o, command: Command) =>
      run(command, async (session) => {
        const body = (await flinkGet(session, '/taskmanagers/{taskmanagerid}', {
          taskmanagerid: tm,
        })) as Body;
        emit(session, body, () => renderFields(body));
        return undefined;
      }),
    );
  tms
    .command('metrics')
    .description("a TaskManager's metrics: their ids, or with --get their values")
    .argument('<tm>', 'TaskManager id', parseTaskManagerId)
    .option('--get <names>', 'metric ids, comma-separated', parseNameList('--get'))
    .action((tm: string, options: { get?: string[] }, command: Command) =>
      run(command, async (session) => {
        const body = (await flinkGet(
          session,
          '/taskmanagers/{taskmanagerid}/metrics',
          { taskmanagerid: tm },
          options.get ? { get: options.get } : undefined,
        )) as Body[];
        emit(session, body, () =>
          renderTable(
            ['id', 'value'],
            body.map((m) => [m.id, m.value]),
          ),
        );
        return undefined;
      }),
    );
  tms
    .command('thread-dump')
    .description("a TaskManager's threads (GET /taskmanagers/:taskmanagerid/thread-dump)")
    .argument('<tm>', 'TaskManager id', parseTaskManagerId)
    .action((tm: string, _o, command: Command) =>
      run(command, async (session) => {
        const body = (await flinkGet(session, '/taskmanagers/{taskmanagerid}/thread-dump', {
          taskmanagerid: tm,
        })) as { threadInfos?: Body[] };
        emit(session, body, () =>
          (body.threadInfos ?? [])
            .map((t) => `${String(t.stringifiedThreadInfo ?? t.threadName).trimEnd()}\n`)
            .join(''),
        );
        return undefined;
      }),
    );
}
