import type { Json } from './fixture-format.js';

/**
 * A `fetch` that takes a `Request`: the shape of `@flink-rest/client`'s `fetch` option (the
 * test kit does not depend on the client).
 */
export type FetchLike = (request: Request) => Promise<Response>;

/** An exchange as it happened, before normalization. */
export interface RawExchange {
  readonly step: string;
  readonly method: string;
  /** Decoded path, `/v1` prefix removed. */
  readonly path: string;
  readonly query: Record<string, string>;
  readonly requestContentType: string | undefined;
  readonly requestBody: Json;
  readonly status: number;
  readonly responseContentType: string | undefined;
  readonly responseBody: Json;
}

/**
 * A URL path as fixtures keep it: the `/v1` prefix removed, each segment percent-decoded (a
 * segment that does not decode stays as it is).
 */
export function decodePath(pathname: string): string {
  return pathname
    .replace(/^\/v1(?=\/|$)/, '')
    .split('/')
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    })
    .join('/');
}

/** Query parameters as a plain object with sorted keys; a repeated key's values comma-joined. */
export function queryOf(url: URL): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of [...new Set(url.searchParams.keys())].sort()) {
    out[key] = url.searchParams.getAll(key).join(',');
  }
  return out;
}

/** JSON when the text parses as JSON, else the text itself; null for no body. */
export function bodyOf(text: string): Json {
  if (text === '') return null;
  try {
    return JSON.parse(text) as Json;
  } catch {
    return text;
  }
}

async function requestBodyOf(request: Request): Promise<Json> {
  const type = request.headers.get('content-type') ?? '';
  if (type.startsWith('multipart/form-data')) {
    // The parts' names, file names and types; the jar's bytes are not kept.
    const form = await request.formData();
    const parts: Json[] = [];
    form.forEach((value, name) => {
      parts.push(
        typeof value === 'string'
          ? { name, value }
          : { name, filename: (value as File).name, type: (value as File).type },
      );
    });
    return { multipart: parts };
  }
  return bodyOf(await request.text());
}

/**
 * Wraps a `fetch` (give the result to `createFlinkClient({ fetch })`): every request and its response are appended to `sink`, tagged
 * with the current step. The response handed back is a fresh copy, so the client reads it as
 * if nothing stood in between.
 */
export function recordingFetch(
  inner: FetchLike,
  sink: RawExchange[],
  currentStep: () => string,
): FetchLike {
  return async (request) => {
    const step = currentStep();
    const requestBody = await requestBodyOf(request.clone());
    const response = await inner(request);
    const text = await response.text();
    const url = new URL(request.url);
    sink.push({
      step,
      method: request.method,
      path: decodePath(url.pathname),
      query: queryOf(url),
      requestContentType: request.headers.get('content-type') ?? undefined,
      requestBody,
      status: response.status,
      responseContentType: response.headers.get('content-type') ?? undefined,
      responseBody: bodyOf(text),
    });
    return new Response(text === '' ? null : text, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
}
