import { type Core, unwrap } from './core.js';
import type { AggregatedMetric, Metric } from './spec-types.js';
import { checkId, checkOneOf, show } from './validate.js';

/** One metric as Flink sends it: the wire format is a bare array of these (FLINK-39422). */
export type Aggregation = 'min' | 'max' | 'avg' | 'sum' | 'skew';
const AGGREGATIONS: readonly Aggregation[] = ['min', 'max', 'avg', 'sum', 'skew'];

export interface MetricHelpers {
  /** `GET /jobmanager/metrics`; without `names`, the list of available metric ids. */
  jobManager(names?: readonly string[], options?: { signal?: AbortSignal }): Promise<Metric[]>;
  /** `GET /jobs/:jobid/metrics`. */
  job(
    jobId: string,
    names?: readonly string[],
    options?: { signal?: AbortSignal },
  ): Promise<Metric[]>;
  /** `GET /taskmanagers/metrics`: aggregated over the given (or all) TaskManagers. */
  taskManagers(options?: {
    names?: readonly string[];
    agg?: readonly Aggregation[];
    taskManagers?: readonly string[];
    signal?: AbortSignal;
  }): Promise<AggregatedMetric[]>;
}

/** Whether a string has a UTF-8 form (no lone surrogate), as a query string needs. */
function wellFormed(text: string): boolean {
  try {
    encodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}

function names(list: readonly string[] | undefined): string[] | undefined {
  if (list === undefined) return undefined;
  for (const n of list) {
    if (typeof n !== 'string' || n.length === 0 || n.includes(',') || !wellFormed(n)) {
      throw new TypeError(
        `metric name ${show(n)} must be a non-empty, well-formed string without commas`,
      );
    }
  }
  return [...list];
}

export function metricHelpers(core: Core): MetricHelpers {
  return {
    async jobManager(list, options = {}) {
      const get = names(list);
      const r = await core.raw.GET('/jobmanager/metrics', {
        params: { query: get ? { get } : {} },
        ...(options.signal ? { signal: options.signal } : {}),
      });
      return unwrap<Metric[]>(core, 'GET', r);
    },
    async job(jobId, list, options = {}) {
      checkId(jobId, 'jobId');
      const get = names(list);
      const r = await core.raw.GET('/jobs/{jobid}/metrics', {
        params: { path: { jobid: jobId }, query: get ? { get } : {} },
        ...(options.signal ? { signal: options.signal } : {}),
      });
      return unwrap<Metric[]>(core, 'GET', r);
    },
    async taskManagers(options = {}) {
      const get = names(options.names);
      const agg = options.agg?.map((a) => checkOneOf(a, AGGREGATIONS, 'agg'));
      const taskmanagers = options.taskManagers ? names(options.taskManagers) : undefined;
      const r = await core.raw.GET('/taskmanagers/metrics', {
        params: {
          query: {
            ...(get ? { get } : {}),
            ...(agg ? { agg } : {}),
            ...(taskmanagers ? { taskmanagers } : {}),
          },
        },
        ...(options.signal ? { signal: options.signal } : {}),
      });
      return unwrap<AggregatedMetric[]>(core, 'GET', r);
    },
  };
}
