import { FlinkApiError } from '@flink-rest/client';
import type { Session } from './session.js';

interface RawGet {
  GET(
    path: string,
    init: {
      params: { path?: Record<string, string>; query?: Record<string, unknown> };
      signal?: AbortSignal;
      parseAs?: 'json' | 'text';
    },
  ): Promise<{ data?: unknown; error?: unknown; response: Response }>;
}

function flinkErrors(body: unknown): string[] {
  const errors = (body as { errors?: unknown } | undefined)?.errors;
  return Array.isArray(errors) ? errors.map(String) : [];
}

/**
 * `GET` of a read-only endpoint, for the commands that print what Flink answers as it is. The
 * command's path template is one that every supported line has, but a client pinned to one line
 * is typed for that line alone: the CLI only forwards the JSON, so it goes through the untyped
 * view of the raw client. An error status becomes a FlinkApiError, as the helpers throw.
 */
export async function flinkGet(
  session: Session,
  template: string,
  path: Record<string, string> = {},
  query?: Record<string, unknown>,
  parseAs: 'json' | 'text' = 'json',
): Promise<unknown> {
  const flink = (await session.flink()) as unknown as RawGet;
  const { data, error, response } = await flink.GET(template, {
    params: { path, ...(query ? { query } : {}) },
    parseAs,
    ...(session.io.signal ? { signal: session.io.signal } : {}),
  });
  if (!response.ok || error !== undefined) {
    const sent = Object.entries(path).reduce((p, [k, v]) => p.replace(`{${k}}`, v), template);
    throw new FlinkApiError({ method: 'GET', path: sent }, response.status, flinkErrors(error));
  }
  return data;
}
