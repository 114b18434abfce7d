import createClient, { type Client } from 'openapi-fetch';
import {
  AsyncOperation,
  checkOperationState,
  type OperationState,
  type ResultByKind,
} from './async-operation.js';
import { type CheckpointHelpers, checkpointHelpers } from './checkpoints.js';
import { type ClusterInfo, connect, type VersionMismatch } from './connect.js';
import type { Core, Logger } from './core.js';
import { type DatasetHelpers, datasetHelpers } from './datasets.js';
import type { OperationKind } from './errors.js';
import { type JarHelpers, jarHelpers } from './jars.js';
import { type JobHelpers, jobHelpers } from './jobs.js';
import { type MetricHelpers, metricHelpers } from './metrics.js';
import { serializePath } from './path-serializer.js';
import type { PollClock } from './poll-until.js';
import { redactUrl } from './redact.js';
import { guardRoutes } from './route-guard.js';
import { type SavepointHelpers, savepointHelpers } from './savepoints.js';
import { createTransport, type TransportOptions } from './transport.js';
import { checkUpgradeState, UpgradeOperation, type UpgradeRunOptions } from './upgrade.js';
import type { UpgradeState } from './upgrade-steps.js';
import { show } from './validate.js';

export interface FlinkClientOptions extends Omit<TransportOptions, 'endpoints'> {
  /**
   * The JobManager's REST address, e.g. `http://localhost:8081`; requests go to `<baseUrl>/v1/…`.
   * For an HA cluster, every JobManager's address: requests go to the one believed to lead and
   * move on to the next when it gives no answer or answers that it has no leader (see README).
   */
  readonly baseUrl: string | readonly string[];
  /** What `connect()` does when the cluster runs another Flink line. Default `'warn'`. */
  readonly onVersionMismatch?: VersionMismatch;
  /** Where warnings go. Default `console`. */
  readonly logger?: Logger;
  /** Injected time for pollers (tests). */
  readonly clock?: PollClock;
}

/** The raw, typed calls of openapi-fetch plus the helpers. */
export type FlinkClient<Paths extends {}, V extends string = string> = Pick<
  Client<Paths>,
  'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'use' | 'eject'
> & {
  /** The pinned Flink line, e.g. `2.3`, or the range of a fleet client, e.g. `1.18 - 2.3`. */
  readonly flinkVersion: V;
  /** The lines the client's types and routes hold for, oldest first. */
  readonly flinkVersions: readonly string[];
  /** The (first) JobManager's address. */
  readonly baseUrl: string;
  /** Every JobManager address given, the first being `baseUrl`. */
  readonly baseUrls: readonly string[];
  /** Reads `/v1/config`: the cluster's version, compared with the pinned line or range. */
  connect(options?: { signal?: AbortSignal }): Promise<ClusterInfo>;
  readonly savepoints: SavepointHelpers;
  readonly checkpoints: CheckpointHelpers;
  readonly jobs: JobHelpers;
  readonly jars: JarHelpers;
  readonly datasets: DatasetHelpers;
  readonly metrics: MetricHelpers;
  /**
   * Closes the client's keep-alive connections once the requests in flight are answered; later
   * calls fail with FlinkConnectionError. Idle connections never keep the process alive, so a
   * script need not call it; a service that makes clients over and over should.
   */
  close(): Promise<void>;
};

const cores = new WeakMap<object, Core>();

function checkBaseUrl(baseUrl: unknown): string {
  if (typeof baseUrl !== 'string')
    throw new TypeError(`baseUrl must be a string, got ${typeof baseUrl}`);
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new TypeError(`baseUrl ${show(redactUrl(baseUrl))} is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TypeError(`baseUrl ${show(redactUrl(baseUrl))} must be http: or https:`);
  }
  if (url.username || url.password) {
    throw new TypeError('baseUrl must not carry credentials: use the auth option');
  }
  // Paths are appended to the base URL as text: a query or fragment would swallow them.
  if (url.search || url.hash || /[?#]/.test(baseUrl)) {
    throw new TypeError(`baseUrl ${show(redactUrl(baseUrl))} must not have a query or fragment`);
  }
  return baseUrl.replace(/\/+$/, '').replace(/\/v1$/, '').replace(/\/+$/, '');
}

/**
 * Builds a client pinned to one Flink line or a range of them (`flinkVersion` names it, `lines`
 * lists it). `routes` are the `METHOD /path` pairs every line's spec has: a call outside them
 * fails before anything is sent.
 */
export function createVersionedClient<Paths extends {}, V extends string = string>(
  flinkVersion: V,
  lines: readonly string[],
  routes: ReadonlySet<string>,
  options: FlinkClientOptions,
): FlinkClient<Paths, V> {
  if (options === null || typeof options !== 'object')
    throw new TypeError('options must be an object');
  const baseUrls = Array.isArray(options.baseUrl)
    ? (options.baseUrl as readonly unknown[]).map(checkBaseUrl)
    : [checkBaseUrl(options.baseUrl)];
  if (baseUrls.length === 0) throw new TypeError('baseUrl must not be an empty list');
  if (new Set(baseUrls).size !== baseUrls.length)
    throw new TypeError('baseUrl lists the same JobManager twice');
  const baseUrl = baseUrls[0] as string;
  const onVersionMismatch = options.onVersionMismatch ?? 'warn';
  if (!['warn', 'error', 'ignore'].includes(onVersionMismatch)) {
    throw new TypeError(
      `onVersionMismatch ${show(onVersionMismatch)} must be one of warn, error, ignore`,
    );
  }
  const transport = createTransport({
    ...options,
    ...(baseUrls.length > 1 ? { endpoints: baseUrls } : {}),
    ...(options.clock?.sleep ? { sleep: options.clock.sleep } : {}),
    ...(options.clock?.random ? { random: options.clock.random } : {}),
    ...(options.clock?.timeout ? { timeout: options.clock.timeout } : {}),
  });
  const raw = createClient<Paths>({
    baseUrl: `${baseUrl}/v1`,
    fetch: transport.fetch,
    // Flink reads list parameters (get, agg, jobs, taskmanagers, subtasks) comma-separated.
    querySerializer: { array: { style: 'form', explode: false } },
    pathSerializer: serializePath,
  });
  const calls = guardRoutes(raw, routes, flinkVersion);
  const core: Core = {
    // biome-ignore lint/suspicious/noExplicitAny: see Core.raw.
    raw: { ...raw, ...calls } as Client<any>,
    transport,
    flinkVersion,
    lines,
    clock: options.clock ?? {},
    logger: options.logger ?? console,
  };
  const client: FlinkClient<Paths, V> = {
    ...calls,
    use: raw.use,
    eject: raw.eject,
    flinkVersion,
    flinkVersions: Object.freeze([...lines]),
    baseUrl,
    baseUrls: Object.freeze([...baseUrls]),
    connect: (options) => connect(core, onVersionMismatch, options),
    savepoints: savepointHelpers(core),
    checkpoints: checkpointHelpers(core),
    jobs: jobHelpers(core),
    jars: jarHelpers(core),
    datasets: datasetHelpers(core),
    metrics: metricHelpers(core),
    close: async () => transport.close(),
  };
  cores.set(client, core);
  return client;
}

/**
 * Continues an operation from its `toJSON()` state, in this process or another: the same
 * trigger id is polled, nothing is triggered again.
 */
export function resumeOperation<K extends OperationKind>(
  flink: object,
  state: OperationState<K>,
): AsyncOperation<K> {
  const core = cores.get(flink);
  if (!core) throw new TypeError('resumeOperation needs a client made by createFlinkClient');
  return new AsyncOperation(core, checkOperationState(state) as OperationState<K>);
}

/**
 * Continues an upgrade from its `toJSON()` state (saved from `onProgress`), in this process or
 * another: a stop already sent is asked for by its trigger id, a job already started is adopted.
 */
export function resumeUpgrade(
  flink: object,
  state: UpgradeState,
  options: UpgradeRunOptions = {},
): UpgradeOperation {
  const core = cores.get(flink);
  if (!core) throw new TypeError('resumeUpgrade needs a client made by createFlinkClient');
  const client = flink as { jobs: JobHelpers; jars: JarHelpers };
  return new UpgradeOperation(core, client, checkUpgradeState(state), options);
}

export type { ResultByKind };

/** The `createFlinkClient` of one version's entry point (`@flink-rest/client/flink-2.3`). */
export function pinnedClient<Paths extends {}>(line: string, routes: ReadonlySet<string>) {
  return (options: FlinkClientOptions): FlinkClient<Paths> =>
    createVersionedClient<Paths>(line, [line], routes, options);
}
