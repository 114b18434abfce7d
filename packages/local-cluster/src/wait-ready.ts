import https from 'node:https';

export interface ClusterOverview {
  readonly taskmanagers: number;
  readonly 'slots-total'?: number;
  readonly 'flink-version'?: string;
}

/** What a readiness probe found: the overview, or nothing yet (not listening, not ready). */
export type ProbeResult = ClusterOverview | undefined;

export type ReadyDecision = 'ready' | 'wait';

/**
 * Pure: ready means the REST endpoint answers, every TaskManager has registered and, when
 * `slots` is given, all their slots are reported (a TaskManager's slot report can lag its
 * registration: seen live as `taskmanagers: 1, slots-total: 0`).
 */
export function readiness(overview: ProbeResult, taskManagers: number, slots = 0): ReadyDecision {
  if (overview === undefined || overview.taskmanagers < taskManagers) return 'wait';
  return (overview['slots-total'] ?? 0) >= slots ? 'ready' : 'wait';
}

/**
 * Pure: one probe result for the REST endpoints of one HA cluster: the first that is not ready,
 * else the leader's (first). Every endpoint must be ready, not only the leader: a standby that
 * has not yet found the leader answers 503 (seen on 1.18 under load, right after the leader was),
 * and a client given every URL may ask it first.
 */
export function everyEndpoint(
  results: readonly ProbeResult[],
  taskManagers: number,
  slots = 0,
): ProbeResult {
  const waiting = results.findIndex((r) => readiness(r, taskManagers, slots) === 'wait');
  return waiting === -1 ? results[0] : results[waiting];
}

export interface WaitReadyOptions {
  readonly taskManagers: number;
  /** Slots expected in total. Default 0 (not checked). */
  readonly slots?: number;
  /** Longest wait, in ms. */
  readonly timeoutMs: number;
  /** Pause between probes, in ms. */
  readonly intervalMs: number;
  readonly probe: () => Promise<ProbeResult>;
  /** Returns a reason when a process died, so waiting stops at once. */
  readonly failure: () => Promise<Error | undefined>;
  readonly now?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly signal?: AbortSignal;
}

export type WaitReadyOutcome =
  | { readonly kind: 'ready'; readonly overview: ClusterOverview }
  | { readonly kind: 'failed'; readonly error: Error }
  | { readonly kind: 'timeout'; readonly last: ProbeResult }
  | { readonly kind: 'aborted' };

/** Polls until ready, a process dies, the deadline passes or the signal aborts. */
export async function waitReady(options: WaitReadyOptions): Promise<WaitReadyOutcome> {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const deadline = now() + options.timeoutMs;
  let last: ProbeResult;
  for (;;) {
    if (options.signal?.aborted) return { kind: 'aborted' };
    const error = await options.failure();
    if (error) return { kind: 'failed', error };
    last = await options.probe();
    if (readiness(last, options.taskManagers, options.slots) === 'ready') {
      return { kind: 'ready', overview: last as ClusterOverview };
    }
    if (now() >= deadline) return { kind: 'timeout', last };
    await sleep(options.intervalMs);
  }
}

/** PEM material for a REST endpoint that serves HTTPS (`security.ssl.rest.enabled`). */
export interface RestTls {
  /** CA certificate(s) that signed the endpoint's certificate. */
  readonly ca: string | Buffer;
  /** Client certificate, when the endpoint wants one (`security.ssl.rest.authentication-enabled`). */
  readonly cert?: string | Buffer;
  /** Private key of `cert`. */
  readonly key?: string | Buffer;
  /** Passphrase of an encrypted `key`. */
  readonly passphrase?: string;
}

/**
 * Probes `/v1/overview`; any network error or non-200 counts as "not yet". With `tls`, the
 * probe speaks HTTPS with that CA (and client certificate), as a user of such a cluster would.
 */
export async function probeOverview(
  url: string,
  timeoutMs = 2_000,
  tls?: RestTls,
): Promise<ProbeResult> {
  try {
    const text = tls
      ? await httpsGetText(`${url}/v1/overview`, tls, timeoutMs)
      : await (async () => {
          const response = await fetch(`${url}/v1/overview`, {
            signal: AbortSignal.timeout(timeoutMs),
          });
          return response.ok ? await response.text() : undefined;
        })();
    if (text === undefined) return undefined;
    const body = JSON.parse(text) as ClusterOverview;
    return typeof body.taskmanagers === 'number' ? body : undefined;
  } catch {
    return undefined;
  }
}

/** GET over HTTPS with a CA and optional client certificate: the body of a 200, else undefined. */
function httpsGetText(url: string, tls: RestTls, timeoutMs: number): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const request = https.get(
      url,
      {
        ca: tls.ca,
        ...(tls.cert !== undefined ? { cert: tls.cert } : {}),
        ...(tls.key !== undefined ? { key: tls.key } : {}),
        ...(tls.passphrase !== undefined ? { passphrase: tls.passphrase } : {}),
        signal: AbortSignal.timeout(timeoutMs),
        agent: false,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () =>
          resolve(response.statusCode === 200 ? Buffer.concat(chunks).toString('utf8') : undefined),
        );
      },
    );
    request.on('error', reject);
  });
}
