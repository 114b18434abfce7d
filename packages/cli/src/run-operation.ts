import type { AsyncOperation, OperationKind, PollOptions } from '@flink-rest/client';
import { describeError } from './describe-error.js';
import { EXIT, type ExitCode, exitCodeFor } from './exit-codes.js';
import { emit } from './output.js';
import { startProgress } from './progress.js';
import type { Session } from './session.js';

/** What an async command reports, as its `--json` document. */
export interface OperationReport {
  readonly kind: OperationKind;
  readonly triggerId: string;
  readonly jobId?: string;
  readonly status:
    | 'TRIGGERED'
    | 'IN_PROGRESS'
    | 'COMPLETED'
    | 'FAILED'
    | 'TIMEOUT'
    | 'NOT_FOUND'
    | 'INTERRUPTED'
    | 'ERROR';
  readonly location?: string;
  readonly checkpointId?: number;
  /** The command that picks the operation up again. */
  readonly resume?: string;
  readonly error?: string;
}

export interface OperationPlan {
  readonly kind: OperationKind;
  /** Known before the trigger is sent (client-generated), or from Flink's answer. */
  readonly triggerId?: string;
  readonly jobId?: string;
  /** The `flink-rest …` command that waits for it again, given its trigger id. */
  readonly resume: (triggerId: string) => string;
  readonly trigger: () => Promise<AsyncOperation<OperationKind>>;
  readonly wait: boolean;
}

const STATUS_OF: Partial<Record<ExitCode, OperationReport['status']>> = {
  [EXIT.FAILED]: 'FAILED',
  [EXIT.TIMEOUT]: 'TIMEOUT',
  [EXIT.NOT_FOUND]: 'NOT_FOUND',
  [EXIT.INTERRUPTED]: 'INTERRUPTED',
};

function humanResult(report: OperationReport, quiet: boolean): string {
  const value =
    report.location ??
    (report.checkpointId !== undefined ? String(report.checkpointId) : undefined);
  if (quiet) return `${value ?? report.triggerId}\n`;
  const lines = [
    `${report.kind} ${report.triggerId}${report.jobId ? ` of job ${report.jobId}` : ''}: ${report.status}`,
  ];
  if (report.location) lines.push(`location: ${report.location}`);
  if (report.checkpointId !== undefined) lines.push(`checkpoint id: ${report.checkpointId}`);
  if (report.resume) lines.push(`resume: ${report.resume}`);
  return `${lines.join('\n')}\n`;
}

/**
 * Trigger, then (unless --no-wait) wait with the progress line. Returns the exit status and
 * prints every outcome itself: the result, or one error line with how to resume when the
 * operation may still finish (timeout, Ctrl-C).
 */
export async function runOperation(session: Session, plan: OperationPlan): Promise<ExitCode> {
  const base = { kind: plan.kind, ...(plan.jobId ? { jobId: plan.jobId } : {}) };
  let triggerId = plan.triggerId;
  const fail = (error: unknown, hint: boolean): ExitCode => {
    const code = exitCodeFor(error);
    const resume = hint && triggerId !== undefined ? plan.resume(triggerId) : undefined;
    if (session.json && triggerId !== undefined) {
      const report: OperationReport = {
        ...base,
        triggerId,
        status: STATUS_OF[code] ?? 'ERROR',
        ...(resume ? { resume } : {}),
        error: (error as Error).message ?? String(error),
      };
      session.io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    }
    session.io.stderr(describeError(error, session.verbose));
    if (resume) {
      const why =
        code === EXIT.INTERRUPTED ? 'the operation goes on' : 'the operation may still finish';
      session.io.stderr(`${plan.kind} trigger id ${triggerId}: ${why}; resume with: ${resume}\n`);
    }
    return code;
  };

  let op: AsyncOperation<OperationKind>;
  try {
    op = await plan.trigger();
  } catch (error) {
    // Interrupted or unanswered, the trigger may have reached Flink: its id finds it again.
    const maybeSent = exitCodeFor(error) === EXIT.CONNECTION || session.io.signal?.aborted === true;
    return fail(error, maybeSent && plan.kind !== 'savepoint-disposal');
  }
  triggerId = op.triggerId;
  const resume = plan.resume(op.triggerId);
  if (!plan.wait) {
    const report: OperationReport = { ...base, triggerId, status: 'TRIGGERED', resume };
    emit(session, report, () => humanResult(report, session.quiet));
    return EXIT.OK;
  }
  const progress = startProgress(session, `${plan.kind} ${op.triggerId}`);
  try {
    const options: PollOptions = {
      ...(session.timeoutMs !== undefined ? { timeoutMs: session.timeoutMs } : {}),
      ...(session.io.signal ? { signal: session.io.signal } : {}),
      onProgress: (e) => progress.update({ status: e.progress ?? 'IN_PROGRESS', polls: e.polls }),
    };
    const result = (await op.wait(options)) as { location?: string; checkpointId?: number };
    progress.done();
    const report: OperationReport = { ...base, triggerId, status: 'COMPLETED', ...result };
    emit(session, report, () => humanResult(report, session.quiet));
    return EXIT.OK;
  } catch (error) {
    progress.done();
    const code = exitCodeFor(error);
    return fail(
      error,
      code === EXIT.TIMEOUT || code === EXIT.INTERRUPTED || code === EXIT.CONNECTION,
    );
  }
}
