import { AsyncOperation } from './async-operation.js';
import { type Core, unexpectedBody, unwrap } from './core.js';
import type { OperationKind } from './errors.js';

/**
 * Sends a trigger request and returns the operation handle. Triggers that carry our own
 * `triggerId` are safe to repeat (Flink's operation cache dedups on it), so only those go
 * through the transport that retries POSTs.
 */
export async function trigger<K extends OperationKind>(
  core: Core,
  request: {
    readonly kind: K;
    readonly method: 'POST' | 'DELETE';
    readonly path: string;
    readonly params: Record<string, string>;
    readonly body?: Record<string, unknown>;
    readonly jobId?: string;
    /** Set when the body carries a client-generated triggerId. */
    readonly idempotent: boolean;
    readonly signal?: AbortSignal | undefined;
  },
): Promise<AsyncOperation<K>> {
  // biome-ignore lint/suspicious/noExplicitAny: helpers address paths of every version through one client.
  const init: any = {
    params: { path: request.params },
    ...(request.body ? { body: request.body } : {}),
    ...(request.signal ? { signal: request.signal } : {}),
    ...(request.idempotent ? { fetch: core.transport.fetchRetryingPost } : {}),
  };
  const triggeredAt = Date.now();
  const result =
    request.method === 'POST'
      ? await core.raw.POST(request.path, init)
      : await core.raw.DELETE(request.path, init);
  const data = unwrap<{ 'request-id'?: unknown }>(core, request.method, result);
  const triggerId = data?.['request-id'];
  if (typeof triggerId !== 'string' || !/^[0-9a-f]{32}$/.test(triggerId)) {
    throw unexpectedBody(
      core,
      request.method,
      result.response,
      'no request-id of 32 hexadecimal characters',
      data,
    );
  }
  // With several JobManagers: an operation of a job is the leader's (any endpoint reaches it),
  // and its trigger time lets a failover's loss be reconciled with the checkpoint history; one
  // without a job lives in the REST endpoint that accepted it (another answers 404 for it).
  const endpoint = core.transport.endpointFor(result.response.url);
  const multi = endpoint !== undefined;
  return new AsyncOperation(core, {
    kind: request.kind,
    triggerId,
    ...(request.jobId !== undefined ? { jobId: request.jobId } : {}),
    ...(multi && request.jobId !== undefined ? { triggeredAt } : {}),
    ...(multi && request.jobId === undefined ? { endpoint } : {}),
    flinkVersion: core.flinkVersion,
  });
}
