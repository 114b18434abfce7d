import { newTriggerId, resumeOperation, type SavepointFormat } from '@flink-rest/client';
import { type Command, Option } from 'commander';
import { parseHexId, parseOneOf, SAVEPOINT_FORMATS } from '../argument-parsers.js';
import { EXIT } from '../exit-codes.js';
import type { Run } from '../main.js';
import { emit } from '../output.js';
import { resumeCommand } from '../resume-command.js';
import { runOperation } from '../run-operation.js';
import type { Session } from '../session.js';

interface SavepointOptions {
  targetDir?: string;
  format?: SavepointFormat;
  triggerId?: string;
  wait: boolean;
}

/** How `savepoint` and `stop` operations are picked up again: both poll the savepoint status. */
export const resumeSavepoint = (session: Session, jobId: string) => (triggerId: string) =>
  resumeCommand(session, ['savepoint', 'status', jobId, triggerId, '--wait']);

/** `savepoint <job>`, `savepoint status <job> <trigger-id>`, `savepoint dispose <path>`. */
export function registerSavepoint(program: Command, run: Run): void {
  const savepoint = program
    .command('savepoint')
    .description('take a savepoint and wait for it (POST /jobs/:jobid/savepoints, then poll)')
    .argument('<job>', 'job id (32 hex characters)', parseHexId('job id'))
    .option(
      '--target-dir <dir>',
      "where Flink writes it (default: the cluster's savepoint directory)",
    )
    .addOption(
      new Option('--format <format>', 'CANONICAL or NATIVE').argParser(
        parseOneOf('--format', SAVEPOINT_FORMATS),
      ),
    )
    .addOption(
      new Option(
        '--trigger-id <id>',
        'the id of a trigger whose answer was lost: the same savepoint',
      ).argParser(parseHexId('--trigger-id')),
    )
    .option('--no-wait', 'print the trigger id and how to resume, without waiting')
    .action((job: string, options: SavepointOptions, command: Command) =>
      run(command, async (session) => {
        const flink = await session.flink();
        const triggerId = options.triggerId ?? newTriggerId();
        return runOperation(session, {
          kind: 'savepoint',
          triggerId,
          jobId: job,
          resume: resumeSavepoint(session, job),
          wait: options.wait,
          trigger: () =>
            flink.savepoints.trigger(job, {
              triggerId,
              ...(options.targetDir !== undefined ? { targetDirectory: options.targetDir } : {}),
              ...(options.format !== undefined ? { formatType: options.format } : {}),
              ...(session.io.signal ? { signal: session.io.signal } : {}),
            }),
        });
      }),
    );

  savepoint
    .command('status')
    .description(
      'where a savepoint (or stop) is; --wait waits for it (GET /jobs/:jobid/savepoints/:triggerid)',
    )
    .argument('<job>', 'job id', parseHexId('job id'))
    .argument('<trigger-id>', 'the trigger id it was given', parseHexId('trigger id'))
    .option('--wait', 'wait until it completes, as `savepoint` does')
    .action((job: string, triggerId: string, options: { wait?: boolean }, command: Command) =>
      run(command, async (session) => {
        const flink = await session.flink();
        const op = resumeOperation(flink, {
          kind: 'savepoint',
          triggerId,
          jobId: job,
          flinkVersion: flink.flinkVersion,
        });
        const plan = {
          kind: 'savepoint',
          triggerId,
          jobId: job,
          resume: resumeSavepoint(session, job),
        } as const;
        if (options.wait)
          return runOperation(session, { ...plan, wait: true, trigger: async () => op });
        const status = await op.poll(session.io.signal ? { signal: session.io.signal } : {});
        const report = {
          kind: 'savepoint',
          triggerId,
          jobId: job,
          status: status.status,
          ...(status.status === 'COMPLETED' ? status.result : { resume: plan.resume(triggerId) }),
        };
        emit(session, report, () =>
          session.quiet
            ? `${'location' in report ? report.location : report.status}\n`
            : `savepoint ${triggerId} of job ${job}: ${report.status}${'location' in report ? `\nlocation: ${report.location}` : ''}\n`,
        );
        return EXIT.OK;
      }),
    );

  savepoint
    .command('dispose')
    .description("delete a savepoint's files (POST /savepoint-disposal, then poll)")
    .argument('<path>', 'the savepoint location, as `savepoint` printed it')
    .option('--no-wait', 'print the trigger id without waiting')
    .action((path: string, options: { wait: boolean }, command: Command) =>
      run(command, async (session) => {
        if (path.trim() === '') throw new TypeError('savepoint path must not be empty');
        const flink = await session.flink();
        return runOperation(session, {
          kind: 'savepoint-disposal',
          // Flink mints disposal ids, so the disposal is never re-sent: resuming is re-running.
          resume: () => resumeCommand(session, ['savepoint', 'dispose', path]),
          wait: options.wait,
          trigger: () =>
            flink.savepoints.dispose(path, session.io.signal ? { signal: session.io.signal } : {}),
        });
      }),
    );
}
