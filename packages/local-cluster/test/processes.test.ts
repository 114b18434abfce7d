import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { commandLineHas, isRunning, stopProcesses } from '../src/processes.js';

describe('processes', () => {
  it('stops a process that honours SIGTERM, and sees it gone', async () => {
    const child = spawn('sleep', ['30'], { stdio: 'ignore' });
    const pid = child.pid as number;
    expect(isRunning(pid)).toBe(true);
    expect(commandLineHas(pid, '30')).toBe(true);
    expect(commandLineHas(pid, 'not-there')).toBe(false);
    await stopProcesses([pid], 5_000);
    expect(isRunning(pid)).toBe(false);
  });

  it('kills a process that ignores SIGTERM once the grace period is over', async () => {
    const child = spawn('/bin/sh', ['-c', 'trap "" TERM; while true; do sleep 0.1; done'], {
      stdio: 'ignore',
    });
    const pid = child.pid as number;
    await new Promise((r) => setTimeout(r, 100));
    await stopProcesses([pid], 300);
    expect(isRunning(pid)).toBe(false);
  });
});
