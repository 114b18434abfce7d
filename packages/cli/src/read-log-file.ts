import { FlinkApiError, FlinkConnectionError } from '@flink-rest/client';
import { basicCredentials } from './connection-settings.js';
import type { Session } from './session.js';

/**
 * One JobManager log file, `GET /jobmanager/logs/:filename`. Flink serves it (the web UI's log
 * viewer uses it) but leaves it out of its REST API documentation, so it is in no spec and the
 * client refuses the path (UnsupportedEndpointError): the CLI fetches it itself, with the same
 * auth. Over TLS it needs the client's certificates, which only the client's own HTTP stack
 * carries, so `--ca-file`/`--cert-file` are refused here.
 */
export async function readLogFile(session: Session, file: string): Promise<string> {
  const path = `/jobmanager/logs/${encodeURIComponent(file)}`;
  const request = { method: 'GET', path };
  const { auth, baseUrl } = session.settings;
  const headers: Record<string, string> = {};
  if (auth?.type === 'bearer') headers.authorization = `Bearer ${auth.token}`;
  if (auth?.type === 'basic')
    headers.authorization = `Basic ${basicCredentials(auth.username, auth.password)}`;
  let response: Response;
  try {
    response = await fetch(`${baseUrl.replace(/\/+$/, '')}${path}`, {
      headers,
      redirect: 'manual',
      signal: session.io.signal
        ? AbortSignal.any([session.io.signal, AbortSignal.timeout(30_000)])
        : AbortSignal.timeout(30_000),
    });
  } catch (error) {
    const reason = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
    throw new FlinkConnectionError(request, reason);
  }
  const text = await response.text();
  if (!response.ok) {
    let errors: string[] = [];
    try {
      errors = (JSON.parse(text) as { errors?: string[] }).errors ?? [];
    } catch {
      errors = [];
    }
    throw new FlinkApiError(request, response.status, errors);
  }
  return text;
}
