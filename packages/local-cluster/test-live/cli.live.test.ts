import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { isRunning } from '../src/processes.js';
import { eventually, ourJvms } from './our-jvms.js';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const index = new URL('../dist/index.js', import.meta.url).href;

function collect(child: ChildProcess) {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (b: Buffer) => {
    stdout += b.toString();
  });
  child.stderr?.on('data', (b: Buffer) => {
    stderr += b.toString();
  });
  const exit = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  return { out: () => stdout, err: () => stderr, exit };
}

async function runCli(args: string[]) {
  const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const c = collect(child);
  const code = await c.exit;
  return { code, stdout: c.out(), stderr: c.err() };
}

afterAll(async () => {
  expect(await eventually(() => ourJvms().length === 0)).toBe(true);
});

describe('flink-local-cluster CLI against real Flink', () => {
  it('start --json leaves a cluster running after the CLI exits; stop ends exactly its JVMs', async () => {
    const started = await runCli(['start', '--flink-version', '2.3', '--json']);
    expect(started.stderr).toBe('');
    expect(started.code).toBe(0);
    const info = JSON.parse(started.stdout) as {
      id: string;
      url: string;
      flinkVersion: string;
      logDir: string;
      pids: Record<string, number>;
    };
    expect(info.flinkVersion).toBe('2.3.0');
    expect(Object.keys(info.pids)).toEqual(['jobmanager', 'taskmanager-1']);
    try {
      const overview = (await (await fetch(`${info.url}/v1/overview`)).json()) as {
        taskmanagers: number;
      };
      expect(overview.taskmanagers).toBe(1);
      const listed = JSON.parse((await runCli(['list', '--json'])).stdout) as {
        id: string;
        running: number;
      }[];
      expect(listed.find((r) => r.id === info.id)?.running).toBe(2);
    } finally {
      const stopped = await runCli(['stop', '--id', info.id]);
      expect(stopped.code).toBe(0);
      expect(stopped.stdout).toBe(`stopped ${info.url} (Flink 2.3.0, 2 JVMs)\n`);
    }
    for (const pid of Object.values(info.pids)) expect(isRunning(pid)).toBe(false);
  });

  it('start --ha --job-managers 2: a ZooKeeper and two JobManagers that both answer; stop ends all', async () => {
    const started = await runCli([
      'start',
      '--flink-version',
      '2.3',
      '--ha',
      '--job-managers',
      '2',
      '--json',
    ]);
    expect(started.stderr).toBe('');
    expect(started.code).toBe(0);
    const info = JSON.parse(started.stdout) as {
      id: string;
      url: string;
      jobManagers: { url: string; pid: number }[];
      pids: Record<string, number>;
    };
    expect(Object.keys(info.pids).sort()).toEqual([
      'jobmanager-0',
      'jobmanager-1',
      'taskmanager-1',
      'zookeeper',
    ]);
    expect(info.jobManagers.map((j) => j.pid)).toEqual([
      info.pids['jobmanager-0'],
      info.pids['jobmanager-1'],
    ]);
    expect(info.url).toBe(info.jobManagers[0]?.url);
    try {
      // The leader and the standby (which forwards to it) both see the TaskManager.
      for (const jm of info.jobManagers) {
        const overview = (await (await fetch(`${jm.url}/v1/overview`)).json()) as {
          taskmanagers: number;
        };
        expect(overview.taskmanagers).toBe(1);
      }
    } finally {
      const stopped = await runCli(['stop', '--id', info.id]);
      expect(stopped.code).toBe(0);
      expect(stopped.stdout).toBe(`stopped ${info.url} (Flink 2.3.0, 4 JVMs)\n`);
    }
    for (const pid of Object.values(info.pids)) expect(isRunning(pid)).toBe(false);
  });

  it('Ctrl-C during start stops what was started and exits non-zero', async () => {
    const child = spawn(process.execPath, [cli, 'start', '--flink-version', '2.3'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const c = collect(child);
    expect(await eventually(() => c.err().includes('starting TaskManager 1'), 120_000)).toBe(true);
    child.kill('SIGINT');
    const code = await c.exit;
    expect(code).not.toBe(0);
    expect(c.err()).toContain('start of Flink 2.3.0 was aborted');
    expect(ourJvms()).toEqual([]);
  });

  it('a process that is killed outright does not leave its JVMs behind', async () => {
    const script = `const m = await import(${JSON.stringify(index)});
const c = await m.startFlinkCluster({ flinkVersion: '2.3' });
console.log(JSON.stringify(c.processes.map((p) => p.pid)));
setInterval(() => {}, 1000);`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const c = collect(child);
    expect(await eventually(() => c.out().includes(']'), 180_000)).toBe(true);
    const pids = JSON.parse(c.out()) as number[];
    expect(pids.every(isRunning)).toBe(true);
    child.kill('SIGKILL');
    await c.exit;
    // The watchdog notices within a second and sends SIGTERM; Flink shuts down on its own.
    expect(await eventually(() => !pids.some(isRunning), 60_000)).toBe(true);
  });
});
