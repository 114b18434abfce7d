import {
  type Auth,
  createFlinkClient,
  type FetchLike,
  type FlinkLine,
  supportedFlinkVersions,
  type TlsOptions,
} from '@flink-rest/client';
import { loadPinnedSpec } from '@flink-rest/specs';
import type { Exchange, Json, RawExchange } from '@flink-rest/testing';
import { lineOf, supportedLines } from '@flink-rest/versions';
import { DriftError } from './errors.js';
import { getOnly } from './get-only.js';
import { operationsOf } from './operations.js';
import { isFlinkErrorBody, outcomeOf } from './probe-outcome.js';
import { nextRequests, type PlannedRequest, pathOf, rootRequests } from './probe-plan.js';
import { type ProbeCheck, type ProbeReport, summarizeChecks } from './probe-report.js';
import { runBounded } from './run-bounded.js';
import { createSpecValidator } from './spec-validator.js';

/** Options of `probeCluster`. */
export interface ProbeOptions {
  /** The JobManager's REST address, e.g. `http://localhost:8081`. */
  readonly baseUrl: string;
  /** `auto` (default): the line of the release `/v1/config` reports; or a pinned line. */
  readonly flinkVersion?: string;
  /** Jobs to crawl; empty or absent: every job `/jobs/overview` lists. */
  readonly jobs?: readonly string[];
  /** Check against the spec with our overlays (default true) or as extracted. */
  readonly overlays?: boolean;
  /** Requests in flight at once. Default 4. */
  readonly concurrency?: number;
  /** Longest wait for one request, body included, in ms. Default 30_000. */
  readonly timeoutMs?: number;
  readonly auth?: Auth;
  readonly tls?: TlsOptions;
  /** Sends the requests (tests, a proxy's fetch); default the client's own. */
  readonly fetch?: FetchLike;
  /** Makes the per-request timeout's signal (tests inject time). Default: a timer. */
  readonly timeout?: (ms: number) => AbortSignal;
  /** Clock of `durationMs`. Default `performance.now`. */
  readonly now?: () => number;
}

/** The report, and every exchange as it happened (for `--record`). */
export interface ProbeResult {
  readonly report: ProbeReport;
  readonly exchanges: readonly RawExchange[];
}

/** One line of why a request got no answer. */
function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s*\r?\n\s*/g, ' ');
}

/** `: <first line of Flink's first error>` (shortened), or nothing for another body. */
function flinkMessage(body: Json): string {
  if (!isFlinkErrorBody(body)) return '';
  const first = String((body as { errors: string[] }).errors[0] ?? '').split('\n')[0] ?? '';
  return first === '' ? '' : `: ${first.length > 120 ? `${first.slice(0, 117)}...` : first}`;
}

/** JSON when the text parses as JSON, else the text itself; null for no body. */
function parseBody(value: unknown): Json {
  if (value === undefined || value === '') return null;
  if (typeof value !== 'string') return value as Json;
  try {
    return JSON.parse(value) as Json;
  } catch {
    return value;
  }
}

/**
 * Probes a live JobManager read-only: reads its version (`/v1/config`), crawls the cluster, its
 * jobs and task managers with GET requests only (at most `concurrency` at once, each bounded by
 * `timeoutMs`, none retried), and validates each answer against the pinned spec of the line. It
 * rejects with `DriftError` `UNREACHABLE` when `/v1/config` cannot be read or reports a line
 * that is not pinned; any later failure is a check with outcome `error`.
 */
export async function probeCluster(options: ProbeOptions): Promise<ProbeResult> {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const clientOptions = {
    baseUrl: options.baseUrl,
    requestTimeoutMs: options.timeoutMs ?? 30_000,
    // Each GET is sent once: the request count is exact, and a failing endpoint is reported
    // as it failed instead of being asked again.
    retry: { retries: 0 },
    ...(options.auth ? { auth: options.auth } : {}),
    ...(options.tls ? { tls: options.tls } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.timeout ? { clock: { timeout: options.timeout } } : {}),
  };
  const exchanges: RawExchange[] = [];
  let requestsSent = 0;

  // biome-ignore lint/suspicious/noExplicitAny: the crawl calls templates of any line.
  const send = async (flink: { GET: any }, request: PlannedRequest) => {
    const path = pathOf(request);
    requestsSent++;
    const { data, error, response } = await flink.GET(request.template, {
      params: { path: request.params },
      parseAs: 'text',
    });
    const body = parseBody(response.ok ? data : error);
    exchanges.push({
      step: 'probe',
      method: 'GET',
      path,
      query: {},
      requestContentType: undefined,
      requestBody: null,
      status: response.status,
      responseContentType: response.headers.get('content-type') ?? undefined,
      responseBody: body,
    });
    return { path, status: response.status as number, body, headers: response.headers as Headers };
  };

  const detector = createFlinkClient({ ...clientOptions, flinkVersion: supportedFlinkVersions });
  detector.use(getOnly);
  let config: Awaited<ReturnType<typeof send>>;
  try {
    config = await send(detector, { template: '/config', params: {} });
  } catch (error) {
    throw new DriftError('UNREACHABLE', `GET ${options.baseUrl}/v1/config: ${reasonOf(error)}`, {
      cause: error,
    });
  } finally {
    await detector.close();
  }
  const release =
    config.body !== null && typeof config.body === 'object' && !Array.isArray(config.body)
      ? config.body['flink-version']
      : undefined;
  if (config.status !== 200 || typeof release !== 'string') {
    throw new DriftError(
      'UNREACHABLE',
      `GET ${options.baseUrl}/v1/config answered ${config.status} without a flink-version: not a Flink JobManager`,
    );
  }
  const wanted = options.flinkVersion ?? 'auto';
  const line = wanted === 'auto' ? lineOf(release) : wanted;
  if (line === undefined || !supportedLines.includes(line)) {
    throw new DriftError(
      'UNREACHABLE',
      `the cluster runs Flink ${release}, whose line is not pinned; pinned: ${supportedLines.join(', ')}`,
    );
  }

  const overlays = options.overlays ?? true;
  const doc = await loadPinnedSpec(line, { overlays });
  const validator = createSpecValidator(doc, line);
  const templates = new Set(
    [...operationsOf(doc).values()].filter((o) => o.method === 'GET').map((o) => o.path),
  );
  const scope = { templates, jobs: options.jobs ?? [] };
  const checks: { order: number; check: ProbeCheck }[] = [];
  let order = 0;

  const judge = (
    request: PlannedRequest,
    path: string,
    status: number,
    body: Json,
    type?: string,
  ) => {
    const exchange: Exchange = {
      step: 'probe',
      request: { method: 'GET', path, query: {}, headers: {}, body: null },
      response: { status, headers: type ? { 'content-type': type } : {}, body },
    };
    const mismatches =
      outcomeOf(status, body, []) === 'ok' ? validator.validate(exchange, path) : [];
    const outcome = outcomeOf(status, body, mismatches);
    const reason =
      outcome === 'not-available' || outcome === 'error'
        ? `${status}${flinkMessage(body)}`
        : undefined;
    return {
      operation: `GET ${request.template}`,
      path,
      status,
      outcome,
      mismatches,
      ...(reason === undefined ? {} : { reason }),
    } satisfies ProbeCheck;
  };

  checks.push({
    order: order++,
    check: judge(
      { template: '/config', params: {} },
      '/config',
      config.status,
      config.body,
      config.headers.get('content-type') ?? undefined,
    ),
  });

  const flink = createFlinkClient({ ...clientOptions, flinkVersion: line as FlinkLine });
  flink.use(getOnly);
  try {
    await runBounded(rootRequests(scope), options.concurrency ?? 4, async (request, add) => {
      const at = order++;
      try {
        const answer = await send(flink, request);
        const check = judge(
          request,
          answer.path,
          answer.status,
          answer.body,
          answer.headers.get('content-type') ?? undefined,
        );
        checks.push({ order: at, check });
        if (answer.status >= 200 && answer.status < 300)
          add(nextRequests(scope, request, answer.body));
      } catch (error) {
        if (error instanceof DriftError && error.code === 'NOT_READ_ONLY') throw error;
        checks.push({
          order: at,
          check: {
            operation: `GET ${request.template}`,
            path: pathOf(request),
            outcome: 'error',
            mismatches: [],
            reason: reasonOf(error),
          },
        });
      }
    });
  } finally {
    await flink.close();
  }
  const sorted = checks.sort((a, b) => a.order - b.order).map((c) => c.check);
  const report: ProbeReport = {
    url: options.baseUrl,
    flinkRelease: release,
    line,
    overlays,
    ...summarizeChecks(sorted),
    requestsSent,
    durationMs: Math.round(now() - started),
    checks: sorted,
  };
  return { report, exchanges };
}
