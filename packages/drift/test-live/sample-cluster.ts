import { createFlinkClient, type FlinkLine } from '@flink-rest/client';
import { buildSampleJob, type FlinkCluster, startFlinkCluster } from '@flink-rest/local-cluster';

/** A real cluster of one line with the sample job running and one checkpoint completed. */
export interface SampleCluster {
  readonly cluster: FlinkCluster;
  readonly jobIds: readonly string[];
}

const WAIT = { timeoutMs: 180_000, minDelayMs: 200, maxDelayMs: 1_000 };

/**
 * Starts a cluster of `line` (metrics refreshed every 500 ms, as the contract suite records),
 * runs `jobs` copies of the sample job and waits until each runs with all its tasks and has a
 * completed checkpoint, so that every endpoint the probe crawls has something to show. The
 * caller stops `cluster`; a failure on the way stops it here.
 */
export async function startSampleCluster(line: string, jobs = 1): Promise<SampleCluster> {
  const jar = await buildSampleJob();
  const slots = Math.max(2, jobs);
  const cluster = await startFlinkCluster({
    flinkVersion: line,
    slotsPerTaskManager: slots,
    config: { 'metrics.fetcher.update-interval': 500 },
  });
  try {
    const flink = createFlinkClient({ baseUrl: cluster.url, flinkVersion: line as FlinkLine });
    const uploaded = await flink.jars.upload(jar);
    const jobIds: string[] = [];
    for (let i = 0; i < jobs; i++) {
      const { jobid } = await flink.jars.run(uploaded.id, { parallelism: 1 });
      jobIds.push(jobid);
    }
    for (const jobid of jobIds) {
      await flink.jobs.waitForStatus(jobid, ['RUNNING'], { ...WAIT, allTasksRunning: true });
      const deadline = Date.now() + WAIT.timeoutMs;
      for (;;) {
        // biome-ignore lint/suspicious/noExplicitAny: every line's checkpoint statistics.
        const { data } = await (flink as any).GET('/jobs/{jobid}/checkpoints', {
          params: { path: { jobid } },
        });
        if ((data?.counts?.completed ?? 0) > 0) break;
        if (Date.now() > deadline) throw new Error(`job ${jobid}: no completed checkpoint in time`);
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
    await flink.close();
    return { cluster, jobIds };
  } catch (error) {
    await cluster.stop();
    throw error;
  }
}
