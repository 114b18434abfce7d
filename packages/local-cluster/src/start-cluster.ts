import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { cacheDir } from './cache-dir.js';
import { resolveClusterClasspath } from './cluster-classpath.js';
import { LocalClusterError } from './errors.js';
import {
  type ConfigValue,
  clusterConfig,
  LOG4J_PROPERTIES,
  renderFlinkConfig,
} from './flink-config.js';
import {
  electedLeader,
  type HighAvailabilityOptions,
  haConfig,
  jobManagerArgs,
  leadsByLog,
  ZOOKEEPER_MAIN,
  zooKeeperConfig,
} from './high-availability.js';
import { JAVA17_FLAGS, parseResourceParams } from './jvm-options.js';
import { likelyCause, logTail } from './log-tail.js';
import { assertPortFree, findFreePort } from './ports.js';
import { isRunning, spawnJvm, startWatchdog, stopProcesses, terminateNow } from './processes.js';
import { runCommand } from './run-command.js';
import { checkToolchain, type Toolchain } from './toolchain.js';
import { configFileName, type FlinkVersion, resolveFlinkVersion } from './versions.js';
import { everyEndpoint, probeOverview, type RestTls, waitReady } from './wait-ready.js';

/** Options of {@link startFlinkCluster}; only `flinkVersion` is required. */
export interface StartFlinkClusterOptions {
  /** A supported line (`'2.3'`) or its exact release (`'2.3.0'`). */
  readonly flinkVersion: string;
  /** Number of TaskManager JVMs. Default 1. */
  readonly taskManagers?: number;
  /** Slots per TaskManager. Default 2. */
  readonly slotsPerTaskManager?: number;
  /** Extra Flink configuration, applied over our defaults. */
  readonly config?: Readonly<Record<string, ConfigValue>>;
  /** REST port. Default: a free port chosen by the OS. */
  readonly restPort?: number;
  /** Directory for configuration, logs, checkpoints and savepoints. Default: a new temp dir. */
  readonly workDir?: string;
  /** Longest wait for the cluster to be ready, in ms. Default 180_000. */
  readonly startTimeoutMs?: number;
  /** Extra Maven arguments, e.g. `['-o']` to resolve offline. */
  readonly mavenArgs?: readonly string[];
  /**
   * Keep the JVMs running after this Node process exits (what the CLI's `start` does). Default
   * false: the JVMs are stopped when this process exits, even if it is killed.
   */
  readonly detached?: boolean;
  /** Aborting stops the start: what was started is stopped, and the promise rejects. */
  readonly signal?: AbortSignal;
  /**
   * Set when `config` turns REST SSL on (`security.ssl.rest.enabled: true`): `url` is then
   * `https://…`, and the readiness probe connects with this CA (and client certificate, for
   * `security.ssl.rest.authentication-enabled`). Without it such a cluster would never look
   * ready, so the combination is refused up front.
   */
  readonly restTls?: RestTls;
  /** Called with one-line progress messages (resolving jars, starting JVMs, …). */
  readonly onProgress?: (message: string) => void;
  /**
   * ZooKeeper high availability: a ZooKeeper server (Flink's own, from flink-runtime) and
   * `jobManagers` JobManagers, each with its own REST port; one is elected leader. Default:
   * no HA, one JobManager.
   */
  readonly highAvailability?: HighAvailabilityOptions;
}

/**
 * One JVM of a cluster. Without HA the JobManager is `jobmanager`; with HA the JobManagers are
 * `jobmanager-<index>` (the index in `jobManagers`, from 0) and there is a `zookeeper`.
 */
export interface FlinkProcess {
  readonly role: 'jobmanager' | 'zookeeper' | `jobmanager-${number}` | `taskmanager-${number}`;
  readonly pid: number;
  /** Flink's log file of this process. */
  readonly logFile: string;
}

/** A JobManager's REST endpoint and current JVM. */
export interface JobManagerEndpoint {
  /** Base URL of its REST API, e.g. `http://127.0.0.1:41231`. */
  readonly url: string;
  /** Pid of its current JVM (a restart replaces it). */
  readonly pid: number;
}

/** Options of the restart of a JobManager. */
export interface RestartJobManagerOptions {
  /** Longest wait for the restarted JobManager to answer, in ms. Default 120_000. */
  readonly timeoutMs?: number;
}

/** A running cluster, as {@link startFlinkCluster} resolves it. */
export interface FlinkCluster {
  /** Base URL of the REST API and Web UI of the first JobManager, e.g. `http://127.0.0.1:41231`. */
  readonly url: string;
  /** One entry per JobManager, in start order (one without HA). */
  readonly jobManagers: readonly JobManagerEndpoint[];
  /** Exact release, e.g. `2.3.0`. */
  readonly flinkVersion: string;
  /** Identifies this cluster's JVMs (their command line carries it). */
  readonly id: string;
  /** Directory of its configuration, logs, checkpoints and savepoints. */
  readonly workDir: string;
  /** Directory of the JVMs' log and `.out` files. */
  readonly logDir: string;
  /** Directory that `state.savepoints.dir` points at. */
  readonly savepointDir: string;
  /** The JVMs running now or last: a restarted JobManager replaces the old entry. */
  readonly processes: readonly FlinkProcess[];
  /**
   * Ends one JVM at once (`SIGKILL` unless told otherwise), e.g. a TaskManager during a
   * savepoint; resolves once it is gone. Fault tests only: nothing restarts it.
   */
  kill(role: FlinkProcess['role'], signal?: NodeJS.Signals): Promise<void>;
  /**
   * Resolves with the index (in `jobManagers`) of the JobManager that leads now: the one alive
   * JobManager whose REST endpoint was last granted leadership (its log says so). Waits for an
   * election under way, up to `timeoutMs` (default 60_000). Without HA: 0 while it runs.
   */
  leader(options?: { timeoutMs?: number }): Promise<number>;
  /** SIGKILLs JobManager `index` (default 0) and resolves once it is gone. */
  killJobManager(index?: number): Promise<void>;
  /**
   * Kills JobManager `index` (default 0) if it still runs, then starts it again with the same
   * configuration and REST port; resolves when it answers and every running TaskManager is
   * registered (through the leader). With HA it rejoins as a standby, or leads if no one else
   * does. Without HA the new JobManager knows no job, trigger or operation result of the old
   * one (its RPC port is kept too). Default timeout 120_000 ms.
   */
  restartJobManager(
    index?: number | RestartJobManagerOptions,
    options?: RestartJobManagerOptions,
  ): Promise<void>;
  /** Ends exactly the JVMs this cluster started (SIGTERM, then SIGKILL). Idempotent. */
  stop(): Promise<void>;
}

const JOBMANAGER_MAIN = 'org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint';
const TASKMANAGER_MAIN = 'org.apache.flink.runtime.taskexecutor.TaskManagerRunner';
const BASH_JAVA_UTILS = 'org.apache.flink.runtime.util.bash.BashJavaUtils';
/** The system property that marks our JVMs; `stop` checks it before signalling a pid. */
export const CLUSTER_ID_PROPERTY = 'flink-local-cluster.id';

/** Keys whose values the rest of this module relies on: where to probe, what to bind. */
const MANAGED_KEYS = new Set([
  'rest.port',
  'rest.address',
  'rest.bind-address',
  'jobmanager.rpc.address',
  'jobmanager.rpc.port',
  'jobmanager.bind-host',
  'taskmanager.numberOfTaskSlots',
]);

/** Clusters of this process that are still up: stopped on exit, whatever the exit path. */
const live = new Set<number>();
let exitHookInstalled = false;
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => terminateNow([...live]));
}

function positiveInt(
  value: number | undefined,
  fallback: number,
  field: string,
  max: number,
): number {
  const v = value ?? fallback;
  if (!Number.isInteger(v) || v < 1 || v > max) {
    throw new LocalClusterError(
      'INVALID_OPTION',
      `${field} must be a whole number from 1 to ${max}, got ${value}`,
    );
  }
  return v;
}

async function resourceParams(
  toolchain: Toolchain,
  classpath: readonly string[],
  confDir: string,
  which: 'GET_JM_RESOURCE_PARAMS' | 'GET_TM_RESOURCE_PARAMS',
) {
  const result = await runCommand(toolchain.java, [
    '-classpath',
    classpath.join(':'),
    BASH_JAVA_UTILS,
    which,
    '--configDir',
    confDir,
  ]);
  try {
    if (result.code !== 0) throw new Error(`exit ${result.code}`);
    return parseResourceParams(result.stdout);
  } catch (error) {
    const detail = likelyCause(result.stdout + result.stderr) ?? (error as Error).message;
    throw new LocalClusterError(
      'INVALID_OPTION',
      `Flink rejected the memory configuration in ${confDir}: ${detail}`,
    );
  }
}

/**
 * Starts a Flink session cluster: one JobManager and N TaskManagers, each its own JVM, from the
 * release's jars on Maven Central. Resolves when `/v1/overview` shows every TaskManager.
 */
export async function startFlinkCluster(options: StartFlinkClusterOptions): Promise<FlinkCluster> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(options);
    } catch (error) {
      // A port we picked can still be taken by another process before the JVM binds it; then
      // the whole start is repeated with new ports (everything started was stopped already).
      const ourPorts =
        options.restPort === undefined && options.config?.['rest.bind-port'] === undefined;
      const bindFailure =
        error instanceof LocalClusterError &&
        error.code === 'JVM_DIED' &&
        /BindException/.test(error.message);
      if (!(ourPorts && bindFailure && attempt < 3)) throw error;
      options.onProgress?.(`a chosen port was taken meanwhile; starting again with other ports`);
    }
  }
}

async function startOnce(options: StartFlinkClusterOptions): Promise<FlinkCluster> {
  const progress = options.onProgress ?? (() => {});
  const version: FlinkVersion = resolveFlinkVersion(options.flinkVersion);
  const taskManagers = positiveInt(options.taskManagers, 1, 'taskManagers', 16);
  const slots = positiveInt(options.slotsPerTaskManager, 2, 'slotsPerTaskManager', 64);
  const startTimeoutMs = positiveInt(options.startTimeoutMs, 180_000, 'startTimeoutMs', 3_600_000);
  if (options.restPort !== undefined) positiveInt(options.restPort, 0, 'restPort', 65_535);
  const restSsl = String(options.config?.['security.ssl.rest.enabled'] ?? false) === 'true';
  if (restSsl !== (options.restTls !== undefined)) {
    throw new LocalClusterError(
      'INVALID_OPTION',
      restSsl
        ? 'config["security.ssl.rest.enabled"] is true: pass restTls ({ ca, cert?, key? }) so the readiness probe can speak HTTPS'
        : 'restTls is set but config["security.ssl.rest.enabled"] is not true',
    );
  }
  for (const key of Object.keys(options.config ?? {})) {
    if (MANAGED_KEYS.has(key)) {
      throw new LocalClusterError(
        'INVALID_OPTION',
        `config["${key}"] is set by local-cluster itself (use the restPort option for the REST port)`,
      );
    }
  }

  const ha = options.highAvailability;
  const jobManagerCount = ha
    ? positiveInt(ha.jobManagers, 1, 'highAvailability.jobManagers', 4)
    : 1;

  const toolchain = await checkToolchain();
  const restPort = options.restPort ?? (await findFreePort());
  await assertPortFree(restPort, 'rest.port');
  const restPorts = [restPort];
  while (restPorts.length < jobManagerCount) {
    const port = await findFreePort();
    if (!restPorts.includes(port)) restPorts.push(port);
  }
  const rpcPort = await findFreePort();
  const zooKeeperPort = ha ? await findFreePort() : 0;

  progress(`resolving Flink ${version.version} jars with Maven`);
  const classpath = await resolveClusterClasspath(toolchain, version, cacheDir(), {
    mavenArgs: options.mavenArgs ?? [],
  });

  const workDir = options.workDir
    ? path.resolve(options.workDir)
    : await mkdtemp(path.join(os.tmpdir(), `flink-local-cluster-${version.line}-`));
  const confDir = path.join(workDir, 'conf');
  const logDir = path.join(workDir, 'log');
  await mkdir(confDir, { recursive: true });
  await mkdir(logDir, { recursive: true });
  const id = randomBytes(6).toString('hex');
  const config = clusterConfig(
    { version, restPort, rpcPort, slotsPerTaskManager: slots, workDir },
    { ...(ha ? haConfig({ zooKeeperPort, workDir, clusterId: id }) : {}), ...options.config },
  );
  await writeFile(
    path.join(confDir, configFileName(version)),
    renderFlinkConfig(config, configFileName(version) === 'config.yaml' ? 'yaml' : 'legacy'),
  );
  await writeFile(path.join(confDir, 'log4j.properties'), LOG4J_PROPERTIES);
  if (ha) {
    await writeFile(
      path.join(confDir, 'zoo.cfg'),
      zooKeeperConfig(zooKeeperPort, path.join(workDir, 'zookeeper')),
    );
  }

  const [jm, tm] = await Promise.all([
    resourceParams(toolchain, classpath, confDir, 'GET_JM_RESOURCE_PARAMS'),
    resourceParams(toolchain, classpath, confDir, 'GET_TM_RESOURCE_PARAMS'),
  ]);

  const scheme = options.restTls ? 'https' : 'http';
  const urls = restPorts.map((port) => `${scheme}://127.0.0.1:${port}`);
  const url = urls[0] as string;
  const jmRole = (index: number): FlinkProcess['role'] =>
    ha ? `jobmanager-${index}` : 'jobmanager';
  type Child = {
    process: FlinkProcess;
    child: ChildProcess;
    exit?: number | null;
    /** Size of its log file when it started: what came before is an earlier JVM's. */
    logOffset: number;
  };
  const children: Child[] = [];
  const pids = () => children.map((c) => c.process.pid);
  const detached = options.detached ?? false;
  if (!detached) installExitHook();

  const launch = async (
    role: FlinkProcess['role'],
    mainClass: string,
    jvmArgs: string[],
    programArgs: string[],
  ) => {
    const logFile = path.join(logDir, `${role}.log`);
    const logOffset = await stat(logFile).then(
      (s) => s.size,
      () => 0,
    );
    const child = spawnJvm({
      java: toolchain.java,
      jvmArgs: [
        ...jvmArgs,
        ...JAVA17_FLAGS,
        `-D${CLUSTER_ID_PROPERTY}=${id}`,
        `-Dlog.file=${logFile}`,
        `-Dlog4j.configurationFile=file:${path.join(confDir, 'log4j.properties')}`,
      ],
      classpath,
      mainClass,
      programArgs,
      outFile: path.join(logDir, `${role}.out`),
    });
    if (child.pid === undefined) {
      throw new LocalClusterError(
        'JVM_DIED',
        `could not start the ${role} JVM with "${toolchain.java}"`,
      );
    }
    const entry: Child = { process: { role, pid: child.pid, logFile }, child, logOffset };
    child.once('exit', (code, sig) => {
      entry.exit = code ?? (sig ? -1 : null);
    });
    children.push(entry);
    if (!detached) {
      live.add(child.pid);
      startWatchdog(process.pid, child.pid);
    } else {
      child.unref();
    }
  };
  const launchJobManager = (index: number) =>
    launch(jmRole(index), JOBMANAGER_MAIN, jm.jvmArgs, [
      '--configDir',
      confDir,
      ...jm.dynamicArgs,
      ...(ha
        ? jobManagerArgs(restPorts[index] as number, path.join(workDir, `jobmanager-${index}`))
        : []),
    ]);

  const current = (role: FlinkProcess['role']) =>
    children.filter((c) => c.process.role === role).at(-1);

  let stopped: Promise<void> | undefined;
  const stop = () => {
    stopped ??= (async () => {
      // Flink first: a JobManager whose ZooKeeper is gone spends its grace period retrying.
      const flink = children
        .filter((c) => c.process.role !== 'zookeeper')
        .map((c) => c.process.pid);
      const all = pids();
      await stopProcesses(flink);
      await stopProcesses(all);
      for (const pid of all) live.delete(pid);
      await rm(path.join(workDir, 'tmp'), { recursive: true, force: true });
    })();
    return stopped;
  };

  /** The JobManager that leads now, by the logs of the running ones; undefined if none. */
  const leaderNow = async (): Promise<number | undefined> => {
    if (!ha) {
      const entry = current('jobmanager');
      return entry && isRunning(entry.process.pid) ? 0 : undefined;
    }
    const states = await Promise.all(
      restPorts.map(async (_, index) => {
        const entry = current(jmRole(index));
        if (!entry || !isRunning(entry.process.pid)) return { alive: false, leads: false };
        const log = await readFile(entry.process.logFile).then(
          (b) => b.subarray(entry.logOffset).toString('utf8'),
          () => '',
        );
        return { alive: true, leads: leadsByLog(log) };
      }),
    );
    return electedLeader(states);
  };

  /**
   * Ready: a leader is elected, through it `taskManagers` TaskManagers are registered, and with
   * HA every other JobManager's REST endpoint answers the same (it forwards to the leader).
   */
  const probe = async () => {
    const leader = await leaderNow();
    if (leader === undefined) return undefined;
    const leaderFirst = [urls[leader] as string, ...urls.filter((_, i) => i !== leader)];
    const results = await Promise.all(
      leaderFirst.map((u) => probeOverview(u, 2_000, options.restTls)),
    );
    return everyEndpoint(results, taskManagers, taskManagers * slots);
  };

  const deadProcess = async (among: readonly Child[]) => {
    const dead = among.find((c) => c.exit !== undefined || !isRunning(c.process.pid));
    if (!dead) return undefined;
    const tail = await logTail(dead.process.logFile, 400);
    const outTail = await logTail(path.join(logDir, `${dead.process.role}.out`), 20);
    const cause = likelyCause(`${tail}\n${outTail}`) ?? 'no error in its log';
    return new LocalClusterError(
      'JVM_DIED',
      `Flink ${version.version} ${dead.process.role} (pid ${dead.process.pid}) exited during start (code ${dead.exit ?? 'unknown'}): ${cause}; log: ${dead.process.logFile}`,
      {
        logFile: dead.process.logFile,
        logTail: [tail.split('\n').slice(-30).join('\n'), outTail].filter(Boolean).join('\n'),
      },
    );
  };

  const onAbort = () => {
    void stop();
  };
  options.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    if (ha) {
      progress(`starting ZooKeeper (port ${zooKeeperPort})`);
      await launch(
        'zookeeper',
        ZOOKEEPER_MAIN,
        ['-Xms64m', '-Xmx256m'],
        ['--zkConfigFile', path.join(confDir, 'zoo.cfg'), '--peerId', '1'],
      );
    }
    for (let i = 0; i < jobManagerCount; i++) {
      progress(
        `starting JobManager${ha ? ` ${i + 1} of ${jobManagerCount}` : ''} (Flink ${version.version}, REST port ${restPorts[i]})`,
      );
      await launchJobManager(i);
    }
    for (let i = 1; i <= taskManagers; i++) {
      progress(`starting TaskManager ${i} of ${taskManagers}`);
      await launch(
        `taskmanager-${i}`,
        TASKMANAGER_MAIN,
        [...tm.jvmArgs, '-XX:+UseG1GC'],
        ['--configDir', confDir, ...tm.dynamicArgs],
      );
    }
    const outcome = await waitReady({
      taskManagers,
      slots: taskManagers * slots,
      timeoutMs: startTimeoutMs,
      intervalMs: 250,
      probe,
      signal: options.signal,
      failure: () => deadProcess(children),
    });
    if (outcome.kind === 'failed') throw outcome.error;
    if (outcome.kind === 'aborted') {
      throw new LocalClusterError(
        'START_TIMEOUT',
        `start of Flink ${version.version} was aborted`,
        {
          cause: options.signal?.reason,
        },
      );
    }
    if (outcome.kind === 'timeout') {
      const jmLog = path.join(logDir, `${jmRole(0)}.log`);
      const seen = outcome.last
        ? `${outcome.last.taskmanagers} of ${taskManagers} TaskManagers registered`
        : ha
          ? 'no JobManager was elected leader, or none answered'
          : 'REST endpoint never answered';
      throw new LocalClusterError(
        'START_TIMEOUT',
        `Flink ${version.version} was not ready within ${startTimeoutMs} ms at ${url} (${seen}); log: ${jmLog}`,
        { logFile: jmLog, logTail: await logTail(jmLog, 30) },
      );
    }
    progress(`Flink ${version.version} is ready at ${urls.join(', ')}`);
  } catch (error) {
    await stop();
    throw error;
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
  }

  const kill = async (role: FlinkProcess['role'], sig: NodeJS.Signals = 'SIGKILL') => {
    const entry = current(role);
    if (!entry) {
      throw new LocalClusterError('INVALID_OPTION', `no process ${role} in cluster ${id}`);
    }
    try {
      process.kill(entry.process.pid, sig);
    } catch {
      // Already gone.
    }
    const deadline = Date.now() + 30_000;
    while (isRunning(entry.process.pid) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
    }
    live.delete(entry.process.pid);
  };

  const jobManagerIndex = async (index: number | undefined) => {
    const i = index ?? 0;
    if (!Number.isInteger(i) || i < 0 || i >= jobManagerCount) {
      throw new LocalClusterError(
        'INVALID_OPTION',
        `JobManager index must be a whole number from 0 to ${jobManagerCount - 1}, got ${index}`,
      );
    }
    return i;
  };

  const killJobManager = async (index?: number) => kill(jmRole(await jobManagerIndex(index)));

  const leader = async (wait: { timeoutMs?: number } = {}) => {
    const timeoutMs = positiveInt(wait.timeoutMs, 60_000, 'timeoutMs', 3_600_000);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = await leaderNow();
      if (found !== undefined) return found;
      if (Date.now() >= deadline) {
        throw new LocalClusterError(
          'START_TIMEOUT',
          `no JobManager of cluster ${id} was leader within ${timeoutMs} ms`,
        );
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  const restartJobManager = async (
    indexOrOptions?: number | RestartJobManagerOptions,
    maybeOptions: RestartJobManagerOptions = {},
  ) => {
    const index = await jobManagerIndex(
      typeof indexOrOptions === 'number' ? indexOrOptions : undefined,
    );
    const restart = typeof indexOrOptions === 'object' ? indexOrOptions : maybeOptions;
    const timeoutMs = positiveInt(restart.timeoutMs, 120_000, 'timeoutMs', 3_600_000);
    await kill(jmRole(index));
    const runningTms = children.filter(
      (c) => c.process.role.startsWith('taskmanager-') && isRunning(c.process.pid),
    ).length;
    const jmUrl = urls[index] as string;
    progress(`restarting JobManager ${index} on REST port ${restPorts[index]}`);
    await launchJobManager(index);
    const jmEntry = current(jmRole(index)) as Child;
    const outcome = await waitReady({
      taskManagers: runningTms,
      slots: runningTms * slots,
      timeoutMs,
      intervalMs: 250,
      // Through its own endpoint: a standby answers for the leader once it knows one.
      probe: () => probeOverview(jmUrl, 2_000, options.restTls),
      failure: async () =>
        jmEntry.exit !== undefined || !isRunning(jmEntry.process.pid)
          ? new LocalClusterError(
              'JVM_DIED',
              `the restarted JobManager ${index} (pid ${jmEntry.process.pid}) exited: ${likelyCause(await logTail(jmEntry.process.logFile, 200)) ?? 'no error in its log'}; log: ${jmEntry.process.logFile}`,
            )
          : undefined,
    });
    if (outcome.kind === 'failed') throw outcome.error;
    if (outcome.kind !== 'ready') {
      throw new LocalClusterError(
        'START_TIMEOUT',
        `the restarted JobManager ${index} was not ready within ${timeoutMs} ms at ${jmUrl}`,
      );
    }
  };

  return {
    url,
    get jobManagers() {
      return urls.map((u, index) => ({
        url: u,
        pid: (current(jmRole(index)) as Child).process.pid,
      }));
    },
    flinkVersion: version.version,
    id,
    workDir,
    logDir,
    savepointDir: path.join(workDir, 'savepoints'),
    get processes() {
      const roles = [...new Set(children.map((c) => c.process.role))];
      return roles.map((role) => (current(role) as Child).process);
    },
    kill,
    leader,
    killJobManager,
    restartJobManager,
    stop,
  };
}
