import { newTriggerId, type SavepointFormat } from '@flink-rest/client';
import { type Command, Option } from 'commander';
import { parseHexId, parseOneOf, SAVEPOINT_FORMATS } from '../argument-parsers.js';
import type { Run } from '../main.js';
import { runOperation } from '../run-operation.js';
import { resumeSavepoint } from './savepoint.js';

/** `stop <job>`: stop with a savepoint (POST /jobs/:jobid/stop), then wait for the savepoint. */
export function registerStop(program: Command, run: Run): void {
  program
    .command('stop')
    .description('stop a job with a savepoint and wait for the savepoint (POST /jobs/:jobid/stop)')
    .argument('<job>', 'job id (32 hex characters)', parseHexId('job id'))
    .option('--savepoint-dir <dir>', "where Flink writes the savepoint (default: the cluster's)")
    .option('--drain', 'emit MAX_WATERMARK first: end event time (for a job that will not resume)')
    .addOption(
      new Option('--format <format>', 'CANONICAL or NATIVE').argParser(
        parseOneOf('--format', SAVEPOINT_FORMATS),
      ),
    )
    .addOption(
      new Option(
        '--trigger-id <id>',
        'the id of a stop whose answer was lost: the same stop',
      ).argParser(parseHexId('--trigger-id')),
    )
    .option('--no-wait', 'print the trigger id and how to resume, without waiting')
    .action(
      (
        job: string,
        options: {
          savepointDir?: string;
          drain?: boolean;
          format?: SavepointFormat;
          triggerId?: string;
          wait: boolean;
        },
        command: Command,
      ) =>
        run(command, async (session) => {
          const flink = await session.flink();
          const triggerId = options.triggerId ?? newTriggerId();
          return runOperation(session, {
            kind: 'stop-with-savepoint',
            triggerId,
            jobId: job,
            resume: resumeSavepoint(session, job),
            wait: options.wait,
            trigger: () =>
              flink.jobs.stopWithSavepoint(job, {
                triggerId,
                drain: options.drain === true,
                ...(options.savepointDir !== undefined
                  ? { targetDirectory: options.savepointDir }
                  : {}),
                ...(options.format !== undefined ? { formatType: options.format } : {}),
                ...(session.io.signal ? { signal: session.io.signal } : {}),
              }),
          });
        }),
    );
}
