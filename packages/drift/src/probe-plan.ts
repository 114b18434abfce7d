/**
 * The probe's crawl plan, without I/O: which read-only requests start a probe, and which ones an
 * answer leads to (a job list leads to each job's endpoints, a job's details to its vertices…).
 * Only operations the spec of the cluster's line has are planned.
 */

/** One GET to send: its spec operation and the values of the template's parameters. */
export interface PlannedRequest {
  /** Path template as the spec writes it, e.g. `/jobs/{jobid}`. */
  readonly template: string;
  readonly params: Readonly<Record<string, string>>;
}

/**
 * The request's concrete path as fixtures and reports write it: the template with its
 * parameters filled in, not percent-encoded (`/taskmanagers/127.0.0.1:40001-000001`); the client
 * encodes them when it sends.
 */
export function pathOf(request: PlannedRequest): string {
  return request.template.replace(
    /\{([^}]+)\}/g,
    (_m, name: string) => request.params[name] ?? `{${name}}`,
  );
}

/** What to crawl: the templates the spec has, and the jobs to look at. */
export interface PlanScope {
  /** GET path templates of the line's spec. */
  readonly templates: ReadonlySet<string>;
  /** `--job` ids; empty: every job the cluster lists. */
  readonly jobs: readonly string[];
}

const ROOTS = [
  '/overview',
  '/jobs',
  '/jobs/overview',
  '/taskmanagers',
  '/jobmanager/config',
  '/jobmanager/environment',
  '/jobmanager/metrics',
  '/jobmanager/logs',
  '/jars',
];

const PER_JOB = [
  '/jobs/{jobid}',
  '/jobs/{jobid}/plan',
  '/jobs/{jobid}/config',
  '/jobs/{jobid}/exceptions',
  '/jobs/{jobid}/accumulators',
  '/jobs/{jobid}/metrics',
  '/jobs/{jobid}/checkpoints',
  '/jobs/{jobid}/checkpoints/config',
];

const PER_VERTEX = [
  '/jobs/{jobid}/vertices/{vertexid}',
  '/jobs/{jobid}/vertices/{vertexid}/subtasktimes',
  '/jobs/{jobid}/vertices/{vertexid}/taskmanagers',
  '/jobs/{jobid}/vertices/{vertexid}/watermarks',
  '/jobs/{jobid}/vertices/{vertexid}/backpressure',
  '/jobs/{jobid}/vertices/{vertexid}/metrics',
  '/jobs/{jobid}/vertices/{vertexid}/subtasks/metrics',
];

const PER_TASK_MANAGER = [
  '/taskmanagers/{taskmanagerid}',
  '/taskmanagers/{taskmanagerid}/metrics',
  '/taskmanagers/{taskmanagerid}/logs',
];

/** Only what the spec has, in the given order. */
function planned(
  scope: PlanScope,
  templates: readonly string[],
  params: Record<string, string>,
): PlannedRequest[] {
  return templates.filter((t) => scope.templates.has(t)).map((template) => ({ template, params }));
}

/** The first requests, once the version (`/config`) is known: cluster-wide, plus `--job`s. */
export function rootRequests(scope: PlanScope): PlannedRequest[] {
  return [
    ...planned(scope, ROOTS, {}),
    ...scope.jobs.flatMap((jobid) => planned(scope, PER_JOB, { jobid })),
  ];
}

type Body = unknown;
const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);
const listOf = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const idsOf = (list: unknown, key: string): string[] =>
  listOf(list)
    .map((x) => (isObject(x) ? x[key] : undefined))
    .filter((x): x is string => typeof x === 'string' && x !== '');

/**
 * The requests an answer leads to. `body` is the parsed JSON of a 2xx answer to `done`; an
 * answer of another shape leads nowhere (its drift is reported, the crawl goes on elsewhere).
 */
export function nextRequests(scope: PlanScope, done: PlannedRequest, body: Body): PlannedRequest[] {
  if (!isObject(body)) return [];
  const { jobid } = done.params;
  switch (done.template) {
    case '/jobs/overview': {
      if (scope.jobs.length > 0) return [];
      return idsOf(body.jobs, 'jid').flatMap((id) => planned(scope, PER_JOB, { jobid: id }));
    }
    case '/taskmanagers':
      return idsOf(body.taskmanagers, 'id').flatMap((id) =>
        planned(scope, PER_TASK_MANAGER, { taskmanagerid: id }),
      );
    case '/jobs/{jobid}':
      return idsOf(body.vertices, 'id').flatMap((vertexid) =>
        planned(scope, PER_VERTEX, { jobid: jobid as string, vertexid }),
      );
    case '/jobs/{jobid}/vertices/{vertexid}': {
      const indexes = listOf(body.subtasks)
        .map((s) => (isObject(s) ? s.subtask : undefined))
        .filter((i): i is number => Number.isInteger(i));
      return indexes.flatMap((i) =>
        planned(scope, ['/jobs/{jobid}/vertices/{vertexid}/subtasks/{subtaskindex}'], {
          ...done.params,
          subtaskindex: String(i),
        }),
      );
    }
    case '/jobs/{jobid}/checkpoints': {
      const latest = isObject(body.latest) ? body.latest : {};
      const completed = isObject(latest.completed) ? latest.completed : undefined;
      const id = completed?.id;
      if (typeof id !== 'number' && typeof id !== 'string') return [];
      return planned(scope, ['/jobs/{jobid}/checkpoints/details/{checkpointid}'], {
        jobid: jobid as string,
        checkpointid: String(id),
      });
    }
    default:
      return [];
  }
}
