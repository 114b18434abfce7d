import { DriftError } from './errors.js';

/**
 * An openapi-fetch middleware that lets only GET requests through: the probe reads a user's
 * production cluster, and this is what makes "read-only" a property of the code rather than of
 * the crawl plan. A refused request is never sent; the call rejects with `DriftError`
 * (`NOT_READ_ONLY`) naming the method and path.
 */
export const getOnly = {
  onRequest({ request }: { request: Request }): Request {
    if (request.method !== 'GET') {
      const { pathname } = new URL(request.url);
      throw new DriftError(
        'NOT_READ_ONLY',
        `${request.method} ${pathname}: the probe sends GET requests only`,
      );
    }
    return request;
  },
};
