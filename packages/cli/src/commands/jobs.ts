import type { JobStatus } from '@flink-rest/client';
import { type Command, Option } from 'commander';
import { parseHexId, parseStatuses } from '../argument-parsers.js';
import { formatDuration } from '../duration.js';
import { flinkGet } from '../flink-get.js';
import type { Run } from '../main.js';
import { emit } from '../output.js';
import { startProgress } from '../progress.js';
import { renderFields, renderTable } from '../render-table.js';

type Body = Record<string, unknown>;

const time = (ms: unknown) => (typeof ms === 'number' && ms > 0 ? new Date(ms).toISOString() : '-');
const took = (ms: unknown) => (typeof ms === 'number' && ms >= 0 ? formatDuration(ms) : '-');

/** `jobs list|get|exceptions|config|cancel|wait`. */
export function registerJobs(program: Command, run: Run): void {
  const jobs = program
    .command('jobs')
    .description('jobs: list, inspect, cancel, wait for a status');
  const jobId = parseHexId('job id');

  jobs
    .command('list')
    .description('every job with its state (GET /jobs/overview)')
    .action((_o, command: Command) =>
      run(command, async (session) => {
        const body = (await flinkGet(session, '/jobs/overview')) as { jobs?: Body[] };
        emit(session, body, () =>
          renderTable(
            ['job id', 'name', 'state', 'start', 'duration'],
            (body.jobs ?? []).map((j) => [
              j.jid,
              j.name,
              j.state,
              time(j['start-time']),
              took(j.duration),
            ]),
            '(no jobs)',
          ),
        );
        return undefined;
      }),
    );

  jobs
    .command('get')
    .description('one job and its vertices (GET /jobs/:jobid)')
    .argument('<job>', 'job id (32 hex characters)', jobId)
    .action((job: string, _o, command: Command) =>
      run(command, async (session) => {
        const body = (await flinkGet(session, '/jobs/{jobid}', { jobid: job })) as Body;
        emit(session, body, () => {
          const { vertices, ...rest } = body;
          const fields = Object.fromEntries(
            ['jid', 'name', 'state', 'job-type', 'start-time', 'end-time', 'duration']
              .filter((k) => k in rest)
              .map((k) => [
                k,
                k.endsWith('-time') ? time(rest[k]) : k === 'duration' ? took(rest[k]) : rest[k],
              ]),
          );
          const rows = ((vertices as Body[] | undefined) ?? []).map((v) => [
            v.id,
            v.name,
            v.parallelism,
            v.status,
          ]);
          return `${renderFields(fields)}\n${renderTable(['vertex id', 'name', 'parallelism', 'status'], rows)}`;
        });
        return undefined;
      }),
    );

  jobs
    .command('exceptions')
    .description("the job's exception history (GET /jobs/:jobid/exceptions)")
    .argument('<job>', 'job id', jobId)
    .action((job: string, _o, command: Command) =>
      run(command, async (session) => {
        const body = (await flinkGet(session, '/jobs/{jobid}/exceptions', { jobid: job })) as {
          exceptionHistory?: { entries?: Body[] };
        };
        emit(session, body, () =>
          renderTable(
            ['time', 'exception', 'task'],
            (body.exceptionHistory?.entries ?? []).map((e) => [
              time(e.timestamp),
              String(e.exceptionName ?? e.stacktrace ?? '').split('\n')[0],
              e.taskName,
            ]),
            '(no exceptions)',
          ),
        );
        return undefined;
      }),
    );

  jobs
    .command('config')
    .description("the job's execution configuration (GET /jobs/:jobid/config)")
    .argument('<job>', 'job id', jobId)
    .action((job: string, _o, command: Command) =>
      run(command, async (session) => {
        const body = (await flinkGet(session, '/jobs/{jobid}/config', { jobid: job })) as Body;
        emit(session, body, () => renderFields(body['execution-config'] ?? body));
        return undefined;
      }),
    );

  jobs
    .command('cancel')
    .description('cancel a job, without a savepoint (PATCH /jobs/:jobid?mode=cancel); see `stop`')
    .argument('<job>', 'job id', jobId)
    .action((job: string, _o, command: Command) =>
      run(command, async (session) => {
        const flink = await session.flink();
        await flink.jobs.cancel(job, session.io.signal ? { signal: session.io.signal } : {});
        const result = { jobId: job, requested: 'cancel' };
        emit(session, result, () =>
          session.quiet
            ? ''
            : `cancellation of job ${job} requested (flink-rest jobs wait ${job} --status CANCELED)\n`,
        );
        return undefined;
      }),
    );

  jobs
    .command('wait')
    .description('wait until the job is in one of the statuses; exit 1 if it ends in another')
    .argument('<job>', 'job id', jobId)
    .addOption(
      new Option('--status <statuses>', 'statuses to wait for, comma-separated: RUNNING,FINISHED')
        .argParser(parseStatuses)
        .makeOptionMandatory(),
    )
    .option('--all-tasks', 'for RUNNING: also wait until every task runs')
    .action((job: string, options: { status: JobStatus[]; allTasks?: boolean }, command: Command) =>
      run(command, async (session) => {
        const flink = await session.flink();
        const progress = startProgress(session, `job ${job} → ${options.status.join('|')}`);
        try {
          const status = await flink.jobs.waitForStatus(job, options.status, {
            allTasksRunning: options.allTasks === true,
            ...(session.timeoutMs !== undefined ? { timeoutMs: session.timeoutMs } : {}),
            ...(session.io.signal ? { signal: session.io.signal } : {}),
            onProgress: (e) => progress.update({ status: e.progress ?? 'waiting', polls: e.polls }),
          });
          progress.done();
          emit(session, { jobId: job, status }, () =>
            session.quiet ? `${status}\n` : `job ${job}: ${status}\n`,
          );
        } finally {
          progress.done();
        }
        return undefined;
      }),
    );
}
