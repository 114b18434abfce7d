import { TestingError } from './errors.js';

/** JSON as it appears in a fixture. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** One recorded request: what the client sent, after normalization. */
export interface RecordedRequest {
  readonly method: string;
  /** Path without the `/v1` prefix, e.g. `/jobs/feed0000000000000000000000000001`. */
  readonly path: string;
  /** Decoded query parameters, keys sorted. */
  readonly query: Readonly<Record<string, string>>;
  /** Headers that matter (content-type only). */
  readonly headers: Readonly<Record<string, string>>;
  /** JSON body, a multipart summary (`{ multipart: [...] }`), a string, or null. */
  readonly body: Json;
}

/** One recorded response, after normalization. */
export interface RecordedResponse {
  readonly status: number;
  /** Headers that matter (content-type only). */
  readonly headers: Readonly<Record<string, string>>;
  /** JSON body, or the text when the response is not JSON. */
  readonly body: Json;
}

/** One request of a scenario and the answer it got, as a fixture keeps them. */
export interface Exchange {
  /** The scenario step that sent it; `error: …` steps send bad requests on purpose. */
  readonly step: string;
  readonly request: RecordedRequest;
  readonly response: RecordedResponse;
}

/** One file: `fixtures/<line>/<scenario>.json`. */
export interface Fixture {
  /** The Flink line, e.g. `2.3`. */
  readonly flinkVersion: string;
  /** The exact release the cluster reported, e.g. `2.3.0`. */
  readonly flinkRelease: string;
  readonly scenario: string;
  /** What the scenario function returned against the live cluster (normalized). */
  readonly summary: Json;
  readonly exchanges: readonly Exchange[];
}

/** Whether a step sends a bad request on purpose (its request is not validated). */
export function isErrorStep(step: string): boolean {
  return step.startsWith('error:');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function stringRecord(value: unknown, where: string, file: string): Record<string, string> {
  if (!isObject(value) || !Object.values(value).every((v) => typeof v === 'string')) {
    throw new TestingError('FIXTURE_INVALID', `${file}: ${where} must be an object of strings`);
  }
  return value as Record<string, string>;
}

function need(cond: boolean, file: string, what: string): void {
  if (!cond) throw new TestingError('FIXTURE_INVALID', `${file}: ${what}`);
}

/**
 * Parses and checks a fixture file's text; `file` only names it in errors. Every error is a
 * `TestingError` (`FIXTURE_INVALID`) naming the file and the field.
 */
export function parseFixture(text: string, file: string): Fixture {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new TestingError(
      'FIXTURE_INVALID',
      `${file}: not valid JSON (${(error as Error).message})`,
    );
  }
  need(isObject(data), file, 'must hold a JSON object');
  const f = data as Record<string, unknown>;
  for (const key of ['flinkVersion', 'flinkRelease', 'scenario'] as const) {
    need(typeof f[key] === 'string' && f[key] !== '', file, `${key} must be a non-empty string`);
  }
  need('summary' in f, file, 'summary is missing');
  need(Array.isArray(f.exchanges), file, 'exchanges must be an array');
  (f.exchanges as unknown[]).forEach((raw, i) => {
    const at = `exchanges[${i}]`;
    need(isObject(raw), file, `${at} must be an object`);
    const e = raw as Record<string, unknown>;
    need(typeof e.step === 'string', file, `${at}.step must be a string`);
    need(isObject(e.request), file, `${at}.request is missing`);
    need(isObject(e.response), file, `${at}.response is missing`);
    const req = e.request as Record<string, unknown>;
    const res = e.response as Record<string, unknown>;
    need(
      typeof req.method === 'string' && /^[A-Z]+$/.test(req.method),
      file,
      `${at}.request.method must be an upper-case HTTP method`,
    );
    need(
      typeof req.path === 'string' && req.path.startsWith('/'),
      file,
      `${at}.request.path must be a string starting with /`,
    );
    stringRecord(req.query, `${at}.request.query`, file);
    stringRecord(req.headers, `${at}.request.headers`, file);
    need('body' in req, file, `${at}.request.body is missing`);
    need(
      Number.isInteger(res.status) && (res.status as number) >= 100 && (res.status as number) < 600,
      file,
      `${at}.response.status must be an HTTP status code`,
    );
    stringRecord(res.headers, `${at}.response.headers`, file);
    need('body' in res, file, `${at}.response.body is missing`);
  });
  return data as unknown as Fixture;
}

/** The stable text of a fixture: 2-space JSON, a final newline. */
export function renderFixture(fixture: Fixture): string {
  return `${JSON.stringify(fixture, null, 2)}\n`;
}
