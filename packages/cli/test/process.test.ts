import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startMockJobManager } from '@flink-rest/testing';
import { afterEach, expect, it } from 'vitest';
import { EXIT } from '../src/exit-codes.js';
import { type MockProxy, startProxy } from './proxy.js';

const JOB = 'feed0000000000000000000000000001';
const CLI = fileURLToPath(new URL('../src/cli.ts', import.meta.url));

let mock: Awaited<ReturnType<typeof startMockJobManager>> | undefined;
let proxy: MockProxy | undefined;
afterEach(async () => {
  await proxy?.close();
  await mock?.close();
});

it('a real process: Ctrl-C (SIGINT) during the wait exits 130 and prints the trigger id and how to resume', async () => {
  mock = await startMockJobManager({ flinkVersion: '2.3' });
  // The poll is held, so the process is surely waiting when the signal comes.
  let child: ReturnType<typeof spawn> | undefined;
  proxy = await startProxy(mock.url, {
    hold: /^GET \/v1\/jobs\/[0-9a-f]{32}\/savepoints\/[0-9a-f]{32}$/,
    onHold: () => child?.kill('SIGINT'),
  });
  child = spawn(process.execPath, ['--import', 'tsx', CLI, '--url', proxy.url, 'savepoint', JOB], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  let stdout = '';
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  child.stdout?.on('data', (chunk) => {
    stdout += chunk;
  });
  const code = await new Promise<number | null>((resolve) => child?.on('exit', resolve));
  expect(code).toBe(EXIT.INTERRUPTED);
  expect(stdout).toBe('');
  expect(stderr).toContain(
    `savepoint trigger id feed0000000000000000000000000005: the operation goes on; resume with: flink-rest --url ${proxy.url} savepoint status ${JOB} feed0000000000000000000000000005 --wait`,
  );
}, 120_000); // a hang guard: tsx compiles the CLI in the child first, slow on a loaded machine
