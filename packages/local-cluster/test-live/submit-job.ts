import { openAsBlob } from 'node:fs';
import path from 'node:path';

/**
 * The three REST calls these live tests make to prove a started cluster runs a job, in plain
 * `fetch`. Users submit jobs with `@flink-rest/client`; this package cannot use it here because
 * the client devDepends on this package for its own live tests (a workspace cycle).
 */

/** Throws with the call, the status and Flink's first error line. */
async function failed(response: Response, what: string): Promise<never> {
  const body = (await response.json().catch(() => ({}))) as { errors?: unknown };
  const first = Array.isArray(body.errors) ? String(body.errors[0]).split('\n')[0] : undefined;
  throw new Error(`${what}: HTTP ${response.status}${first ? `: ${first}` : ''}`);
}

/** `POST /v1/jars/upload` and `POST /v1/jars/:jarid/run`; returns the job id. */
export async function submitJar(
  url: string,
  jarPath: string,
  run: { args?: readonly string[]; parallelism?: number } = {},
): Promise<string> {
  const form = new FormData();
  form.append(
    'jarfile',
    await openAsBlob(jarPath, { type: 'application/java-archive' }),
    path.basename(jarPath),
  );
  const uploaded = await fetch(`${url}/v1/jars/upload`, { method: 'POST', body: form });
  if (!uploaded.ok) await failed(uploaded, `upload of ${jarPath} to ${url}`);
  const { filename } = (await uploaded.json()) as { filename: string };
  const jarId = path.basename(filename);

  const ran = await fetch(`${url}/v1/jars/${encodeURIComponent(jarId)}/run`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ programArgsList: run.args, parallelism: run.parallelism }),
  });
  if (!ran.ok) await failed(ran, `run of jar ${jarId}`);
  return ((await ran.json()) as { jobid: string }).jobid;
}

const TERMINAL = new Set(['FAILED', 'CANCELED', 'FINISHED', 'SUSPENDED']);

/**
 * Polls `GET /v1/jobs/:jobid` until the job is in `want` (for RUNNING: every vertex too). Another
 * terminal state, or `timeoutMs` (default 60_000) passing, is an error.
 */
export async function waitForJob(
  url: string,
  jobId: string,
  want: 'RUNNING' | 'FINISHED',
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let state = 'unknown';
  while (Date.now() < deadline) {
    const response = await fetch(`${url}/v1/jobs/${jobId}`);
    if (response.ok) {
      const job = (await response.json()) as { state: string; vertices?: { status: string }[] };
      state = job.state;
      const tasksToo = want !== 'RUNNING' || (job.vertices ?? []).every((v) => v.status === want);
      if (state === want && tasksToo) return;
      if (TERMINAL.has(state) && state !== want) {
        throw new Error(`job ${jobId} ended ${state} while waiting for ${want}`);
      }
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`job ${jobId} was not ${want} within ${timeoutMs} ms (last state ${state})`);
}
