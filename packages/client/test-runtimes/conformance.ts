/**
 * The conformance script of the runtime matrix: one set of checks that Node, Bun, Deno, Chromium
 * and workerd each run against the same recorded Flink 2.3 JobManager. Runtime-neutral on
 * purpose: it uses only web APIs and the client's public entry point, imported as a user of each
 * runtime imports it, so each runtime's resolution of the package's conditions is what is tested.
 */
import {
  createFlinkClient,
  FlinkError,
  OperationFailedError,
  OperationNotFoundError,
  type OperationState,
  resumeOperation,
} from '@flink-rest/client';

/** What the recorded fixture says the answers are: read from it on the Node side, never typed in. */
export interface Expectations {
  /** `flink-version` of `GET /overview`, e.g. `2.3.0`. */
  readonly flinkRelease: string;
  /** Name of the running job in `GET /jobs/overview`. */
  readonly jobName: string;
  /** `operation.location` of the completed savepoint. */
  readonly savepointLocation: string;
  /** `failure-cause.class` of the savepoint of the unknown job. */
  readonly failureClass: string;
}

export type Runtime = 'node' | 'bun' | 'deno' | 'chromium' | 'workerd';

export interface CheckResult {
  readonly name: string;
  readonly ok: boolean;
  /** What was seen, in one line: enough to tell why a check failed without a debugger. */
  readonly detail: string;
}

/** Ids the fixture's error steps used: a job and a trigger Flink does not know. */
const UNKNOWN_JOB = '00000000000000000000000000000000';
const UNKNOWN_TRIGGER = 'ffffffffffffffffffffffffffffffff';
/** Bounds every wait, so a check that cannot finish fails instead of hanging the runner. */
const WAIT = { timeoutMs: 15_000, minDelayMs: 10, maxDelayMs: 100 } as const;

type Flink = ReturnType<typeof createFlinkClient<'2.3'>>;

/** What the checks share: the client, and the job id once `GET /jobs/overview` has given it. */
interface Context {
  readonly flink: Flink;
  jobId?: string;
}

/** Resolves with a one-line detail of what was seen, or rejects with what differed. */
type Check = (context: Context) => Promise<string>;

/** The job the savepoint checks use; a check that needs it fails if the overview check did. */
function job(context: Context): string {
  if (context.jobId === undefined) throw new Error('no job id: GET /jobs/overview failed');
  return context.jobId;
}

/** Throws with `what` when `condition` is false: a failed check's detail says what differed. */
function expectThat(condition: boolean, what: string): asserts condition {
  if (!condition) throw new Error(what);
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`.split('\n')[0] ?? '';
  return `non-Error ${String(error)}`;
}

/** Runs `body` expecting it to reject, and returns the error (or throws if it resolved). */
async function rejection(body: () => Promise<unknown>): Promise<unknown> {
  let value: unknown;
  try {
    value = await body();
  } catch (error) {
    return error;
  }
  throw new Error(`resolved instead of rejecting: ${JSON.stringify(value)}`);
}

/**
 * The checks, in the order they run. The order matters once: the lost-answer check sends the
 * first savepoint trigger, which is the request the conformance server cuts.
 */
function checks(expect: Expectations, runtime: Runtime): [string, Check][] {
  return [
    [
      'raw GET /overview',
      async ({ flink }) => {
        const { data, error, response } = await flink.GET('/overview');
        expectThat(response.status === 200 && error === undefined, `HTTP ${response.status}`);
        const release = data?.['flink-version'];
        expectThat(release === expect.flinkRelease, `flink-version ${release}`);
        return `flink-version ${release}`;
      },
    ],
    [
      'raw GET /jobs/overview',
      async (context) => {
        const { data, error, response } = await context.flink.GET('/jobs/overview');
        expectThat(response.status === 200 && error === undefined, `HTTP ${response.status}`);
        const running = data?.jobs?.find((j) => j.state === 'RUNNING' && j.name === expect.jobName);
        expectThat(
          running?.jid !== undefined,
          `no running ${expect.jobName}: ${JSON.stringify(data)}`,
        );
        context.jobId = running.jid;
        return `running job ${running.jid}`;
      },
    ],
    [
      'lost trigger answer re-sent with the same id',
      async (context) => {
        const { flink } = context;
        // The server cuts this request's connection after reading it; the client must re-send
        // it with the same triggerId (the server records both, the runner compares them).
        const op = await flink.savepoints.trigger(job(context), { formatType: 'CANONICAL' });
        const { location } = await op.wait(WAIT);
        expectThat(location === expect.savepointLocation, `location ${location}`);
        return `trigger ${op.triggerId} → ${location}`;
      },
    ],
    [
      'savepoints.trigger + wait, resumed from JSON',
      async (context) => {
        const { flink } = context;
        const op = await flink.savepoints.trigger(job(context), { formatType: 'CANONICAL' });
        const state = JSON.parse(JSON.stringify(op)) as OperationState<'savepoint'>;
        const resumed = resumeOperation(flink, state);
        expectThat(resumed.triggerId === op.triggerId, `resumed ${resumed.triggerId}`);
        const { location } = await resumed.wait(WAIT);
        expectThat(location === expect.savepointLocation, `location ${location}`);
        return location;
      },
    ],
    [
      'savepoints.create',
      async (context) => {
        const { location } = await context.flink.savepoints.create(job(context), WAIT);
        expectThat(location === expect.savepointLocation, `location ${location}`);
        return location;
      },
    ],
    [
      'failure cause: savepoint of an unknown job',
      async ({ flink }) => {
        const error = await rejection(async () =>
          (await flink.savepoints.trigger(UNKNOWN_JOB)).wait(WAIT),
        );
        expectThat(error instanceof OperationFailedError, describe(error));
        expectThat(error instanceof FlinkError, 'not a FlinkError');
        expectThat(error.failureClass === expect.failureClass, `class ${error.failureClass}`);
        return `${error.name}: ${error.failureClass}`;
      },
    ],
    [
      'expired trigger: OperationNotFoundError',
      async (context) => {
        const op = resumeOperation(context.flink, {
          kind: 'savepoint',
          triggerId: UNKNOWN_TRIGGER,
          jobId: job(context),
          flinkVersion: '2.3',
        });
        const error = await rejection(() => op.wait(WAIT));
        expectThat(error instanceof OperationNotFoundError, describe(error));
        expectThat(error instanceof FlinkError, 'not a FlinkError');
        return error.name;
      },
    ],
    [
      'bad arguments: a rejected promise with TypeError',
      async ({ flink }) => {
        let pending: unknown;
        try {
          pending = flink.savepoints.trigger('not-a-job');
        } catch (error) {
          throw new Error(`threw synchronously: ${describe(error)}`);
        }
        expectThat(pending instanceof Promise, `returned ${typeof pending}`);
        const error = await rejection(() => pending as Promise<unknown>);
        expectThat(error instanceof TypeError, describe(error));
        expectThat(!(error instanceof FlinkError), 'a bad argument is a FlinkError');
        expectThat(error.message.includes('jobId'), `message ${error.message}`);
        return describe(error);
      },
    ],
    [
      // Node's transport has TLS agents; elsewhere the option cannot be honoured, so it must fail
      // loudly rather than be ignored.
      'tls option: accepted in Node, a TypeError naming it elsewhere',
      async ({ flink }) => {
        const create = () =>
          createFlinkClient({
            baseUrl: flink.baseUrl,
            flinkVersion: '2.3',
            tls: { rejectUnauthorized: true },
          });
        if (runtime === 'node') {
          await create().close();
          return 'created';
        }
        let error: unknown;
        try {
          await create().close();
        } catch (e) {
          error = e;
        }
        expectThat(
          error instanceof TypeError,
          `got ${error === undefined ? 'a client' : describe(error)}`,
        );
        expectThat(/\btls\b/.test(error.message), `message ${error.message}`);
        return describe(error);
      },
    ],
    [
      'close()',
      async ({ flink }) => {
        await flink.close();
        return 'closed';
      },
    ],
  ];
}

/** The names every runtime must report, in order: the runner checks none is missing. */
export function checkNames(): string[] {
  const none: Expectations = {
    flinkRelease: '',
    jobName: '',
    savepointLocation: '',
    failureClass: '',
  };
  return checks(none, 'node').map(([name]) => name);
}

/**
 * Runs every check against the JobManager at `baseUrl` and reports each one; never throws for
 * a failed check, so one runtime's report shows everything that failed at once.
 */
export async function runConformance(
  baseUrl: string,
  runtime: Runtime,
  expect: Expectations,
): Promise<CheckResult[]> {
  const context: Context = { flink: createFlinkClient({ baseUrl, flinkVersion: '2.3' }) };
  const results: CheckResult[] = [];
  for (const [name, check] of checks(expect, runtime)) {
    try {
      results.push({ name, ok: true, detail: await check(context) });
    } catch (error) {
      results.push({ name, ok: false, detail: describe(error) });
    }
  }
  return results;
}
