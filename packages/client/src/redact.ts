import { OperationFailedError, UnexpectedResponseError } from './errors.js';

/** Header names whose values are secrets, compared in lower case. */
const SECRET_HEADERS = new Set([
  'authorization',
  'proxy-authorization',
  'cookie',
  'set-cookie',
  'x-api-key',
]);
/** Query and JSON keys whose values are secrets. */
const SECRET_KEY = /pass(word)?|secret|token|api[-_]?key|authorization|credential/i;

export const REDACTED = '[REDACTED]';

/** A copy of `headers` with every secret value replaced. */
export function redactHeaders(headers: Headers | Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  const entries = headers instanceof Headers ? [...headers.entries()] : Object.entries(headers);
  for (const [name, value] of entries) {
    out[name] = SECRET_HEADERS.has(name.toLowerCase()) ? REDACTED : value;
  }
  return out;
}

/**
 * A URL safe to print: user info and secret-looking query parameters are replaced, in text
 * that does not parse as a URL too.
 */
export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    // Not a URL: scrub what looks like user info or a secret query parameter all the same.
    return url
      .replace(/\/\/[^/?#\s]*@/g, '//REDACTED@')
      .replace(/([?&;]([^=&#\s]*)=)([^&#\s]*)/g, (whole, prefix: string, key: string) =>
        SECRET_KEY.test(key) ? `${prefix}${REDACTED}` : whole,
      );
  }
  if (parsed.username) parsed.username = 'REDACTED';
  if (parsed.password) parsed.password = 'REDACTED';
  for (const key of [...parsed.searchParams.keys()]) {
    if (SECRET_KEY.test(key)) parsed.searchParams.set(key, REDACTED);
  }
  return parsed.toString();
}

/**
 * Removes known secret values from free text (a server message may echo a header back).
 * `secrets` are the values this client was configured with.
 */
export function redactText(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= 4) out = out.split(secret).join(REDACTED);
  }
  return out.replace(/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/g, `$1 ${REDACTED}`);
}

/** One line of body text for a message: whitespace collapsed, cut at `max`, secrets scrubbed. */
export function quoteBody(text: string, secrets: readonly string[], max = 120): string {
  const line = text.replace(/\s+/g, ' ').trim();
  const cut = line.length > max ? `${line.slice(0, max)}…` : line;
  return JSON.stringify(redactText(cut, secrets));
}

/**
 * An error safe to keep as a `cause`: returned as it is when neither it nor anything in its
 * cause chain mentions a secret; otherwise a plain copy (name, message, stack, `code`, and the
 * chain) with the secrets scrubbed. Undici and socket errors can quote what a proxy sent back.
 */
export function redactError(error: unknown, secrets: readonly string[], depth = 0): unknown {
  if (!(error instanceof Error) || depth > 8) return error;
  const e = error as Error & { code?: unknown };
  const cause = redactError(e.cause, secrets, depth + 1);
  const message = redactText(e.message, secrets);
  const stack = e.stack === undefined ? undefined : redactText(e.stack, secrets);
  if (message === e.message && stack === e.stack && cause === e.cause) return error;
  const copy = new Error(message, cause === undefined ? undefined : { cause });
  copy.name = e.name;
  if (stack !== undefined) copy.stack = stack;
  if (e.code !== undefined) (copy as Error & { code?: unknown }).code = e.code;
  return copy;
}

/**
 * An error built from text Flink sent (a failure cause, a misshapen body), rebuilt with the
 * client's secrets scrubbed; any other error is returned as it is.
 */
export function scrubError(error: Error, secrets: readonly string[]): Error {
  const scrub = (text: string | undefined) =>
    text === undefined ? undefined : redactText(text, secrets);
  if (error instanceof OperationFailedError) {
    return new OperationFailedError(
      error.operation,
      scrub(error.failureClass),
      scrub(error.failureStackTrace),
    );
  }
  if (error instanceof UnexpectedResponseError) {
    return new UnexpectedResponseError(error, error.status, redactText(error.reason, secrets));
  }
  return error;
}
