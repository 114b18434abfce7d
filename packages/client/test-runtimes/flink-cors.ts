/**
 * What Flink's REST endpoint does about CORS with its default `web.access-control-allow-origin`
 * (`*`), for the browser leg of the runtime matrix. Kept apart so it can be aligned with what
 * real clusters are measured to do; today it follows Flink 2.3.0's source:
 * - every answer carries `Access-Control-Allow-Origin` (RestServerEndpointConfiguration puts
 *   the option into the response headers that RouterHandler, the handlers and the error paths
 *   add);
 * - there is no CORS handler and no OPTIONS route, so a browser's preflight is an unrouted
 *   request: RouterHandler answers it 404 with that same single header, and no
 *   `Access-Control-Allow-Methods`/`-Headers`.
 */
export interface CorsBehaviour {
  /** Headers added to every answer, preflights included. */
  readonly answerHeaders: Readonly<Record<string, string>>;
  /**
   * The answer to an `OPTIONS` request, or `undefined` when the JobManager treats it like any
   * other request (then the mock answers it, with its 404 for a request it has no record of).
   */
  readonly preflight:
    | { readonly status: number; readonly headers: Record<string, string> }
    | undefined;
}

export const flinkDefaultCors: CorsBehaviour = {
  answerHeaders: { 'access-control-allow-origin': '*' },
  preflight: undefined,
};
