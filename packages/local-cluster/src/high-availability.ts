import type { ConfigValue } from './flink-config.js';

/** `highAvailability` option of a cluster: ZooKeeper HA with several JobManagers. */
export interface HighAvailabilityOptions {
  /** Number of JobManager JVMs (one leads, the others stand by). From 1 to 4. */
  readonly jobManagers: number;
}

/** Main class of the ZooKeeper server that flink-runtime ships (over its shaded ZooKeeper). */
export const ZOOKEEPER_MAIN = 'org.apache.flink.runtime.zookeeper.FlinkZooKeeperQuorumPeer';

/**
 * ZooKeeper session timeout we give Flink, in ms. A SIGKILLed leader keeps its leader latch
 * until its session expires, so this bounds the election time after a kill. Flink's default
 * (60 s) would be capped by ZooKeeper at 20 ticks; 6 s keeps fault tests short while staying
 * above ZooKeeper's floor of two ticks.
 */
export const HA_SESSION_TIMEOUT_MS = 6_000;

export interface HaLayout {
  readonly zooKeeperPort: number;
  /** Absolute directory of the cluster; HA metadata goes to `<workDir>/ha`. */
  readonly workDir: string;
  readonly clusterId: string;
}

/**
 * Flink keys of ZooKeeper HA. `high-availability.type` is read by every supported line (1.18
 * still accepts the older `high-availability` as a deprecated key). JobManager RPC ports in HA
 * come from `high-availability.jobmanager.port` (default 0: the OS picks), so several
 * JobManagers on one host do not collide; TaskManagers find the leader through ZooKeeper.
 */
export function haConfig(layout: HaLayout): Record<string, ConfigValue> {
  return {
    'high-availability.type': 'zookeeper',
    'high-availability.zookeeper.quorum': `127.0.0.1:${layout.zooKeeperPort}`,
    'high-availability.storageDir': `file://${layout.workDir}/ha`,
    'high-availability.cluster-id': `/${layout.clusterId}`,
    'high-availability.zookeeper.client.session-timeout': HA_SESSION_TIMEOUT_MS,
    'high-availability.zookeeper.client.connection-timeout': 5_000,
  };
}

/**
 * `zoo.cfg` of the one-node ZooKeeper: bound to 127.0.0.1, one-second ticks (so the session
 * timeout above is allowed), and no AdminServer (it would take port 8080).
 */
export function zooKeeperConfig(port: number, dataDir: string): string {
  return [
    '# Written by @flink-rest/local-cluster.',
    'tickTime=1000',
    'initLimit=10',
    'syncLimit=5',
    `dataDir=${dataDir}`,
    `clientPort=${port}`,
    'clientPortAddress=127.0.0.1',
    'maxClientCnxns=0',
    'admin.enableServer=false',
    '4lw.commands.whitelist=ruok,srvr',
    '',
  ].join('\n');
}

/**
 * Per-JobManager program arguments: its own REST port and its own web directories, as on
 * separate hosts (an uploaded jar stays on the JobManager that received it).
 */
export function jobManagerArgs(restPort: number, dir: string): string[] {
  return [
    '-D',
    `rest.port=${restPort}`,
    '-D',
    `web.tmpdir=${dir}/web`,
    '-D',
    `web.upload.dir=${dir}/uploads`,
  ];
}

/**
 * Pure: whether a JobManager's REST endpoint leads, from its log since it started. Flink's
 * `WebMonitorEndpoint` logs "<url> was granted leadership with leaderSessionID=…" and
 * "<url> lost leadership"; the last of them wins. (Measured on 1.18 and 2.3: the REST endpoint,
 * Dispatcher and ResourceManager of one JobManager are elected together.)
 */
export function leadsByLog(log: string): boolean {
  let leads = false;
  for (const line of log.split('\n')) {
    if (line.includes(' was granted leadership with leaderSessionID=')) leads = true;
    else if (/ lost leadership\s*$/.test(line)) leads = false;
  }
  return leads;
}

/**
 * Pure: the index of the one JobManager that is alive and leads, or undefined while there is
 * none (an election is under way) or, briefly, more than one (the old leader has not yet seen
 * its revocation).
 */
export function electedLeader(
  jobManagers: readonly { readonly alive: boolean; readonly leads: boolean }[],
): number | undefined {
  const leaders = jobManagers.flatMap((jm, i) => (jm.alive && jm.leads ? [i] : []));
  return leaders.length === 1 ? leaders[0] : undefined;
}
