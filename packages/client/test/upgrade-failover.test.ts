import { describe, expect, it } from 'vitest';
import {
  createFlinkClient,
  JarNotOnJobManagerError,
  UpgradeFailedError,
  type UpgradeOptions,
} from '../src/index.js';
import type { FetchLike } from '../src/transport.js';
import { fakeClock } from './clock.js';
import { recorded, refused } from './ha-fixtures.js';
import { JOB, scriptedFlink } from './scripted-flink.js';

const A = 'http://jm-a:8081';
const B = 'http://jm-b:8081';
const SP = 'file:/sp/savepoint-2';
const OLD_JAR = 'old_job.jar';

/**
 * An HA cluster of two JobManagers behind one fetch. Both endpoints answer for one leader (as
 * measured: a standby forwards), so one scripted state serves them. `failover` says when the
 * leader A dies: right after it answered the stop (whose savepoint it never finishes), or after
 * it took the new job's run but before it answered. After that A refuses connections, B answers
 * one election 503, forgets A's stop triggers and uploaded jars (the recorded answers of a real
 * new leader), and restores the old job (`restored`: every task deploying for two reads) — or,
 * for `gone`, no longer knows it: the stop finished it on A before A died.
 */
function haCluster(
  failover: 'after-stop' | 'during-run',
  oldJob: 'restored' | 'gone' = 'restored',
) {
  const jobs = new Map<string, string>([[JOB, 'RUNNING']]);
  let epoch = 0;
  const stops = new Map<string, number>();
  let jars = new Set([OLD_JAR, 'new.jar']);
  let uploads = 0;
  let deploying = 0;
  let election = 0;
  let aDown = false;
  let failNext = false;
  const fail = () => {
    aDown = true;
    epoch++;
    jars = new Set();
    election = 1;
    if (oldJob === 'gone') jobs.delete(JOB);
    else if (jobs.get(JOB) === 'RUNNING') deploying = 2;
  };
  const flink = scriptedFlink({
    'GET /jobs': () => ({
      status: 200,
      body: { jobs: [...jobs].map(([id, status]) => ({ id, status })) },
    }),
    'GET /jobs/{jobid}/config': {
      status: 200,
      body: { jid: JOB, name: 'x', 'execution-config': { 'job-parallelism': 2 } },
    },
    'POST /jars/upload': () => {
      const id = `${++uploads}_v2.jar`;
      jars.add(id);
      return { status: 200, body: { filename: `/tmp/uploads/${id}`, status: 'success' } };
    },
    'POST /jobs/{jobid}/stop': ({ body }) => {
      const id = (body as { triggerId: string }).triggerId;
      stops.set(id, epoch);
      if (failover === 'after-stop' && epoch === 0) {
        failNext = true;
        if (oldJob === 'gone') jobs.set(JOB, 'FINISHED');
      } else jobs.set(JOB, 'FINISHED');
      return { status: 202, body: { 'request-id': id } };
    },
    'GET /jobs/{jobid}/savepoints/{triggerid}': ({ path }) =>
      stops.get(path.split('/').at(-1) as string) === epoch
        ? { status: 200, body: { status: { id: 'COMPLETED' }, operation: { location: SP } } }
        : recorded('2.3', 'new leader: savepoint status of the old leader'),
    'GET /jobs/{jobid}/status': ({ path }) => ({
      status: 200,
      body: { status: jobs.get(path.split('/')[2] as string) },
    }),
    'GET /jobs/{jobid}': ({ path }) => {
      const id = path.split('/')[2] as string;
      if (id === JOB && deploying > 0) {
        deploying--;
        // The new leader's recorded answer, with one task not yet running.
        const { body } = recorded('2.3', 'new leader: job details until every task runs') as {
          body: { vertices: { status: string }[] };
        };
        const [first, ...rest] = body.vertices;
        return {
          status: 200,
          body: { ...body, vertices: [{ ...first, status: 'DEPLOYING' }, ...rest] },
        };
      }
      return { status: 200, body: { state: jobs.get(id), vertices: [{ status: 'RUNNING' }] } };
    },
    'POST /jars/{jarid}/run': ({ path, body }) => {
      if (!jars.has(path.split('/')[2] as string))
        return recorded('2.3', 'standby: run of a jar uploaded to the leader');
      const jobId = (body as { jobId: string }).jobId;
      jobs.set(jobId, 'RUNNING');
      if (failover === 'during-run' && epoch === 0) {
        failNext = true;
        return 'reset';
      }
      return { status: 200, body: { jobid: jobId } };
    },
    'GET /jobs/{jobid}/exceptions': { status: 200, body: { exceptionHistory: { entries: [] } } },
    'GET /jobs/{jobid}/checkpoints': {
      status: 200,
      body: { counts: { completed: 1 }, latest: { completed: null, savepoint: null } },
    },
    'PATCH /jobs/{jobid}': ({ path }) => {
      jobs.set(path.split('/')[2] as string, 'CANCELED');
      return { status: 202, body: {} };
    },
  });
  const hosts: string[] = [];
  const fetch: FetchLike = async (request) => {
    const url = new URL(request.url);
    const host = url.origin === A ? 'A' : 'B';
    hosts.push(`${request.method} ${host} ${url.pathname.replace(/^\/v1/, '')}`);
    if (host === 'A' && aDown) refused();
    if (host === 'B' && election > 0) {
      election--;
      const answer = recorded('2.3', 'election: standby overview', 503) as { body: unknown };
      return new Response(JSON.stringify(answer.body), { status: 503 });
    }
    try {
      return await flink.fetch(request);
    } finally {
      if (failNext) {
        failNext = false;
        fail();
      }
    }
  };
  let seed = 7;
  const random = () => {
    seed = (seed * 48_271) % 2_147_483_647;
    return seed / 2_147_483_647;
  };
  const client = createFlinkClient({
    baseUrl: [A, B],
    flinkVersion: '2.3',
    fetch,
    clock: { ...fakeClock(), random },
    retry: { retries: 3 },
  });
  return { client, hosts, jobs, exchanges: flink.exchanges, deploying: () => deploying };
}

const OPTIONS: UpgradeOptions = {
  jar: '/dev/null',
  previous: { jarId: OLD_JAR },
  healthy: { runningForMs: 1_000, completedCheckpoints: 1 },
  timeoutMs: 60_000,
};
const posts = (hosts: string[]) => hosts.filter((h) => h.startsWith('POST'));

describe('jobs.upgrade across a JobManager failover', () => {
  it('a stop lost with its leader is sent again under a new trigger id once no task is still starting; the jar goes up again', async () => {
    const { client, hosts, jobs, exchanges, deploying } = haCluster('after-stop');
    const up = await client.jobs.upgrade(JOB, OPTIONS);
    const result = await up.wait();

    const [lost] = up.state.lostStopTriggerIds ?? [];
    expect(lost).toBeDefined();
    expect(up.state.stopTriggerId).not.toBe(lost);
    const stops = exchanges.filter((e) => e.path.endsWith('/stop'));
    expect(stops.map((e) => (e.body as { triggerId: string }).triggerId)).toEqual([
      lost,
      up.state.stopTriggerId,
    ]);
    // The second stop waited for the restored job's tasks.
    expect(deploying()).toBe(0);
    expect(posts(hosts)).toEqual([
      'POST A /jars/upload',
      `POST A /jobs/${JOB}/stop`,
      `POST B /jobs/${JOB}/stop`,
      // Where the jar was uploaded, and A is gone; then again to the new leader.
      'POST A /jars/1_v2.jar/run',
      'POST B /jars/upload',
      'POST B /jars/2_v2.jar/run',
    ]);
    expect(result).toMatchObject({ savepoint: SP, newJarId: '2_v2.jar', rolledBack: false });
    expect(result.steps.map((s) => s.step)).toEqual([
      'resolve',
      'upload',
      'stop',
      'upload',
      'start',
      'healthy',
    ]);
    expect(result.steps[3]?.detail).toBe(
      '2_v2.jar (again: the JobManager now answering has no 1_v2.jar)',
    );
    expect(jobs.get(result.newJobId)).toBe('RUNNING');
  });

  it('a run the old leader took before it failed is adopted, not uploaded and run again', async () => {
    const { client, hosts } = haCluster('during-run');
    const up = await client.jobs.upgrade(JOB, OPTIONS);
    const result = await up.wait();
    expect(posts(hosts)).toEqual([
      'POST A /jars/upload',
      `POST A /jobs/${JOB}/stop`,
      'POST A /jars/1_v2.jar/run',
    ]);
    expect(result.steps.map((s) => s.step)).toEqual([
      'resolve',
      'upload',
      'stop',
      'start',
      'healthy',
    ]);
  });

  it('a jar given by id cannot go up again: the upgrade fails, saying to upload it', async () => {
    const { client } = haCluster('after-stop');
    const up = await client.jobs.upgrade(JOB, { ...OPTIONS, jar: undefined, jarId: 'new.jar' });
    const error = (await up.wait().catch((e: unknown) => e)) as UpgradeFailedError;
    expect(error).toBeInstanceOf(UpgradeFailedError);
    expect(error.step).toBe('start');
    expect(error.cause).toBeInstanceOf(JarNotOnJobManagerError);
    expect(error.state.failure?.message).toMatch(/new\.jar is not available .*upload it again$/);
    // The rollback's jar is gone from the new leader too.
    expect(error.rolledBack).toBe(false);
    expect(error.state.rollbackFailure?.name).toBe('JarNotOnJobManagerError');
  });

  it('a stop that finished on a leader which then died: says where the savepoint went', async () => {
    const { client, hosts } = haCluster('after-stop', 'gone');
    const up = await client.jobs.upgrade(JOB, OPTIONS);
    const error = (await up.wait().catch((e: unknown) => e)) as UpgradeFailedError;
    expect(error).toBeInstanceOf(UpgradeFailedError);
    expect(error.step).toBe('stop');
    expect(error.rolledBack).toBe(false);
    expect(error.state.failure?.message).toBe(
      `stop ${up.state.stopTriggerId} of job ${JOB}: Flink knows neither the stop nor a savepoint of it, and the job is unknown to the JobManager now answering (if the JobManager that stopped it failed over, its savepoint is on disk under the savepoint directory but no longer in the REST API)`,
    );
    expect(posts(hosts).filter((h) => h.endsWith('/stop'))).toHaveLength(1);
  });

  it('a stop forgotten without any sign of a failover is not sent again (a second savepoint)', async () => {
    const flink = scriptedFlink({
      'GET /jobs': { status: 200, body: { jobs: [{ id: JOB, status: 'RUNNING' }] } },
      'GET /jobs/{jobid}': {
        status: 200,
        body: { state: 'RUNNING', vertices: [{ status: 'RUNNING' }] },
      },
      'GET /jobs/{jobid}/config': { status: 200, body: { 'execution-config': {} } },
      'GET /jobs/{jobid}/savepoints/{triggerid}': recorded(
        '2.3',
        'new leader: savepoint status of the old leader',
      ),
      'POST /jobs/{jobid}/stop': ({ body }) => ({
        status: 202,
        body: { 'request-id': (body as { triggerId: string }).triggerId },
      }),
    });
    const client = createFlinkClient({
      baseUrl: [A, B],
      flinkVersion: '2.3',
      fetch: flink.fetch,
      clock: fakeClock(),
    });
    const up = await client.jobs.upgrade(JOB, { ...OPTIONS, jar: undefined, jarId: 'new.jar' });
    const error = (await up.wait().catch((e: unknown) => e)) as UpgradeFailedError;
    expect(error).toBeInstanceOf(UpgradeFailedError);
    expect(error.step).toBe('stop');
    expect(up.state.lostStopTriggerIds).toBeUndefined();
    expect(flink.exchanges.filter((e) => e.method === 'POST')).toHaveLength(1);
  });
});
