import { openAsBlob } from 'node:fs';
import path from 'node:path';
import { LocalClusterError } from './errors.js';

/**
 * Plain-fetch calls for submitting a jar. They exist so this package can prove a cluster works
 * without depending on the client package (which depends on this one for its tests).
 */

async function restError(response: Response, what: string): Promise<LocalClusterError> {
  let detail = '';
  try {
    const body = (await response.json()) as { errors?: unknown };
    if (Array.isArray(body.errors) && body.errors.length > 0) {
      detail = String(body.errors[0]).split('\n')[0] ?? '';
    }
  } catch {
    // Not JSON.
  }
  return new LocalClusterError(
    'REST_ERROR',
    `${what} failed: HTTP ${response.status}${detail ? `: ${detail}` : ''}`,
  );
}

/** `POST /v1/jars/upload` with a multipart `jarfile` part; returns the jar id. */
export async function uploadJar(url: string, jarPath: string): Promise<string> {
  const form = new FormData();
  form.append(
    'jarfile',
    await openAsBlob(jarPath, { type: 'application/java-archive' }),
    path.basename(jarPath),
  );
  const response = await fetch(`${url}/v1/jars/upload`, { method: 'POST', body: form });
  if (!response.ok) throw await restError(response, `upload of ${jarPath} to ${url}`);
  const body = (await response.json()) as { filename?: string; status?: string };
  if (body.status !== 'success' || !body.filename) {
    throw new LocalClusterError(
      'REST_ERROR',
      `upload of ${jarPath} to ${url} answered ${JSON.stringify(body)}`,
    );
  }
  return path.basename(body.filename);
}

export interface RunJarOptions {
  readonly args?: readonly string[];
  readonly parallelism?: number;
  readonly savepointPath?: string;
  readonly allowNonRestoredState?: boolean;
}

/** `POST /v1/jars/:jarid/run`; returns the job id. */
export async function runJar(
  url: string,
  jarId: string,
  options: RunJarOptions = {},
): Promise<string> {
  const body: Record<string, unknown> = {};
  if (options.args) body.programArgsList = options.args;
  if (options.parallelism !== undefined) body.parallelism = options.parallelism;
  if (options.savepointPath !== undefined) body.savepointPath = options.savepointPath;
  if (options.allowNonRestoredState !== undefined)
    body.allowNonRestoredState = options.allowNonRestoredState;
  const response = await fetch(`${url}/v1/jars/${encodeURIComponent(jarId)}/run`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw await restError(response, `run of jar ${jarId}`);
  const result = (await response.json()) as { jobid?: string };
  if (!result.jobid)
    throw new LocalClusterError('REST_ERROR', `run of jar ${jarId} answered without a jobid`);
  return result.jobid;
}

interface JobDetails {
  state: string;
  vertices?: { status: string }[];
}

const TERMINAL = new Set(['FAILED', 'CANCELED', 'FINISHED', 'SUSPENDED']);

/**
 * Waits until the job is in `want` (for RUNNING: every vertex running too, so a savepoint can
 * be taken at once). A terminal state other than `want` is an error.
 */
export async function waitForJobState(
  url: string,
  jobId: string,
  want: 'RUNNING' | 'FINISHED' | 'CANCELED',
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let state = 'unknown';
  while (Date.now() < deadline) {
    const response = await fetch(`${url}/v1/jobs/${jobId}`);
    if (response.ok) {
      const job = (await response.json()) as JobDetails;
      state = job.state;
      const verticesOk =
        want !== 'RUNNING' || (job.vertices ?? []).every((v) => v.status === 'RUNNING');
      if (state === want && verticesOk) return;
      if (TERMINAL.has(state) && state !== want) {
        throw new LocalClusterError(
          'JOB_FAILED',
          `job ${jobId} ended ${state} while waiting for ${want}`,
        );
      }
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new LocalClusterError(
    'START_TIMEOUT',
    `job ${jobId} was not ${want} within ${timeoutMs} ms (last state ${state})`,
  );
}
