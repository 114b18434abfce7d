import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';

export interface JvmSpec {
  readonly java: string;
  readonly jvmArgs: readonly string[];
  readonly classpath: readonly string[];
  readonly mainClass: string;
  readonly programArgs: readonly string[];
  /** stdout and stderr of the JVM go here (Flink's own log goes to -Dlog.file). */
  readonly outFile: string;
}

/**
 * Starts a JVM in its own process group, so a Ctrl-C in the terminal reaches our code (which
 * stops the cluster in order) rather than the JVMs directly.
 */
export function spawnJvm(spec: JvmSpec): ChildProcess {
  const out = openSync(spec.outFile, 'a');
  try {
    const child = spawn(
      spec.java,
      [
        ...spec.jvmArgs,
        '-classpath',
        spec.classpath.join(':'),
        spec.mainClass,
        ...spec.programArgs,
      ],
      { detached: true, stdio: ['ignore', out, out] },
    );
    return child;
  } finally {
    closeSync(out);
  }
}

/**
 * True while the process exists and is not a zombie. `kill(pid, 0)` alone reports zombies as
 * alive, and an orphaned JVM can stay a zombie where nothing reaps it.
 */
export function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state !== 'Z' && state !== 'X';
  } catch {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  }
}

/** Whether `pid` is still the process we started (its command line carries our marker). */
export function commandLineHas(pid: number, marker: string): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes(marker);
  } catch {
    return false;
  }
}

function signal(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch {
    // Already gone.
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * SIGTERM (Flink's shutdown hooks run and clean up), then SIGKILL for whatever is still there
 * after `graceMs`. Resolves once none of the processes runs.
 */
export async function stopProcesses(pids: readonly number[], graceMs = 15_000): Promise<void> {
  for (const pid of pids) signal(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (pids.some(isRunning) && Date.now() < deadline) await sleep(100);
  const left = pids.filter(isRunning);
  for (const pid of left) signal(pid, 'SIGKILL');
  const killDeadline = Date.now() + 10_000;
  while (left.some(isRunning) && Date.now() < killDeadline) await sleep(50);
}

/**
 * Last resort for a process that dies without running its exit handlers (SIGKILL, a crashed
 * test worker): a tiny shell loop that outlives us only as long as the JVM does, and ends the
 * JVM once `ownerPid` is gone.
 */
export function startWatchdog(ownerPid: number, jvmPid: number): void {
  const script =
    'while kill -0 "$1" 2>/dev/null && kill -0 "$2" 2>/dev/null; do sleep 1; done; ' +
    'if kill -0 "$2" 2>/dev/null; then kill -TERM "$2"; sleep 10; kill -KILL "$2" 2>/dev/null; fi';
  const child = spawn(
    '/bin/sh',
    ['-c', script, 'flink-local-cluster-watchdog', String(ownerPid), String(jvmPid)],
    {
      detached: true,
      stdio: 'ignore',
    },
  );
  child.unref();
}

/**
 * SIGTERM without waiting: for `process.on('exit')`, where nothing asynchronous runs. The
 * watchdog follows up with SIGKILL if a JVM ignores it.
 */
export function terminateNow(pids: readonly number[]): void {
  for (const pid of pids) signal(pid, 'SIGTERM');
}
