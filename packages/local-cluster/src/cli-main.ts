import { parseArgs } from 'node:util';
import { supportedVersions } from '@flink-rest/versions';
import { LocalClusterError } from './errors.js';
import type { ConfigValue } from './flink-config.js';
import { commandLineHas, isRunning, stopProcesses } from './processes.js';
import { clusterMarker, listRecords, removeRecord, saveRecord, toRecord } from './registry.js';
import { startFlinkCluster } from './start-cluster.js';

const USAGE = `Usage:
  flink-local-cluster start --flink-version <x.y> [--task-managers N] [--slots N] [--port P]
                            [--ha [--job-managers N]] [-D key=value ...] [--timeout-ms MS] [--json]
  flink-local-cluster stop [--id ID | --url URL]     (default: every cluster started by this CLI)
  flink-local-cluster list [--json]
  flink-local-cluster versions [--json]`;

class UsageError extends Error {}

function parsePositiveInt(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`${flag} must be a whole number, got "${value}"`);
  return Number(value);
}

function parseDynamic(pairs: readonly string[]): Record<string, ConfigValue> {
  const config: Record<string, ConfigValue> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new UsageError(`-D needs key=value, got "${pair}"`);
    config[pair.slice(0, eq).trim()] = pair.slice(eq + 1).trim();
  }
  return config;
}

async function start(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      'flink-version': { type: 'string' },
      'task-managers': { type: 'string' },
      slots: { type: 'string' },
      port: { type: 'string' },
      ha: { type: 'boolean', default: false },
      'job-managers': { type: 'string' },
      'timeout-ms': { type: 'string' },
      D: { type: 'string', short: 'D', multiple: true },
      json: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const flinkVersion = values['flink-version'];
  if (!flinkVersion) throw new UsageError('start needs --flink-version <x.y>');
  const jobManagers = parsePositiveInt(values['job-managers'], '--job-managers');
  if (jobManagers !== undefined && !values.ha) {
    throw new UsageError('--job-managers needs --ha (without HA there is one JobManager)');
  }
  const abort = new AbortController();
  const onSignal = () => abort.abort(new Error('interrupted'));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const cluster = await startFlinkCluster({
    flinkVersion,
    taskManagers: parsePositiveInt(values['task-managers'], '--task-managers'),
    slotsPerTaskManager: parsePositiveInt(values.slots, '--slots'),
    restPort: parsePositiveInt(values.port, '--port'),
    startTimeoutMs: parsePositiveInt(values['timeout-ms'], '--timeout-ms'),
    config: parseDynamic(values.D ?? []),
    ...(values.ha ? { highAvailability: { jobManagers: jobManagers ?? 2 } } : {}),
    detached: true,
    signal: abort.signal,
    onProgress: values.json ? undefined : (m) => process.stderr.write(`${m}\n`),
  });
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
  await saveRecord(toRecord(cluster, new Date()));
  if (values.json) {
    const pids = Object.fromEntries(cluster.processes.map((p) => [p.role, p.pid]));
    process.stdout.write(
      `${JSON.stringify({ id: cluster.id, url: cluster.url, jobManagers: cluster.jobManagers, flinkVersion: cluster.flinkVersion, logDir: cluster.logDir, pids })}\n`,
    );
  } else {
    process.stdout.write(`${cluster.url}\n`);
  }
  return 0;
}

async function stop(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { id: { type: 'string' }, url: { type: 'string' } },
    strict: true,
  });
  const records = (await listRecords()).filter(
    (r) =>
      (values.id === undefined || r.id === values.id) &&
      (values.url === undefined || r.url === values.url),
  );
  if ((values.id || values.url) && records.length === 0) {
    throw new UsageError(
      `no cluster started by this CLI matches ${values.id ? `--id ${values.id}` : `--url ${values.url}`}`,
    );
  }
  for (const record of records) {
    // A pid that no longer carries our marker was reused by another process: leave it alone.
    const ours = record.pids.filter(
      (pid) => isRunning(pid) && commandLineHas(pid, clusterMarker(record.id)),
    );
    await stopProcesses(ours);
    await removeRecord(record.id);
    process.stdout.write(
      `stopped ${record.url} (Flink ${record.flinkVersion}, ${ours.length} JVMs)\n`,
    );
  }
  if (records.length === 0) process.stdout.write('no cluster to stop\n');
  return 0;
}

async function list(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { json: { type: 'boolean', default: false } },
    strict: true,
  });
  const rows = (await listRecords()).map((r) => ({
    ...r,
    running: r.pids.filter((pid) => isRunning(pid) && commandLineHas(pid, clusterMarker(r.id)))
      .length,
  }));
  if (values.json) process.stdout.write(`${JSON.stringify(rows)}\n`);
  else
    for (const r of rows)
      process.stdout.write(
        `${r.id}  ${r.url}  Flink ${r.flinkVersion}  ${r.running}/${r.pids.length} JVMs running  log: ${r.logDir}\n`,
      );
  return 0;
}

function versions(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: { json: { type: 'boolean', default: false } },
    strict: true,
  });
  if (values.json) process.stdout.write(`${JSON.stringify(supportedVersions)}\n`);
  else for (const v of supportedVersions) process.stdout.write(`${v.line}\t${v.version}\n`);
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'start':
        return await start(rest);
      case 'stop':
        return await stop(rest);
      case 'list':
        return await list(rest);
      case 'versions':
        return versions(rest);
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        process.stdout.write(`${USAGE}\n`);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof LocalClusterError) {
      process.stderr.write(`flink-local-cluster: ${error.message}\n`);
      if (error.logTail) process.stderr.write(`${error.logTail.replace(/^/gm, '  | ')}\n`);
      return 1;
    }
    const parseError = (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    if (error instanceof UsageError || parseError) {
      process.stderr.write(`flink-local-cluster: ${(error as Error).message}\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
}
