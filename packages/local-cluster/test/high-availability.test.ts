import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { clusterConfig, renderFlinkConfig } from '../src/flink-config.js';
import {
  electedLeader,
  HA_SESSION_TIMEOUT_MS,
  haConfig,
  jobManagerArgs,
  leadsByLog,
  zooKeeperConfig,
} from '../src/high-availability.js';
import { resolveFlinkVersion } from '../src/versions.js';

// Log lines as Flink 2.3.0 and 1.18.1 wrote them in our HA clusters (the REST endpoint's line
// names its URL; the Dispatcher and ResourceManager lines must not count).
const GRANTED =
  '2026-12-03 18:27:45,753 INFO  org.apache.flink.runtime.dispatcher.DispatcherRestEndpoint   [] - http://127.0.0.1:29243 was granted leadership with leaderSessionID=834be19b-9881-48bb-bc21-e5bd2579c064';
const DISPATCHER =
  '2026-12-03 18:27:45,832 INFO  org.apache.flink.runtime.dispatcher.runner.DefaultDispatcherRunner [] - DefaultDispatcherRunner was granted leadership with leader id 834be19b-9881-48bb-bc21-e5bd2579c064. Creating new DispatcherLeaderProcess.';
const RESOURCE_MANAGER =
  '2026-12-03 18:27:53,050 INFO  org.apache.flink.runtime.resourcemanager.ResourceManagerServiceImpl [] - Resource manager service is granted leadership with session id 03192775-be8a-474e-beec-7af2aaa11565.';
const LOST =
  '2026-12-03 18:30:01,000 INFO  org.apache.flink.runtime.dispatcher.DispatcherRestEndpoint   [] - http://127.0.0.1:29243 lost leadership';

describe('leadsByLog', () => {
  it.each([
    { name: 'an empty log', log: '', want: false },
    {
      name: 'only the Dispatcher and ResourceManager',
      log: [DISPATCHER, RESOURCE_MANAGER],
      want: false,
    },
    { name: 'the REST endpoint granted', log: [RESOURCE_MANAGER, GRANTED, DISPATCHER], want: true },
    { name: 'granted, then lost', log: [GRANTED, LOST], want: false },
    { name: 'granted, lost, granted again', log: [GRANTED, LOST, GRANTED], want: true },
  ])('$name → $want', ({ log, want }) => {
    expect(leadsByLog(Array.isArray(log) ? log.join('\n') : log)).toBe(want);
  });
});

describe('electedLeader', () => {
  const jm = (alive: boolean, leads: boolean) => ({ alive, leads });
  it.each([
    { name: 'the first leads', given: [jm(true, true), jm(true, false)], want: 0 },
    { name: 'the second leads', given: [jm(true, false), jm(true, true)], want: 1 },
    { name: 'election under way', given: [jm(true, false), jm(true, false)], want: undefined },
    { name: 'the leader was killed', given: [jm(false, true), jm(true, false)], want: undefined },
    { name: 'killed leader, new one', given: [jm(false, true), jm(true, true)], want: 1 },
    {
      name: 'two claim it (old not yet revoked)',
      given: [jm(true, true), jm(true, true)],
      want: undefined,
    },
    { name: 'no JobManager', given: [], want: undefined },
  ])('$name → $want', ({ given, want }) => {
    expect(electedLeader(given)).toBe(want);
  });
});

describe('HA configuration', () => {
  const ha = haConfig({ zooKeeperPort: 12181, workDir: '/tmp/work', clusterId: 'abc123' });

  it('points Flink at the one ZooKeeper and a local storage directory', () => {
    expect(ha).toEqual({
      'high-availability.type': 'zookeeper',
      'high-availability.zookeeper.quorum': '127.0.0.1:12181',
      'high-availability.storageDir': 'file:///tmp/work/ha',
      'high-availability.cluster-id': '/abc123',
      'high-availability.zookeeper.client.session-timeout': HA_SESSION_TIMEOUT_MS,
      'high-availability.zookeeper.client.connection-timeout': 5000,
    });
  });

  it.each(['1.18', '2.3'])('renders for Flink %s and user config wins', (line) => {
    const layout = {
      version: resolveFlinkVersion(line),
      restPort: 18081,
      rpcPort: 16123,
      slotsPerTaskManager: 1,
      workDir: '/tmp/work',
    };
    const config = clusterConfig(layout, {
      ...ha,
      'high-availability.zookeeper.client.session-timeout': 30000,
    });
    const format = line === '2.3' ? 'yaml' : 'legacy';
    const text = renderFlinkConfig(config, format);
    expect(text).toContain('high-availability.type: zookeeper\n');
    expect(text).toContain('high-availability.zookeeper.client.session-timeout: 30000\n');
    if (format === 'yaml')
      expect(parse(text)['high-availability.storageDir']).toBe('file:///tmp/work/ha');
  });

  it('keeps ZooKeeper on the loopback address, its AdminServer off, ticks short enough', () => {
    const cfg = zooKeeperConfig(12181, '/tmp/work/zookeeper');
    const entries = Object.fromEntries(
      cfg
        .split('\n')
        .filter((l) => l && !l.startsWith('#'))
        .map((l) => l.split('=') as [string, string]),
    );
    expect(entries).toMatchObject({
      clientPort: '12181',
      clientPortAddress: '127.0.0.1',
      dataDir: '/tmp/work/zookeeper',
      'admin.enableServer': 'false',
    });
    // ZooKeeper grants sessions of 2 to 20 ticks: ours must fit.
    const tick = Number(entries.tickTime);
    expect(HA_SESSION_TIMEOUT_MS).toBeGreaterThanOrEqual(2 * tick);
    expect(HA_SESSION_TIMEOUT_MS).toBeLessThanOrEqual(20 * tick);
  });

  it('gives each JobManager its own REST port and web directories', () => {
    expect(jobManagerArgs(21000, '/tmp/work/jobmanager-1')).toEqual([
      '-D',
      'rest.port=21000',
      '-D',
      'web.tmpdir=/tmp/work/jobmanager-1/web',
      '-D',
      'web.upload.dir=/tmp/work/jobmanager-1/uploads',
    ]);
  });
});
