/**
 * The helpers' data types, taken from the generated spec types of what every supported line
 * shares: a change of a spec (or of an overlay) reaches the helpers' signatures.
 */
import type { FlinkLine, RangePaths } from './range-types.js';

type Shared = RangePaths<FlinkLine>;
type Json200<Op> = Op extends { responses: { 200: { content: { 'application/json': infer B } } } }
  ? B
  : never;
type JsonBody<Op> = Op extends { requestBody?: { content: { 'application/json': infer B } } }
  ? B
  : never;

/** `GET /jobs/:jobid/resource-requirements`: each vertex's parallelism bounds. */
export type ResourceRequirements = Json200<Shared['/jobs/{jobid}/resource-requirements']['get']>;
/** What `PUT /jobs/:jobid/resource-requirements` takes. */
export type ResourceRequirementsUpdate = JsonBody<
  Shared['/jobs/{jobid}/resource-requirements']['put']
>;
/** One metric of `GET /jobmanager/metrics` or `GET /jobs/:jobid/metrics`: its id and value. */
export type Metric = Json200<Shared['/jobmanager/metrics']['get']>[number];
/** One metric of `GET /taskmanagers/metrics`, aggregated over TaskManagers. */
export type AggregatedMetric = Json200<Shared['/taskmanagers/metrics']['get']>[number];
