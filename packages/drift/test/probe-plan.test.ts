import { describe, expect, it } from 'vitest';
import { nextRequests, type PlannedRequest, pathOf, rootRequests } from '../src/probe-plan.js';

const ALL = new Set([
  '/overview',
  '/jobs',
  '/jobs/overview',
  '/taskmanagers',
  '/jars',
  '/jobs/{jobid}',
  '/jobs/{jobid}/checkpoints',
  '/jobs/{jobid}/checkpoints/details/{checkpointid}',
  '/jobs/{jobid}/vertices/{vertexid}',
  '/jobs/{jobid}/vertices/{vertexid}/watermarks',
  '/jobs/{jobid}/vertices/{vertexid}/subtasks/{subtaskindex}',
  '/taskmanagers/{taskmanagerid}',
]);
const J = 'a'.repeat(32);
const scope = { templates: ALL, jobs: [] };
const paths = (list: ReturnType<typeof rootRequests>) => list.map(pathOf);

describe('the crawl plan', () => {
  it('starts with the cluster-wide GETs the spec has, and the --job ids', () => {
    expect(paths(rootRequests(scope))).toEqual([
      '/overview',
      '/jobs',
      '/jobs/overview',
      '/taskmanagers',
      '/jars',
    ]);
    expect(paths(rootRequests({ templates: ALL, jobs: [J] }))).toEqual([
      '/overview',
      '/jobs',
      '/jobs/overview',
      '/taskmanagers',
      '/jars',
      `/jobs/${J}`,
      `/jobs/${J}/checkpoints`,
    ]);
  });

  it.each<{ name: string; done: PlannedRequest; body: unknown; want: string[] }>([
    {
      name: 'a job list leads to each job',
      done: { template: '/jobs/overview', params: {} },
      body: { jobs: [{ jid: J }, { jid: 'b'.repeat(32) }] },
      want: [
        `/jobs/${J}`,
        `/jobs/${J}/checkpoints`,
        `/jobs/${'b'.repeat(32)}`,
        `/jobs/${'b'.repeat(32)}/checkpoints`,
      ],
    },
    {
      name: "a job's details lead to its vertices",
      done: { template: '/jobs/{jobid}', params: { jobid: J } },
      body: { vertices: [{ id: 'v1' }] },
      want: [`/jobs/${J}/vertices/v1`, `/jobs/${J}/vertices/v1/watermarks`],
    },
    {
      name: 'a vertex leads to its subtasks',
      done: { template: '/jobs/{jobid}/vertices/{vertexid}', params: { jobid: J, vertexid: 'v1' } },
      body: { subtasks: [{ subtask: 0 }, { subtask: 1 }, { subtask: 'x' }] },
      want: [`/jobs/${J}/vertices/v1/subtasks/0`, `/jobs/${J}/vertices/v1/subtasks/1`],
    },
    {
      name: 'checkpoints lead to the latest completed one',
      done: { template: '/jobs/{jobid}/checkpoints', params: { jobid: J } },
      body: { latest: { completed: { id: 7 } } },
      want: [`/jobs/${J}/checkpoints/details/7`],
    },
    {
      name: 'no completed checkpoint leads nowhere',
      done: { template: '/jobs/{jobid}/checkpoints', params: { jobid: J } },
      body: { latest: { completed: null } },
      want: [],
    },
    {
      name: 'task managers lead to each one',
      done: { template: '/taskmanagers', params: {} },
      body: { taskmanagers: [{ id: '127.0.0.1:1-abc' }] },
      want: ['/taskmanagers/127.0.0.1:1-abc'],
    },
    {
      name: 'an answer of another shape leads nowhere',
      done: { template: '/jobs/overview', params: {} },
      body: '<html>',
      want: [],
    },
  ])('$name', ({ done, body, want }) => {
    expect(paths(nextRequests(scope, done, body))).toEqual(want);
  });

  it('with --job, the job list does not add other jobs', () => {
    const body = { jobs: [{ jid: 'b'.repeat(32) }] };
    expect(
      nextRequests({ templates: ALL, jobs: [J] }, { template: '/jobs/overview', params: {} }, body),
    ).toEqual([]);
  });

  it('plans only what the spec of the line has', () => {
    const noWatermarks = new Set([...ALL].filter((t) => !t.endsWith('/watermarks')));
    const done = { template: '/jobs/{jobid}', params: { jobid: J } };
    expect(
      paths(nextRequests({ templates: noWatermarks, jobs: [] }, done, { vertices: [{ id: 'v' }] })),
    ).toEqual([`/jobs/${J}/vertices/v`]);
  });
});
