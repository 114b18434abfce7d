import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCommand } from '../src/run-command.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('runCommand', () => {
  it.each([
    {
      name: 'a success with output on both streams',
      script: 'echo out; echo err >&2',
      want: { code: 0, timedOut: false, stdout: 'out\n', stderr: 'err\n' },
    },
    {
      name: 'a non-zero exit, which resolves',
      script: 'echo failing >&2; exit 3',
      want: { code: 3, timedOut: false, stdout: '', stderr: 'failing\n' },
    },
  ])('collects $name', async ({ script, want }) => {
    const result = await runCommand('sh', ['-c', script]);
    expect(result).toMatchObject(want);
    expect(result.output).toBe(`${want.stdout}${want.stderr}`);
  });

  it('runs in cwd with the given environment', async () => {
    const result = await runCommand('sh', ['-c', 'echo "$PWD $GREETING"'], {
      cwd: '/',
      env: { PATH: process.env.PATH, GREETING: 'hi' },
    });
    expect(result.stdout).toBe('/ hi\n');
  });

  it('kills the program at timeoutMs and says so', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const running = runCommand('sleep', ['30'], { timeoutMs: 1_000 });
    vi.advanceTimersByTime(1_000);
    expect(await running).toMatchObject({ code: null, timedOut: true });
  });

  it('rejects with the AbortError when the signal aborts, and kills the program', async () => {
    const abort = new AbortController();
    const running = runCommand('sleep', ['30'], { signal: abort.signal });
    abort.abort();
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
  });

  it.each([
    {
      name: 'a program that is not there with the spawn error',
      command: 'no-such-program-here',
      options: {},
      want: { code: 'ENOENT' },
    },
    {
      name: 'a timeout that is not a positive number, before starting anything',
      command: 'sh',
      options: { timeoutMs: 0 },
      want: { name: 'RangeError', message: 'timeoutMs must be a positive number of ms, got 0' },
    },
  ])('rejects $name', async ({ command, options, want }) => {
    await expect(runCommand(command, ['-c', 'true'], options)).rejects.toMatchObject(want);
  });
});
