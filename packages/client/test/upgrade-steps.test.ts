import { describe, expect, it } from 'vitest';
import {
  advance,
  decideHealth,
  type HealthSample,
  latestRetained,
  latestSavepoint,
  type UpgradeEvent,
  type UpgradeState,
} from '../src/upgrade-steps.js';

const JOB = '0123456789abcdef0123456789abcdef';
const NEW = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const BACK = 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';
const TRIGGER = 'cccccccccccccccccccccccccccccccc';
const SP = 'file:/sp/savepoint-1';

const base: UpgradeState = {
  kind: 'upgrade',
  flinkVersion: '2.3',
  jobId: JOB,
  mode: 'savepoint',
  jar: { path: '/jobs/v2.jar' },
  allowNonRestoredState: false,
  healthy: { runningForMs: 1_000, completedCheckpoints: 1 },
  rollback: true,
  previous: { jarId: 'old.jar' },
  step: 'resolve',
  steps: [],
};
const at = (patch: Partial<UpgradeState>): UpgradeState => ({ ...base, ...patch });
const boom = { type: 'failed', error: { name: 'Error', message: 'boom' } } as const;

describe('advance', () => {
  it.each<{ name: string; given: UpgradeState; event: UpgradeEvent; want: Partial<UpgradeState> }>([
    {
      name: 'resolve → upload when the jar is a path',
      given: base,
      event: { type: 'resolved', previous: { jarId: 'old.jar', parallelism: 2 } },
      want: { step: 'upload', previous: { jarId: 'old.jar', parallelism: 2 } },
    },
    {
      name: 'resolve → stop when the jar is uploaded already',
      given: at({ jar: { jarId: 'new.jar' } }),
      event: { type: 'resolved', previous: undefined },
      want: { step: 'stop', newJarId: 'new.jar' },
    },
    {
      name: 'upload → stop with the stored jar id',
      given: at({ step: 'upload' }),
      event: { type: 'uploaded', jarId: 'x_v2.jar' },
      want: { step: 'stop', newJarId: 'x_v2.jar' },
    },
    {
      name: 'a planned stop keeps the step and records the trigger id',
      given: at({ step: 'stop' }),
      event: { type: 'stop-planned', triggerId: TRIGGER },
      want: { step: 'stop', stopTriggerId: TRIGGER },
    },
    {
      name: 'a stop lost in a failover gets a new trigger id; the lost one is kept',
      given: at({ step: 'stop', stopTriggerId: TRIGGER }),
      event: { type: 'stop-lost', triggerId: NEW },
      want: { step: 'stop', stopTriggerId: NEW, lostStopTriggerIds: [TRIGGER] },
    },
    {
      name: 'a second lost stop adds to the list',
      given: at({ step: 'stop', stopTriggerId: NEW, lostStopTriggerIds: [TRIGGER] }),
      event: { type: 'stop-lost', triggerId: BACK },
      want: { stopTriggerId: BACK, lostStopTriggerIds: [TRIGGER, NEW] },
    },
    {
      name: 'stop → start with the savepoint',
      given: at({ step: 'stop', stopTriggerId: TRIGGER }),
      event: { type: 'stopped', savepoint: SP },
      want: { step: 'start', savepoint: SP },
    },
    {
      name: 'stateless: stop → start without a savepoint',
      given: at({ step: 'stop', mode: 'stateless' }),
      event: { type: 'stopped', savepoint: undefined },
      want: { step: 'start' },
    },
    {
      name: 'a planned start records the new job id',
      given: at({ step: 'start', savepoint: SP }),
      event: { type: 'start-planned', jobId: NEW },
      want: { step: 'start', newJobId: NEW },
    },
    {
      name: 'a jar uploaded again replaces the new jar id and is recorded as an upload',
      given: at({ step: 'start', savepoint: SP, newJarId: 'gone_v2.jar', newJobId: NEW }),
      event: { type: 'reuploaded', jarId: 'again_v2.jar' },
      want: {
        step: 'start',
        newJarId: 'again_v2.jar',
        newJobId: NEW,
        steps: [
          {
            step: 'upload',
            status: 'done',
            detail: 'again_v2.jar (again: the JobManager now answering has no gone_v2.jar)',
          },
        ],
      },
    },
    {
      name: 'start → healthy',
      given: at({ step: 'start', savepoint: SP, newJobId: NEW }),
      event: { type: 'started' },
      want: { step: 'healthy' },
    },
    {
      name: 'healthy → done',
      given: at({ step: 'healthy', savepoint: SP, newJobId: NEW }),
      event: { type: 'healthy' },
      want: { step: 'done' },
    },
    {
      name: 'a failure before the stop ends the upgrade without rollback',
      given: at({ step: 'upload' }),
      event: boom,
      want: { step: 'failed', failure: { step: 'upload', name: 'Error', message: 'boom' } },
    },
    {
      name: 'a failed stop (no savepoint) ends it without rollback',
      given: at({ step: 'stop', stopTriggerId: TRIGGER }),
      event: boom,
      want: { step: 'failed' },
    },
    {
      name: 'a failed start rolls back',
      given: at({ step: 'start', savepoint: SP, newJobId: NEW }),
      event: boom,
      want: { step: 'rollback', failure: { step: 'start', name: 'Error', message: 'boom' } },
    },
    {
      name: 'an unhealthy new job rolls back',
      given: at({ step: 'healthy', savepoint: SP, newJobId: NEW }),
      event: boom,
      want: { step: 'rollback' },
    },
    {
      name: 'rollback: false leaves it failed, savepoint kept for manual use',
      given: at({ step: 'healthy', savepoint: SP, newJobId: NEW, rollback: false }),
      event: boom,
      want: { step: 'failed', savepoint: SP },
    },
    {
      name: 'stateless start failure rolls back too (the old job is down)',
      given: at({ step: 'start', mode: 'stateless' }),
      event: boom,
      want: { step: 'rollback' },
    },
    {
      name: 'a planned rollback records its job id',
      given: at({ step: 'rollback', savepoint: SP }),
      event: { type: 'rollback-planned', jobId: BACK },
      want: { step: 'rollback', rollbackJobId: BACK },
    },
    {
      name: 'rollback → rolled-back',
      given: at({ step: 'rollback', savepoint: SP, rollbackJobId: BACK }),
      event: { type: 'rolled-back' },
      want: { step: 'rolled-back' },
    },
    {
      name: 'a failed rollback ends failed, with both causes',
      given: at({
        step: 'rollback',
        savepoint: SP,
        failure: { step: 'healthy', name: 'Error', message: 'first' },
      }),
      event: boom,
      want: {
        step: 'failed',
        failure: { step: 'healthy', name: 'Error', message: 'first' },
        rollbackFailure: { name: 'Error', message: 'boom' },
      },
    },
  ])('$name', ({ given, event, want }) => {
    const next = advance(given, event);
    expect(next).toMatchObject(want);
    // Nothing but the event's own fields changes.
    expect(next.jobId).toBe(given.jobId);
    expect(JSON.parse(JSON.stringify(next))).toEqual(next);
  });

  it.each<{ name: string; given: UpgradeState; event: UpgradeEvent }>([
    { name: 'an upload result in resolve', given: base, event: { type: 'uploaded', jarId: 'x' } },
    {
      name: 'a second planned stop (one trigger id per upgrade)',
      given: at({ step: 'stop', stopTriggerId: TRIGGER }),
      event: { type: 'stop-planned', triggerId: TRIGGER },
    },
    {
      name: 'a lost stop before any was planned',
      given: at({ step: 'stop' }),
      event: { type: 'stop-lost', triggerId: TRIGGER },
    },
    {
      name: 'a lost stop in a mode that sends none',
      given: at({ step: 'stop', mode: 'last-state', stopTriggerId: TRIGGER }),
      event: { type: 'stop-lost', triggerId: NEW },
    },
    {
      name: 'an upload again of a jar given by id (no bytes to send)',
      given: at({ step: 'start', jar: { jarId: 'new.jar' }, newJarId: 'new.jar' }),
      event: { type: 'reuploaded', jarId: 'x.jar' },
    },
    {
      name: 'savepoint mode stopped without a savepoint',
      given: at({ step: 'stop' }),
      event: { type: 'stopped', savepoint: undefined },
    },
    {
      name: 'started before a job id was planned',
      given: at({ step: 'start', savepoint: SP }),
      event: { type: 'started' },
    },
    {
      name: 'a second planned start',
      given: at({ step: 'start', newJobId: NEW }),
      event: { type: 'start-planned', jobId: NEW },
    },
    { name: 'anything after done', given: at({ step: 'done' }), event: boom },
    { name: 'anything after rolled-back', given: at({ step: 'rolled-back' }), event: boom },
  ])('refuses $name', ({ given, event }) => {
    expect(() => advance(given, event)).toThrow(/does not belong to step/);
  });

  it('records each finished step once, in order', () => {
    let s = at({ jar: { jarId: 'new.jar' } });
    for (const e of [
      { type: 'resolved', previous: undefined },
      { type: 'stop-planned', triggerId: TRIGGER },
      { type: 'stopped', savepoint: SP },
      { type: 'start-planned', jobId: NEW },
      { type: 'started' },
      { type: 'healthy' },
    ] as UpgradeEvent[])
      s = advance(s, e);
    expect(s.steps.map((r) => `${r.step}:${r.status}`)).toEqual([
      'resolve:done',
      'stop:done',
      'start:done',
      'healthy:done',
    ]);
  });
});

describe('decideHealth', () => {
  const criteria = { runningForMs: 1_000, completedCheckpoints: 1 };
  const sample = (patch: Partial<HealthSample>): HealthSample => ({
    status: 'RUNNING',
    allTasksRunning: true,
    failures: 0,
    completedCheckpoints: 1,
    at: 5_000,
    ...patch,
  });
  it.each<{
    name: string;
    given: HealthSample;
    since: number | undefined;
    criteria?: { runningForMs: number; completedCheckpoints: number };
    want: ReturnType<typeof decideHealth>;
  }>([
    {
      name: 'first fully running sample starts the clock',
      given: sample({}),
      since: undefined,
      want: {
        state: 'wait',
        runningSince: 5_000,
        progress: expect.stringContaining('running 0 of 1000'),
      },
    },
    {
      name: 'running long enough with a checkpoint is healthy',
      given: sample({}),
      since: 4_000,
      want: { state: 'healthy' },
    },
    {
      name: 'running long enough without a checkpoint waits',
      given: sample({ completedCheckpoints: 0 }),
      since: 1_000,
      want: {
        state: 'wait',
        runningSince: 1_000,
        progress: expect.stringContaining('0 of 1 checkpoints'),
      },
    },
    {
      name: 'tasks still starting reset the clock',
      given: sample({ allTasksRunning: false }),
      since: 1_000,
      want: { state: 'wait', runningSince: undefined, progress: 'tasks starting' },
    },
    {
      name: 'INITIALIZING waits',
      given: sample({ status: 'INITIALIZING', allTasksRunning: false }),
      since: undefined,
      want: { state: 'wait', runningSince: undefined, progress: 'INITIALIZING' },
    },
    {
      name: 'a failure in the exception history is unhealthy, even when RUNNING again',
      given: sample({ failures: 1, lastFailure: 'java.lang.IllegalStateException: bad' }),
      since: 1_000,
      want: {
        state: 'unhealthy',
        reason: 'the new job failed: java.lang.IllegalStateException: bad',
      },
    },
    {
      name: 'RESTARTING is unhealthy',
      given: sample({ status: 'RESTARTING', allTasksRunning: false }),
      since: undefined,
      want: { state: 'unhealthy', reason: 'the new job failed (RESTARTING)' },
    },
    {
      name: 'a job that ended is unhealthy',
      given: sample({ status: 'FINISHED', allTasksRunning: false }),
      since: undefined,
      want: { state: 'unhealthy', reason: 'the new job is FINISHED' },
    },
    {
      name: 'zero criteria: healthy at the first fully running sample',
      given: sample({ completedCheckpoints: 0 }),
      since: undefined,
      criteria: { runningForMs: 0, completedCheckpoints: 0 },
      want: { state: 'healthy' },
    },
  ])('$name', ({ given, since, criteria: c = criteria, want }) => {
    expect(decideHealth(given, since, c)).toEqual(want);
  });
});

describe('checkpoint history', () => {
  const done = (id: number, path: string, discarded = false) => ({
    className: 'completed',
    id,
    external_path: path,
    discarded,
  });
  it.each([
    { name: 'no history', given: {}, want: undefined },
    {
      name: 'the latest completed checkpoint',
      given: { latest: { completed: done(7, 'file:/c/chk-7'), savepoint: null } },
      want: 'file:/c/chk-7',
    },
    {
      name: 'a newer savepoint wins',
      given: {
        latest: { completed: done(7, 'file:/c/chk-7'), savepoint: done(8, 'file:/s/sp-8') },
      },
      want: 'file:/s/sp-8',
    },
    {
      name: 'a discarded checkpoint is not on disk',
      given: { latest: { completed: done(7, 'file:/c/chk-7', true), savepoint: null } },
      want: undefined,
    },
  ])('latestRetained: $name', ({ given, want }) => {
    expect(latestRetained(given)).toBe(want);
  });

  it.each([
    { given: { latest: { savepoint: done(3, 'file:/s/sp-3') } }, want: 'file:/s/sp-3' },
    { given: { latest: { savepoint: null } }, want: undefined },
    { given: null, want: undefined },
  ])('latestSavepoint($given) = $want', ({ given, want }) => {
    expect(latestSavepoint(given)).toBe(want);
  });
});
