/**
 * CORS as the browser leg meets it. Kept apart from the proxy so it can follow what real
 * clusters are measured to do (test-live/cors.live.test.ts).
 */
export interface CorsBehaviour {
  /** Headers added to every answer, preflights included. */
  readonly answerHeaders: Readonly<Record<string, string>>;
  /**
   * The answer to an `OPTIONS` request, or `undefined` when it is treated like any other
   * request (then the mock answers it: 404, as it has no record of one).
   */
  readonly preflight:
    | { readonly status: number; readonly headers: Readonly<Record<string, string>> }
    | undefined;
}

/**
 * A JobManager with the default `web.access-control-allow-origin` (`*`), as Flink 2.3.0's source
 * has it and live clusters answer: `Access-Control-Allow-Origin: *` on every answer, whatever the
 * request's Origin; no CORS handler and no OPTIONS route, so a preflight is an unrouted request
 * and gets 404 (with that same single header, no `Access-Control-Allow-Methods`/`-Headers`). A
 * browser therefore cannot send the client's JSON POSTs to Flink across origins.
 */
export const flinkDefaultCors: CorsBehaviour = {
  answerHeaders: { 'access-control-allow-origin': '*' },
  preflight: undefined,
};

/**
 * Flink behind the reverse proxy a browser user puts in front of it: the proxy answers
 * preflights itself and passes every other request on to Flink.
 */
export const corsProxyInFront: CorsBehaviour = {
  answerHeaders: flinkDefaultCors.answerHeaders,
  preflight: {
    status: 204,
    headers: {
      'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE',
      'access-control-allow-headers': 'authorization, content-type',
      'access-control-max-age': '600',
    },
  },
};
