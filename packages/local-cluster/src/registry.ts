import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { cacheDir } from './cache-dir.js';
import { CLUSTER_ID_PROPERTY, type FlinkCluster } from './start-cluster.js';

/**
 * Clusters the CLI started and left running: `flink-local-cluster stop` finds their pids here.
 * One JSON file per cluster, so concurrent starts never rewrite each other's records.
 */
export interface ClusterRecord {
  readonly id: string;
  readonly url: string;
  readonly flinkVersion: string;
  readonly logDir: string;
  readonly workDir: string;
  readonly pids: readonly number[];
  readonly startedAt: string;
}

function registryDir(): string {
  return path.join(cacheDir(), 'clusters');
}

export function toRecord(cluster: FlinkCluster, startedAt: Date): ClusterRecord {
  return {
    id: cluster.id,
    url: cluster.url,
    flinkVersion: cluster.flinkVersion,
    logDir: cluster.logDir,
    workDir: cluster.workDir,
    pids: cluster.processes.map((p) => p.pid),
    startedAt: startedAt.toISOString(),
  };
}

export async function saveRecord(record: ClusterRecord): Promise<void> {
  await mkdir(registryDir(), { recursive: true });
  await writeFileAtomic(
    path.join(registryDir(), `${record.id}.json`),
    `${JSON.stringify(record, null, 2)}\n`,
  );
}

export async function removeRecord(id: string): Promise<void> {
  await rm(path.join(registryDir(), `${id}.json`), { force: true });
}

export async function listRecords(): Promise<ClusterRecord[]> {
  let names: string[];
  try {
    names = await readdir(registryDir());
  } catch {
    return [];
  }
  const records: ClusterRecord[] = [];
  for (const name of names.filter((n) => n.endsWith('.json')).sort()) {
    try {
      records.push(
        JSON.parse(await readFile(path.join(registryDir(), name), 'utf8')) as ClusterRecord,
      );
    } catch {
      // A record that cannot be read names no process we could safely signal.
    }
  }
  return records;
}

/** The marker argument our JVMs carry; a pid without it is not ours (any more). */
export function clusterMarker(id: string): string {
  return `-D${CLUSTER_ID_PROPERTY}=${id}`;
}
