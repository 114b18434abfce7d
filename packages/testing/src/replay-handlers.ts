import { HttpHandler, HttpResponse, type RequestHandler } from 'msw';
import { createExchangeQueue } from './exchange-queue.js';
import { readFixtureSync } from './fixture-files.js';
import type { Exchange, Fixture } from './fixture-format.js';
import { queryOf } from './recording-fetch.js';

/** Options of `handlersFromFixture` and `handlersFor`. */
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

/**
 * A fixture's exchanges as msw handlers: one handler per recorded method and path, answering
 * from the same queue as the mock JobManager. Repeats of a request (method, path, query) get
 * the recorded answers in order, then the last one again: how a collapsed polling run replays.
 * A query that was not recorded falls through (to `onUnhandledRequest`). Request bodies are not
 * compared: the client's trigger ids are random per run.
 */
export function handlersFromFixture(
  fixture: Fixture,
  options: ReplayOptions = {},
): RequestHandler[] {
  const exchanges = fixture.exchanges.flatMap((raw) => {
    const e = options.mapEntry ? options.mapEntry(raw) : raw;
    return e ? [e] : [];
  });
  const queue = createExchangeQueue(exchanges);
  const routes = new Map<string, Exchange['request']>();
  for (const e of exchanges) routes.set(`${e.request.method} ${e.request.path}`, e.request);
  return [...routes.values()].map(
    ({ method, path }) =>
      new HttpHandler(method, urlPattern(path), ({ request }) => {
        const e = queue.answer(method, path, queryOf(new URL(request.url)));
        return e ? toResponse(e) : undefined;
      }),
  );
}

/**
 * msw handlers answering as a real JobManager of `line` answered the recorded scenario
 * (default `lifecycle`): `setupServer(...handlersFor('2.3'))`, best with
 * `onUnhandledRequest: 'error'`. `dir` reads fixtures from elsewhere than this package's.
 */
export function handlersFor(
  line: string,
  scenario = 'lifecycle',
  options: ReplayOptions & { dir?: string } = {},
): RequestHandler[] {
  return handlersFromFixture(readFixtureSync(line, scenario, options.dir), options);
}
