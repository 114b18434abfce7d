import type { Command } from 'commander';
import { parseNameList } from '../argument-parsers.js';
import { UsageError } from '../errors.js';
import { flinkGet } from '../flink-get.js';
import type { Run } from '../main.js';
import { emit } from '../output.js';
import { renderTable } from '../render-table.js';

type Body = Record<string, unknown>;

/** `jobmanager config|logs|metrics`. */
export function registerJobmanager(program: Command, run: Run): void {
  const jm = program.command('jobmanager').description('the JobManager');
  jm.command('config')
    .description("the JobManager's configuration (GET /jobmanager/config)")
    .action((_o, command: Command) =>
      run(command, async (session) => {
        const body = (await flinkGet(session, '/jobmanager/config')) as Body[];
        emit(session, body, () =>
          renderTable(
            ['key', 'value'],
            body.map((e) => [e.key, e.value]),
          ),
        );
        return undefined;
      }),
    );
  jm.command('logs')
    .description('the log files, or one file (GET /jobmanager/logs[/:filename])')
    .argument('[file]', 'a file name from the list')
    .action((file: string | undefined, _o, command: Command) =>
      run(command, async (session) => {
        if (file !== undefined && (file === '' || file.includes('/')))
          throw new UsageError(`log file "${file}" must be a file name from \`jobmanager logs\``);
        if (file === undefined) {
          const body = (await flinkGet(session, '/jobmanager/logs')) as { logs?: Body[] };
          emit(session, body, () =>
            renderTable(
              ['name', 'size'],
              (body.logs ?? []).map((l) => [l.name, l.size]),
            ),
          );
          return undefined;
        }
        const text = (await flinkGet(
          session,
          '/jobmanager/logs/{filename}',
          { filename: file },
          undefined,
          'text',
        )) as string;
        emit(session, { file, content: text }, () => text);
        return undefined;
      }),
    );
  jm.command('metrics')
    .description("the JobManager's metrics: their ids, or with --get their values")
    .option('--get <names>', 'metric ids, comma-separated', parseNameList('--get'))
    .action((options: { get?: string[] }, command: Command) =>
      run(command, async (session) => {
        const flink = await session.flink();
        const body = await flink.metrics.jobManager(
          options.get,
          session.io.signal ? { signal: session.io.signal } : {},
        );
        emit(session, body, () =>
          renderTable(
            ['id', 'value'],
            body.map((m) => [m.id, m.value]),
          ),
        );
        return undefined;
      }),
    );
}
