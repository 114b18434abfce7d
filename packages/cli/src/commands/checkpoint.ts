import { type CheckpointType, newTriggerId, resumeOperation } from '@flink-rest/client';
import { type Command, Option } from 'commander';
import { CHECKPOINT_TYPES, parseHexId, parseOneOf } from '../argument-parsers.js';
import { EXIT } from '../exit-codes.js';
import type { Run } from '../main.js';
import { emit } from '../output.js';
import { resumeCommand } from '../resume-command.js';
import { runOperation } from '../run-operation.js';
import type { Session } from '../session.js';

const resumeCheckpoint = (session: Session, jobId: string) => (triggerId: string) =>
  resumeCommand(session, ['checkpoint', 'status', jobId, triggerId, '--wait']);

/** `checkpoint <job>` (Flink 1.17+) and `checkpoint status <job> <trigger-id>`. */
export function registerCheckpoint(program: Command, run: Run): void {
  const checkpoint = program
    .command('checkpoint')
    .description('take a checkpoint now and wait for it (POST /jobs/:jobid/checkpoints, then poll)')
    .argument('<job>', 'job id (32 hex characters)', parseHexId('job id'))
    .addOption(
      new Option(
        '--type <type>',
        'FULL, INCREMENTAL or CONFIGURED (default: CONFIGURED)',
      ).argParser(parseOneOf('--type', CHECKPOINT_TYPES)),
    )
    .addOption(
      new Option(
        '--trigger-id <id>',
        'the id of a trigger whose answer was lost: the same checkpoint',
      ).argParser(parseHexId('--trigger-id')),
    )
    .option('--no-wait', 'print the trigger id and how to resume, without waiting')
    .action(
      (
        job: string,
        options: { type?: CheckpointType; triggerId?: string; wait: boolean },
        command: Command,
      ) =>
        run(command, async (session) => {
          const flink = await session.flink();
          const triggerId = options.triggerId ?? newTriggerId();
          return runOperation(session, {
            kind: 'checkpoint',
            triggerId,
            jobId: job,
            resume: resumeCheckpoint(session, job),
            wait: options.wait,
            trigger: () =>
              flink.checkpoints.trigger(job, {
                triggerId,
                ...(options.type !== undefined ? { checkpointType: options.type } : {}),
                ...(session.io.signal ? { signal: session.io.signal } : {}),
              }),
          });
        }),
    );

  checkpoint
    .command('status')
    .description(
      'where a triggered checkpoint is; --wait waits for it (GET /jobs/:jobid/checkpoints/:triggerid)',
    )
    .argument('<job>', 'job id', parseHexId('job id'))
    .argument('<trigger-id>', 'the trigger id it was given', parseHexId('trigger id'))
    .option('--wait', 'wait until it completes, as `checkpoint` does')
    .action((job: string, triggerId: string, options: { wait?: boolean }, command: Command) =>
      run(command, async (session) => {
        const flink = await session.flink();
        const op = resumeOperation(flink, {
          kind: 'checkpoint',
          triggerId,
          jobId: job,
          flinkVersion: flink.flinkVersion,
        });
        const resume = resumeCheckpoint(session, job);
        if (options.wait)
          return runOperation(session, {
            kind: 'checkpoint',
            triggerId,
            jobId: job,
            resume,
            wait: true,
            trigger: async () => op,
          });
        const status = await op.poll(session.io.signal ? { signal: session.io.signal } : {});
        const report = {
          kind: 'checkpoint',
          triggerId,
          jobId: job,
          status: status.status,
          ...(status.status === 'COMPLETED' ? status.result : { resume: resume(triggerId) }),
        };
        emit(session, report, () => `checkpoint ${triggerId} of job ${job}: ${report.status}\n`);
        return EXIT.OK;
      }),
    );
}
