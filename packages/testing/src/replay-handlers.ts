import { readFileSync } from 'node:fs';
import { HttpHandler, HttpResponse, type RequestHandler } from 'msw';
import { ContractError } from './errors.js';
import { checkLine, fixturePath } from './fixture-files.js';
import { type Exchange, type Fixture, type Json, parseFixture } from './fixture-format.js';
import { queryOf } from './recording-fetch.js';

export interface ReplayOptions {
  /**
   * Called with each exchange before it becomes a handler (the normalising hook of mswjs'
   * `fromTraffic`); return `undefined` to leave it out.
   */
  readonly mapEntry?: (exchange: Exchange) => Exchange | undefined;
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Matches `<any origin>/v1<path>` and the bare `<path>`, each segment raw or percent-encoded. */
function urlPattern(path: string): RegExp {
  const segments = path
    .split('/')
    .map((s) => {
      const encoded = encodeURIComponent(s);
      return encoded === s ? escapeRegex(s) : `(?:${escapeRegex(s)}|${escapeRegex(encoded)})`;
    })
    .join('/');
  return new RegExp(`^[a-z]+://[^/]+(?:/v1)?${segments}$`, 'i');
}

function toResponse(exchange: Exchange): Response {
  const { status, headers, body } = exchange.response;
  if (body === null) return new HttpResponse(null, { status, headers });
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return new HttpResponse(text, { status, headers });
}

function keyOf(e: Exchange): string {
  return `${e.request.method} ${e.request.path} ${JSON.stringify(e.request.query)}`;
}

function sameQuery(url: URL, query: Readonly<Record<string, string>>): boolean {
  return JSON.stringify(queryOf(url)) === JSON.stringify(query);
}

/**
 * A fixture's exchanges as msw handlers: one handler per distinct request (method, path,
 * query). Repeats of a request get the recorded answers in order, and the last one again
 * after that — how a collapsed polling run replays. Request bodies are not compared.
 */
export function handlersFromFixture(
  fixture: Fixture,
  options: ReplayOptions = {},
): RequestHandler[] {
  const groups = new Map<string, Exchange[]>();
  for (const raw of fixture.exchanges) {
    const e = options.mapEntry ? options.mapEntry(raw) : raw;
    if (!e) continue;
    const key = keyOf(e);
    const list = groups.get(key);
    if (list) list.push(e);
    else groups.set(key, [e]);
  }
  return [...groups.values()].map((list) => {
    const first = list[0] as Exchange;
    let next = 0;
    return new HttpHandler(first.request.method, urlPattern(first.request.path), ({ request }) => {
      if (!sameQuery(new URL(request.url), first.request.query)) return undefined;
      const e = list[Math.min(next, list.length - 1)] as Exchange;
      next++;
      return toResponse(e);
    });
  });
}

/** Reads `fixtures/<line>/<scenario>.json` synchronously (so it fits `setupServer(...)`). */
export function readFixtureSync(line: string, scenario = 'lifecycle', dir?: string): Fixture {
  checkLine(line);
  const file = fixturePath(line, scenario, dir);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ContractError(
      'FIXTURE_MISSING',
      `${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
  return parseFixture(text, file);
}

/**
 * msw handlers answering as a real JobManager of `line` answered the recorded scenario:
 * `setupServer(...handlersFor('2.3'))`, with `onUnhandledRequest: 'error'`.
 */
export function handlersFor(
  line: string,
  scenario = 'lifecycle',
  options: ReplayOptions & { dir?: string } = {},
): RequestHandler[] {
  return handlersFromFixture(readFixtureSync(line, scenario, options.dir), options);
}

export type { Json };
