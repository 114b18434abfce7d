import {
  CHECKPOINT_TYPES,
  JOB_STATUSES,
  type JobStatus,
  SAVEPOINT_FORMATS,
} from '@flink-rest/client';
import { UsageError } from './errors.js';

/**
 * Parsers of command-line values. Each throws a UsageError naming the value, so a bad argument
 * ends the command with exit 2 before anything is sent.
 */

const HEX32 = /^[0-9a-f]{32}$/;

/** A job id or trigger id: Flink's 32 lower-case hex characters. */
export function parseHexId(what: string): (text: string) => string {
  return (text) => {
    if (!HEX32.test(text)) throw new UsageError(`${what} "${text}" must be 32 hex characters`);
    return text;
  };
}

export function parseOneOf<T extends string>(what: string, allowed: readonly T[]) {
  return (text: string): T => {
    const upper = text.toUpperCase();
    const found = allowed.find((a) => a === upper);
    if (found === undefined)
      throw new UsageError(`${what} "${text}" must be one of ${allowed.join(', ')}`);
    return found;
  };
}

// The lists come from the client, which checks the same values.
export { CHECKPOINT_TYPES, JOB_STATUSES, SAVEPOINT_FORMATS };

/** A comma-separated list of non-empty names: `--get a,b`. */
export function parseNameList(what: string): (text: string) => string[] {
  return (text) => {
    const names = text.split(',').map((n) => n.trim());
    if (names.some((n) => n === ''))
      throw new UsageError(`${what} "${text}" must be names separated by commas`);
    return names;
  };
}

/** `--status RUNNING,FINISHED`. */
export function parseStatuses(text: string): JobStatus[] {
  return parseNameList('--status')(text).map(parseOneOf('--status', JOB_STATUSES));
}

export function parsePositiveInt(what: string): (text: string) => number {
  return (text) => {
    if (!/^\d+$/.test(text) || Number(text) < 1 || !Number.isSafeInteger(Number(text)))
      throw new UsageError(`${what} "${text}" must be a whole number >= 1`);
    return Number(text);
  };
}

/** One `--parallelism <vertex>=<n>`, added to what earlier ones gave. */
export function parseVertexParallelism(
  text: string,
  previous: Readonly<Record<string, number>> = {},
): Record<string, number> {
  const eq = text.lastIndexOf('=');
  const vertex = text.slice(0, eq);
  if (eq < 0 || !HEX32.test(vertex))
    throw new UsageError(
      `--parallelism "${text}" must be <vertex>=<n>, the vertex's 32 hex character id`,
    );
  if (vertex in previous) throw new UsageError(`--parallelism names vertex ${vertex} twice`);
  return { ...previous, [vertex]: parsePositiveInt(`--parallelism ${vertex}`)(text.slice(eq + 1)) };
}

/** A Flink line for `--flink-version`: `auto`, or `<major>.<minor>`. */
export function parseFlinkVersion(text: string): string {
  if (text === 'auto' || /^\d+\.\d+$/.test(text)) return text;
  throw new UsageError(`--flink-version "${text}" must be auto or a line such as 2.3`);
}

/** `--url`: http or https, without credentials (those go in the auth options, never in a URL). */
export function parseUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError('--url must be an http:// or https:// URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new UsageError('--url must be an http:// or https:// URL');
  if (url.username !== '' || url.password !== '')
    throw new UsageError('--url must not carry credentials: use --user/--password or --token');
  return text;
}
