import { type Exchange, readFixtureSync } from '@flink-rest/testing';
import type { Expectations } from './conformance.ts';

/** The line whose recorded answers the matrix replays. */
export const MATRIX_LINE = '2.3';

type Where = { readonly step: string; readonly method: string; readonly path: RegExp };

function answerOf(exchanges: readonly Exchange[], where: Where): unknown {
  const found = exchanges.find(
    (e) =>
      e.step === where.step && e.request.method === where.method && where.path.test(e.request.path),
  );
  if (!found) {
    throw new Error(
      `fixture ${MATRIX_LINE}/lifecycle has no "${where.step}" ${where.method} ${where.path} exchange`,
    );
  }
  return found.response.body;
}

/** The string at `keys` in a recorded body; an error names the step and the field. */
function stringAt(body: unknown, keys: readonly (string | number)[], step: string): string {
  let value = body;
  for (const key of keys) value = (value as Record<string | number, unknown> | null)?.[key];
  if (typeof value !== 'string') {
    throw new Error(
      `fixture ${MATRIX_LINE}/lifecycle, "${step}": ${keys.join('.')} is not a string`,
    );
  }
  return value;
}

/**
 * What the conformance checks expect, read from the recorded fixture the mock serves: the
 * answers are Flink's, so nothing here is typed in by hand.
 */
export function expectationsFromFixture(): Expectations {
  const { exchanges } = readFixtureSync(MATRIX_LINE, 'lifecycle');
  const overview = { step: 'cluster: overview', method: 'GET', path: /^\/overview$/ };
  const jobs = { step: 'job: read', method: 'GET', path: /^\/jobs\/overview$/ };
  const savepoint = { step: 'savepoint: wait', method: 'GET', path: /\/savepoints\// };
  const failed = {
    step: 'error: savepoint of an unknown job',
    method: 'GET',
    path: /\/savepoints\//,
  };
  const jobList = answerOf(exchanges, jobs) as { jobs?: { state?: unknown }[] };
  const running = jobList.jobs?.findIndex((j) => j.state === 'RUNNING') ?? -1;
  return {
    flinkRelease: stringAt(answerOf(exchanges, overview), ['flink-version'], overview.step),
    jobName: stringAt(jobList, ['jobs', running, 'name'], jobs.step),
    savepointLocation: stringAt(
      answerOf(exchanges, savepoint),
      ['operation', 'location'],
      savepoint.step,
    ),
    failureClass: stringAt(
      answerOf(exchanges, failed),
      ['operation', 'failure-cause', 'class'],
      failed.step,
    ),
  };
}
