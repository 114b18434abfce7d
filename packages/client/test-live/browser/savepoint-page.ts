// The script of browser.live.test.ts's page, bundled by esbuild for the browser as a user's
// page would be: it imports the client's root entry as published and does one savepoint.
import { type Auth, createFlinkClient } from '@flink-rest/client';

export interface SavepointRequest {
  readonly baseUrl: string;
  readonly jobId: string;
  readonly targetDirectory: string;
  /** Credentials for an authenticating proxy in front of Flink. */
  readonly auth?: Auth;
}

/** What the page reports: plain JSON, so it crosses from the browser to the test as is. */
export type SavepointReport = { readonly origin: string; readonly steps: string[] } & (
  | { readonly ok: true; readonly flinkVersion: string; readonly location: string }
  | { readonly ok: false; readonly error: { name: string; message: string } }
);

/** Connects, triggers a savepoint and waits for it; never rejects. */
export async function savepoint(request: SavepointRequest): Promise<SavepointReport> {
  const { origin } = (globalThis as unknown as { location: { origin: string } }).location;
  const steps: string[] = [];
  try {
    const flink = createFlinkClient({
      baseUrl: request.baseUrl,
      flinkVersion: '2.3',
      retry: { retries: 0 },
      ...(request.auth ? { auth: request.auth } : {}),
    });
    const { flinkVersion } = await flink.connect();
    steps.push(`connected to Flink ${flinkVersion}`);
    const op = await flink.savepoints.trigger(request.jobId, {
      targetDirectory: request.targetDirectory,
    });
    steps.push(`triggered ${op.triggerId}`);
    const { location } = await op.wait({ timeoutMs: 120_000, minDelayMs: 100, maxDelayMs: 1_000 });
    steps.push('completed');
    return { ok: true, origin, steps, flinkVersion, location };
  } catch (e) {
    const { name, message } = e as Error;
    return { ok: false, origin, steps, error: { name, message } };
  }
}
