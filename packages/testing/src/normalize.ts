import type { Exchange, Json } from './fixture-format.js';
import type { RawExchange } from './recording-fetch.js';

/**
 * Normalization: the only transformation between what a real cluster answered and a fixture.
 * Its aim is that recording the same Flink version twice gives identical files, and that ids
 * still round-trip (the client reads an id from one response and sends it in a later request).
 * Every rule is listed in README.md ("Normalization rules"); this file is their one
 * implementation.
 */

/** Exact strings of one recording (its temp dir, ports, host name…) and what replaces them. */
export type Literal = readonly [volatile: string, fixed: string];

/** Ids that the scenario itself sends (unknown job, unknown trigger): kept as they are. */
const FIXED_IDS = new Set(['0'.repeat(32), 'f'.repeat(32)]);

/** Counters per kind of volatile token: the n-th distinct value seen gets placeholder n. */
class TokenMap {
  private readonly maps = new Map<string, Map<string, string>>();
  map(kind: string, raw: string, make: (n: number) => string, isPlaceholder: RegExp): string {
    if (isPlaceholder.test(raw)) return raw;
    let m = this.maps.get(kind);
    if (!m) {
      m = new Map();
      this.maps.set(kind, m);
    }
    let v = m.get(raw);
    if (v === undefined) {
      v = make(m.size + 1);
      m.set(raw, v);
    }
    return v;
  }
}

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');

/**
 * Object keys whose numbers vary from run to run (timestamps, durations, sizes, byte and record
 * counters, memory and CPU readings, ports, metric readings); a number under such a key, or
 * anywhere below it, becomes 0. Whole words only: `operation` is not `ratio`.
 */
export const VOLATILE_NUMBER_KEY = new RegExp(
  [
    '^(now|timestamp|timestamps|status-timestamps|start-time|end-time|duration|last-modification)$',
    '^(uploaded|net-runtime|assignedTasks)$',
    '^(start_time|end_time|end-timestamp|trigger_timestamp|latest_ack_timestamp|restore_timestamp)$',
    '(^|[-_])(time|duration|size|bytes|records|ratio|latency|data|port|watermark)$',
    '^(time|mtime|size|ratio|idleRatio|busyRatio|dataPort|jmxPort|timeSinceLastHeartbeat)$',
    '^(metrics|hardware|memoryConfiguration|garbageCollectors|summary|timezone-offset)$',
    '^(accumulated-backpressured-time|accumulated-idle-time|accumulated-busy-time)$',
    '^(min|max|avg|sum|skew|p50|p90|p95|p99|p999)$',
    'Time$|Timestamp$|Duration$|Size$|Bytes$',
  ].join('|'),
);

/** Object keys whose string values vary from run to run, and what they become. */
export const VOLATILE_STRING_KEYS: Readonly<Record<string, string>> = {
  'timezone-name': 'UTC',
  'serialized-throwable': '',
  stringifiedThreadInfo: 'thread info',
  threadName: 'thread',
};

function cutStackTrace(s: string): string {
  // Frames depend on the thread that completed a future; the message before them does not.
  const at = s.search(/\n\s*at [\w$.<>/]+\(/);
  return at >= 0 ? s.slice(0, at) : s;
}

/** The normalization of one recording; one instance maps each volatile value the same way. */
export interface Normalizer {
  /** A recorded exchange as a fixture keeps it (every rule applied, by endpoint too). */
  exchange(raw: RawExchange): Exchange;
  /** A JSON value (a body, a scenario's summary) with the string and key rules applied. */
  json(value: Json): Json;
  /** A string with the literal and token rules applied. */
  string(value: string): string;
}

/**
 * A normalizer for one recording. `literals` are replaced first (longest first); then the
 * token rules map ids, ports and host-specific strings to placeholders numbered by first
 * appearance, the same value always to the same placeholder.
 */
export function createNormalizer(literals: readonly Literal[] = []): Normalizer {
  const tokens = new TokenMap();
  const sortedLiterals = [...literals]
    .filter(([v]) => v.length > 0)
    .sort((a, b) => b[0].length - a[0].length);

  const string = (input: string): string => {
    let s = cutStackTrace(input);
    for (const [volatile, fixed] of sortedLiterals) s = s.split(volatile).join(fixed);
    // JVM lambda class names and identity hash codes.
    s = s.replace(/\$\$Lambda\$?\d*\/0x[0-9a-f]+/g, '$$$$Lambda/0x0');
    s = s.replace(/@[0-9a-f]{5,8}\b/g, '@0');
    // UUIDs (uploaded jar names, blob keys).
    s = s.replace(
      /(?<![0-9a-f])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![0-9a-f])/g,
      (u) =>
        tokens.map(
          'uuid',
          u,
          (n) => `00000000-0000-0000-0000-${hex(n, 12)}`,
          /^0{8}-0{4}-0{4}-0{4}-/,
        ),
    );
    // A standalone TaskManager's ResourceID: <host>:<port>-<6 hex>.
    s = s.replace(/\b(\d+\.\d+\.\d+\.\d+|localhost):(\d{2,5})-([0-9a-f]{6})\b/g, (t, host) =>
      tokens.map(
        'resource-id',
        t,
        (n) => `${host}:${40000 + n}-${hex(n, 6)}`,
        /:4\d{4}-0000[0-9a-f]{2}$/,
      ),
    );
    // Savepoint directories: savepoint-<job id prefix>-<12 random hex>.
    s = s.replace(/savepoint-[0-9a-f]{6}-[0-9a-f]{12}/g, (t) =>
      tokens.map('savepoint', t, (n) => `savepoint-000000-${hex(n, 12)}`, /^savepoint-000000-/),
    );
    // 32-hex ids (jobs, vertices, triggers, allocations…): feed0000…000n.
    s = s.replace(/(?<![0-9a-f])[0-9a-f]{32}(?![0-9a-f])/g, (id) =>
      FIXED_IDS.has(id)
        ? id
        : tokens.map('id', id, (n) => `feed${hex(n, 28)}`, /^feed0{20}[0-9a-f]{8}$/),
    );
    // Ports after a host (RPC addresses, endpoints): 1000n.
    s = s.replace(
      /\b(\d+\.\d+\.\d+\.\d+|localhost):(\d{2,5})\b(?!-)/g,
      (_t, host, port) =>
        `${host}:${tokens.map('port', port, (n) => String(10000 + n), /^1000\d$/)}`,
    );
    return s;
  };

  const walk = (value: Json, volatileNumbers: boolean, key: string | undefined): Json => {
    if (typeof value === 'number') return volatileNumbers ? 0 : value;
    if (typeof value === 'string') {
      if (key !== undefined && Object.hasOwn(VOLATILE_STRING_KEYS, key))
        return VOLATILE_STRING_KEYS[key] as string;
      return string(value);
    }
    if (Array.isArray(value)) return value.map((v) => walk(v, volatileNumbers, key));
    if (value !== null && typeof value === 'object') {
      const out: Record<string, Json> = {};
      const entries = Object.entries(value).map(
        ([k, v]) =>
          [string(k), walk(v, volatileNumbers || VOLATILE_NUMBER_KEY.test(k), k)] as const,
      );
      // Keys sorted: Flink writes some maps (tasks per state) in a hash order that changes
      // from one JVM to the next.
      for (const [k, v] of entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) out[k] = v;
      // A configuration entry whose value is a port chosen at start.
      if (typeof out.key === 'string' && /port$/.test(out.key) && typeof out.value === 'string')
        out.value = '0';
      return out;
    }
    return value;
  };

  const json = (value: Json): Json => walk(value, false, undefined);

  const exchange = (raw: RawExchange): Exchange => {
    const path = string(raw.path);
    const query: Record<string, string> = {};
    for (const [k, v] of Object.entries(raw.query)) query[k] = string(v);
    return {
      step: raw.step,
      request: {
        method: raw.method,
        path,
        query,
        headers: contentType(raw.requestContentType),
        body: json(raw.requestBody),
      },
      response: {
        status: raw.status,
        headers: contentType(raw.responseContentType),
        body: shapeFor(path, json(raw.responseBody)),
      },
    };
  };

  return { exchange, json, string };
}

function contentType(value: string | undefined): Record<string, string> {
  if (value === undefined) return {};
  // A multipart boundary is random.
  return { 'content-type': value.replace(/;\s*boundary=.*$/i, '') };
}

/**
 * Per-endpoint rules for bodies whose structure varies: a thread dump keeps one thread; job
 * lists are sorted by id, metric lists by id; the environment loses machine-specific parts.
 */
function shapeFor(path: string, body: Json): Json {
  if (/\/thread-dump$/.test(path) && body && typeof body === 'object' && !Array.isArray(body)) {
    const infos = body.threadInfos;
    return { ...body, threadInfos: Array.isArray(infos) ? infos.slice(0, 1) : (infos ?? null) };
  }
  if (
    (path === '/jobs/overview' || path === '/jobs') &&
    isRecord(body) &&
    Array.isArray(body.jobs)
  ) {
    // Jobs come in hash order; by (normalized) id they come in the order the scenario ran them.
    const jobId = (j: Json) => (isRecord(j) ? String(j.jid ?? j.id ?? '') : '');
    return { ...body, jobs: [...body.jobs].sort((a, b) => jobId(a).localeCompare(jobId(b))) };
  }
  if (/\/environment$/.test(path) && isRecord(body) && isRecord(body.jvm)) {
    // The JDK build and where Maven keeps the jars belong to the machine, not to Flink.
    const classpath = Array.isArray(body.classpath)
      ? body.classpath.map((c) => (typeof c === 'string' ? c.slice(c.lastIndexOf('/') + 1) : c))
      : (body.classpath ?? null);
    return { ...body, jvm: { ...body.jvm, version: 'JVM' }, classpath };
  }
  if (/\/metrics$/.test(path) && Array.isArray(body)) {
    // Metric values are readings of the moment; their ids and types stay.
    return [...body]
      .map((m) =>
        m && typeof m === 'object' && !Array.isArray(m) && typeof m.value === 'string'
          ? { ...m, value: '0' }
          : m,
      )
      .sort((a, b) => idOf(a).localeCompare(idOf(b)));
  }
  return body;
}

function isRecord(v: Json | undefined): v is { [key: string]: Json } {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function idOf(v: Json): string {
  return v && typeof v === 'object' && !Array.isArray(v) && typeof v.id === 'string' ? v.id : '';
}
