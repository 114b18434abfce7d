import { CodegenError } from './errors.js';

/** Default for every request this package makes, in ms. */
export const DEFAULT_TIMEOUT_MS = 10_000;

export interface HttpResponse {
  readonly url: string;
  readonly status: number;
  /** The `content-type` header, or `undefined`. */
  readonly contentType: string | undefined;
  readonly text: string;
}

export interface HttpGetOptions {
  /** Longest wait for the whole response (headers and body), in ms. Default 10_000. */
  timeoutMs?: number;
}

function describeCause(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.message ?? cause?.code ?? (error as Error).message;
}

/**
 * GETs `url` and reads the body as text, whatever the status. Fails with `FETCH_FAILED` for a
 * URL that is not http(s) or a server that cannot be reached, and `TIMEOUT` when the response
 * is not complete within `timeoutMs`; both messages name the URL.
 */
export async function httpGet(url: string, options: HttpGetOptions = {}): Promise<HttpResponse> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    throw new RangeError(`timeoutMs (${timeoutMs}) must be a positive number of ms`);
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new CodegenError('FETCH_FAILED', `"${url}" is not a valid URL`, { where: url });
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new CodegenError('FETCH_FAILED', `"${url}" is not an http(s) URL`, { where: url });
  }
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const response = await fetch(parsed, {
      signal,
      headers: { accept: 'application/json, application/yaml;q=0.9, */*;q=0.1' },
    });
    const text = await response.text();
    return {
      url,
      status: response.status,
      contentType: response.headers.get('content-type') ?? undefined,
      text,
    };
  } catch (error) {
    if (signal.aborted) {
      throw new CodegenError('TIMEOUT', `GET ${url} timed out after ${timeoutMs} ms`, {
        where: url,
        cause: error,
      });
    }
    throw new CodegenError('FETCH_FAILED', `GET ${url} failed: ${describeCause(error)}`, {
      where: url,
      cause: error,
    });
  }
}
