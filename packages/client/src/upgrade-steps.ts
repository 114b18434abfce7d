import type { JobStatus } from './job-status.js';

/**
 * The steps of a stateful upgrade, in order. `resolve` reads what the old job runs with,
 * `upload` sends the new jar (before anything stops: a failed upload leaves the old job alone),
 * `stop` takes the savepoint (or picks the checkpoint, or cancels), `start` runs the new jar,
 * `healthy` watches it. On a failure after the old job stopped, `rollback` cancels the new job
 * and runs the old jar from the same savepoint. `done`, `rolled-back` and `failed` are the ends.
 */
export type UpgradeStep =
  | 'resolve'
  | 'upload'
  | 'stop'
  | 'start'
  | 'healthy'
  | 'rollback'
  | 'done'
  | 'rolled-back'
  | 'failed';

export const UPGRADE_STEPS: readonly UpgradeStep[] = [
  'resolve',
  'upload',
  'stop',
  'start',
  'healthy',
  'rollback',
  'done',
  'rolled-back',
  'failed',
];

/** How the old job's state reaches the new one (the Flink Kubernetes operator's names). */
export type UpgradeMode = 'savepoint' | 'last-state' | 'stateless';
export const UPGRADE_MODES: readonly UpgradeMode[] = ['savepoint', 'last-state', 'stateless'];

/** What "the new job works" means: all must hold at once. */
export interface HealthCriteria {
  /** RUNNING with every task RUNNING and no restart, for this long, in ms. Default 30_000. */
  readonly runningForMs: number;
  /** Checkpoints the new job completed (restores do not count). Default 1. */
  readonly completedCheckpoints: number;
}

/** What a job runs: the old one's is what a rollback starts again. */
export interface JarRun {
  /** The jar as Flink stores it (`POST /jars/upload`'s id). */
  readonly jarId: string;
  readonly entryClass?: string;
  readonly args?: readonly string[];
  readonly parallelism?: number;
}

/** One finished step, as `steps` lists them. */
export interface StepRecord {
  readonly step: UpgradeStep;
  readonly status: 'done' | 'failed';
  /** What the step produced or why it failed, one line. */
  readonly detail?: string;
}

/**
 * Everything an upgrade knows, as plain JSON: `toJSON()` returns it, `resumeUpgrade` continues
 * from it. Ids that make a step safe to repeat are written here *before* the request that uses
 * them is sent: the stop's trigger id (Flink dedups a re-sent stop on it) and the new job's id
 * (`POST /jars/:jarid/run` takes it, and a job that already exists is adopted, not started again).
 */
export interface UpgradeState {
  readonly kind: 'upgrade';
  /** Flink line of the client that began it. */
  readonly flinkVersion: string;
  /** The job being upgraded. */
  readonly jobId: string;
  readonly mode: UpgradeMode;
  /** The new jar: a path to upload, or the id of an uploaded jar. */
  readonly jar: { readonly path: string } | { readonly jarId: string };
  readonly entryClass?: string;
  readonly args?: readonly string[];
  readonly parallelism?: number;
  readonly targetDirectory?: string;
  readonly allowNonRestoredState: boolean;
  readonly healthy: HealthCriteria;
  readonly rollback: boolean;
  /** The old job's run, for a rollback: given, completed by `resolve`. */
  readonly previous?: JarRun;
  readonly step: UpgradeStep;
  /** The new jar's id once uploaded (or as given). */
  readonly newJarId?: string;
  /** Trigger id of the stop-with-savepoint, written before it is sent. */
  readonly stopTriggerId?: string;
  /**
   * Earlier stop trigger ids that a JobManager failover lost: the new leader did not know them
   * and ran the job again, so the stop was sent again under `stopTriggerId`.
   */
  readonly lostStopTriggerIds?: readonly string[];
  /** The savepoint (or retained checkpoint) the new job starts from; absent for `stateless`. */
  readonly savepoint?: string;
  /** The new job's id, chosen by the client and written before the run request. */
  readonly newJobId?: string;
  /** The job a rollback started, chosen the same way. */
  readonly rollbackJobId?: string;
  /** Why the upgrade failed: the step and a one-line message. */
  readonly failure?: {
    readonly step: UpgradeStep;
    readonly name: string;
    readonly message: string;
  };
  /** Why the rollback failed, if it did. */
  readonly rollbackFailure?: { readonly name: string; readonly message: string };
  readonly steps: readonly StepRecord[];
}

/** What the driver reports after each request that changes the upgrade. */
export type UpgradeEvent =
  | { readonly type: 'resolved'; readonly previous: JarRun | undefined }
  | { readonly type: 'uploaded'; readonly jarId: string }
  | { readonly type: 'stop-planned'; readonly triggerId: string }
  | { readonly type: 'stop-lost'; readonly triggerId: string }
  | { readonly type: 'stopped'; readonly savepoint: string | undefined }
  | { readonly type: 'reuploaded'; readonly jarId: string }
  | { readonly type: 'start-planned'; readonly jobId: string }
  | { readonly type: 'started' }
  | { readonly type: 'healthy' }
  | { readonly type: 'rollback-planned'; readonly jobId: string }
  | { readonly type: 'rolled-back' }
  | {
      readonly type: 'failed';
      readonly error: { readonly name: string; readonly message: string };
    };

export const FINAL_STEPS: ReadonlySet<UpgradeStep> = new Set(['done', 'rolled-back', 'failed']);

/** Whether the old job may have stopped: from here on a failure leaves it down unless rolled back. */
export function oldJobStopped(state: UpgradeState): boolean {
  return (
    state.savepoint !== undefined ||
    state.step === 'start' ||
    state.step === 'healthy' ||
    state.step === 'rollback'
  );
}

function record(state: UpgradeState, r: StepRecord): readonly StepRecord[] {
  return [...state.steps, r];
}

/**
 * The state machine: the state after `event`, a pure function. An event that does not belong
 * to the current step is a bug in the driver and throws.
 */
export function advance(state: UpgradeState, event: UpgradeEvent): UpgradeState {
  const wrong = () =>
    new Error(`upgrade: event ${event.type} does not belong to step ${state.step}`);
  if (FINAL_STEPS.has(state.step)) throw wrong();
  if (event.type === 'failed') {
    const failure = { step: state.step, ...event.error };
    const steps = record(state, {
      step: state.step,
      status: 'failed',
      detail: event.error.message,
    });
    if (state.step === 'rollback') {
      return { ...state, step: 'failed', rollbackFailure: event.error, steps };
    }
    const roll = state.rollback && oldJobStopped(state);
    return { ...state, step: roll ? 'rollback' : 'failed', failure, steps };
  }
  switch (state.step) {
    case 'resolve':
      if (event.type !== 'resolved') throw wrong();
      return {
        ...state,
        ...(event.previous ? { previous: event.previous } : {}),
        step: 'path' in state.jar ? 'upload' : 'stop',
        ...('jarId' in state.jar ? { newJarId: state.jar.jarId } : {}),
        steps: record(state, {
          step: 'resolve',
          status: 'done',
          ...(event.previous ? { detail: `previous jar ${event.previous.jarId}` } : {}),
        }),
      };
    case 'upload':
      if (event.type !== 'uploaded') throw wrong();
      return {
        ...state,
        newJarId: event.jarId,
        step: 'stop',
        steps: record(state, { step: 'upload', status: 'done', detail: event.jarId }),
      };
    case 'stop':
      if (event.type === 'stop-planned') {
        if (state.stopTriggerId !== undefined) throw wrong();
        return { ...state, stopTriggerId: event.triggerId };
      }
      if (event.type === 'stop-lost') {
        if (state.stopTriggerId === undefined || state.mode !== 'savepoint') throw wrong();
        return {
          ...state,
          stopTriggerId: event.triggerId,
          lostStopTriggerIds: [...(state.lostStopTriggerIds ?? []), state.stopTriggerId],
        };
      }
      if (event.type !== 'stopped') throw wrong();
      if ((event.savepoint === undefined) !== (state.mode === 'stateless')) throw wrong();
      return {
        ...state,
        ...(event.savepoint !== undefined ? { savepoint: event.savepoint } : {}),
        step: 'start',
        steps: record(state, {
          step: 'stop',
          status: 'done',
          detail: event.savepoint ?? 'cancelled without state',
        }),
      };
    case 'start':
      if (event.type === 'reuploaded') {
        // Only a jar the upgrade holds the path of can go up again.
        if (!('path' in state.jar)) throw wrong();
        return {
          ...state,
          newJarId: event.jarId,
          steps: record(state, {
            step: 'upload',
            status: 'done',
            detail: `${event.jarId} (again: the JobManager now answering has no ${state.newJarId})`,
          }),
        };
      }
      if (event.type === 'start-planned') {
        if (state.newJobId !== undefined) throw wrong();
        return { ...state, newJobId: event.jobId };
      }
      if (event.type !== 'started' || state.newJobId === undefined) throw wrong();
      return {
        ...state,
        step: 'healthy',
        steps: record(state, { step: 'start', status: 'done', detail: state.newJobId }),
      };
    case 'healthy':
      if (event.type !== 'healthy') throw wrong();
      return { ...state, step: 'done', steps: record(state, { step: 'healthy', status: 'done' }) };
    case 'rollback':
      if (event.type === 'rollback-planned') {
        if (state.rollbackJobId !== undefined) throw wrong();
        return { ...state, rollbackJobId: event.jobId };
      }
      if (event.type !== 'rolled-back' || state.rollbackJobId === undefined) throw wrong();
      return {
        ...state,
        step: 'rolled-back',
        steps: record(state, { step: 'rollback', status: 'done', detail: state.rollbackJobId }),
      };
  }
  throw wrong();
}

/** One look at the new job: what `decideHealth` judges. */
export interface HealthSample {
  readonly status: JobStatus | string;
  /** Every vertex RUNNING (a job is RUNNING before its tasks are). */
  readonly allTasksRunning: boolean;
  /** Failures in the job's exception history: each one was a restart or the end. */
  readonly failures: number;
  /** The first line of the latest failure, if any. */
  readonly lastFailure?: string;
  readonly completedCheckpoints: number;
  /** When this sample was taken, in ms (the injected clock). */
  readonly at: number;
}

export type HealthDecision =
  | { readonly state: 'wait'; readonly runningSince: number | undefined; readonly progress: string }
  | { readonly state: 'healthy' }
  | { readonly state: 'unhealthy'; readonly reason: string };

const ENDED: ReadonlySet<string> = new Set(['FAILED', 'CANCELED', 'FINISHED', 'SUSPENDED']);

/**
 * Whether the new job works, from one sample and when it was first seen fully running
 * (`runningSince`, carried from the previous decision). Any failure is final: a job that
 * restarted once is not the job that was asked for, even if it runs again.
 */
export function decideHealth(
  sample: HealthSample,
  runningSince: number | undefined,
  criteria: HealthCriteria,
): HealthDecision {
  if (sample.failures > 0 || sample.status === 'RESTARTING' || sample.status === 'FAILING') {
    return {
      state: 'unhealthy',
      reason: `the new job failed${sample.lastFailure ? `: ${sample.lastFailure}` : ` (${sample.status})`}`,
    };
  }
  if (ENDED.has(sample.status)) {
    return { state: 'unhealthy', reason: `the new job is ${sample.status}` };
  }
  if (sample.status !== 'RUNNING' || !sample.allTasksRunning) {
    return {
      state: 'wait',
      runningSince: undefined,
      progress: sample.status === 'RUNNING' ? 'tasks starting' : sample.status,
    };
  }
  const since = runningSince ?? sample.at;
  const ranFor = sample.at - since;
  if (
    ranFor >= criteria.runningForMs &&
    sample.completedCheckpoints >= criteria.completedCheckpoints
  )
    return { state: 'healthy' };
  return {
    state: 'wait',
    runningSince: since,
    progress: `running ${ranFor} of ${criteria.runningForMs} ms, ${sample.completedCheckpoints} of ${criteria.completedCheckpoints} checkpoints`,
  };
}

/**
 * For `last-state`: the latest completed checkpoint or savepoint of `GET /jobs/:jobid/checkpoints`
 * that is still on disk, or undefined. Flink keeps `latest.completed` and `latest.savepoint`.
 */
export function latestRetained(body: unknown): string | undefined {
  const latest = (body as { latest?: Record<string, unknown> } | null)?.latest;
  const candidates = [latest?.completed, latest?.savepoint]
    .filter(
      (c): c is { id: number; external_path: string; discarded?: boolean } =>
        typeof c === 'object' &&
        c !== null &&
        typeof (c as { external_path?: unknown }).external_path === 'string' &&
        (c as { discarded?: unknown }).discarded !== true,
    )
    .sort((a, b) => b.id - a.id);
  return candidates[0]?.external_path;
}

/** The savepoint a finished stop-with-savepoint left in the job's history, for a stop whose result expired. */
export function latestSavepoint(body: unknown): string | undefined {
  const sp = (body as { latest?: { savepoint?: { external_path?: unknown } | null } } | null)
    ?.latest?.savepoint;
  return typeof sp?.external_path === 'string' ? sp.external_path : undefined;
}
