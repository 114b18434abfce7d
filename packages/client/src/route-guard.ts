import type { Client } from 'openapi-fetch';
import { UnsupportedEndpointError } from './errors.js';

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
type Method = (typeof METHODS)[number];

/**
 * The raw calls, each refusing a path the pinned version does not have before anything is
 * sent. Checked here rather than in an openapi-fetch middleware: a middleware costs every call
 * an id, a frozen options object and two awaits.
 */
export function guardRoutes<Paths extends {}>(
  raw: Client<Paths>,
  routes: ReadonlySet<string>,
  flinkVersion: string,
): Pick<Client<Paths>, Method> {
  const guarded = (method: Method) => {
    const call = raw[method] as (path: string, init?: unknown) => Promise<unknown>;
    // Not async (an await per call), but every failure still rejects: a path that is not even
    // a string must not throw before the promise exists.
    return (path: string, init?: unknown): Promise<unknown> => {
      try {
        return routes.has(`${method} ${path}`)
          ? call(path, init)
          : Promise.reject(
              new UnsupportedEndpointError(
                method,
                path,
                flinkVersion,
                /^\/v1(\/|$)/.test(path)
                  ? 'paths start after /v1, which the client adds'
                  : undefined,
              ),
            );
      } catch (error) {
        return Promise.reject(error);
      }
    };
  };
  return {
    GET: guarded('GET'),
    POST: guarded('POST'),
    PUT: guarded('PUT'),
    PATCH: guarded('PATCH'),
    DELETE: guarded('DELETE'),
  } as unknown as Pick<Client<Paths>, Method>;
}
