/**
 * Type-level checks of range clients and `connectFlink` (run by `npm run typecheck`). A
 * `@ts-expect-error` fails the typecheck when the line below it compiles, so each refusal is
 * checked as well as each call that must compile.
 */
import {
  type AggregatedMetric,
  connectFlink,
  createFlinkClient,
  type Metric,
  type ResourceRequirements,
  type ResourceRequirementsUpdate,
} from '../../src/index.js';

declare const jobid: string;
const fleet = createFlinkClient({ baseUrl: 'http://jm:8081', flinkVersion: '1.18 - 2.3' });

export async function commonCalls() {
  // Every line has these, with these parameters.
  await fleet.GET('/jobs/overview');
  await fleet.GET('/jobs/{jobid}/checkpoints', { params: { path: { jobid } } });
  await fleet.PATCH('/jobs/{jobid}', { params: { path: { jobid }, query: { mode: 'cancel' } } });
  const { data } = await fleet.GET('/config');
  const version: string | undefined = data?.['flink-version'];
  await fleet.savepoints.trigger(jobid, { targetDirectory: 'file:///sp' });
  return version;
}

export async function refusedOnTheRange() {
  // @ts-expect-error a 2.3-only endpoint is not on a 1.18 - 2.3 client
  await fleet.GET('/applications/overview');
  // @ts-expect-error an endpoint 2.3 no longer has is not on it either
  await fleet.POST('/jobs/{jobid}/coordinators/{operatorid}', {
    params: { path: { jobid, operatorid: 'x' } },
  });
  const { data } = await fleet.GET('/jobs/{jobid}/exceptions', { params: { path: { jobid } } });
  // @ts-expect-error root-exception is gone in 2.0: a range with 2.x cannot read it unchecked
  const root: string | null | undefined = data?.['root-exception'];
  return root;
}

export async function onlyOld() {
  // A range of 1.x lines still has it.
  const old = createFlinkClient({ baseUrl: 'http://jm:8081', flinkVersion: '1.18 - 1.20' });
  const { data } = await old.GET('/jobs/{jobid}/exceptions', { params: { path: { jobid } } });
  return data?.['root-exception'];
}

export async function listRange() {
  const some = createFlinkClient({ baseUrl: 'http://jm:8081', flinkVersion: ['2.2', '2.3'] });
  await some.GET('/jobs/{jobid}/rescales/config' as never);
  // @ts-expect-error 2.2 lacks the application endpoints
  await some.GET('/applications/overview');
  const newest = createFlinkClient({ baseUrl: 'http://jm:8081', flinkVersion: ['2.3'] });
  await newest.GET('/applications/overview');
}

export async function detected() {
  const flink = await connectFlink({ baseUrl: 'http://jm:8081', onUnknownVersion: 'nearest' });
  // Helpers are the same on every line: no narrowing needed.
  await flink.savepoints.create(jobid, { targetDirectory: 'file:///sp' });
  // @ts-expect-error before narrowing, a 2.3-only endpoint is not there
  await flink.GET('/applications/overview');
  if (flink.flinkVersion === '2.3') {
    await flink.GET('/applications/overview');
  } else if (flink.flinkVersion === '1.18') {
    // @ts-expect-error 1.18 has no application endpoints
    await flink.GET('/applications/overview');
  }
}

export function badSpecs() {
  // @ts-expect-error not a supported line
  createFlinkClient({ baseUrl: 'http://jm:8081', flinkVersion: '1.10 - 2.3' });
  // @ts-expect-error not a range
  createFlinkClient({ baseUrl: 'http://jm:8081', flinkVersion: 'banana' });
}

/** The helpers' types come from the specs (`src/spec-types.ts`), not from hand-written shapes. */
type NotNever<T> = [T] extends [never] ? 'never' : 'ok';
export const specTypes: [
  NotNever<ResourceRequirements>,
  NotNever<ResourceRequirementsUpdate>,
  NotNever<Metric>,
  NotNever<AggregatedMetric>,
] = ['ok', 'ok', 'ok', 'ok'];
export function helperFields(r: ResourceRequirements, m: Metric, a: AggregatedMetric) {
  const bound: number | undefined = r.vertex?.parallelism?.upperBound;
  const value: string | undefined = m.value;
  const max: number | undefined = a.max;
  // @ts-expect-error a job manager metric carries a value, not aggregates
  const min: number | undefined = m.min;
  return [bound, value, max, min];
}
