import { connectFlink } from '@flink-rest/client';
import { buildSampleJob, LocalClusterError, startFlinkCluster } from '@flink-rest/local-cluster';
import { newestVersion } from '@flink-rest/versions';

/**
 * The main job: a real cluster of the newest supported Flink, the sample job submitted and
 * watched through the client until RUNNING, then the URL and the job id — until Ctrl-C.
 * Progress goes to stderr; the two facts a user wants go to stdout.
 */
async function main(): Promise<number> {
  const say = (m: string) => process.stderr.write(`${m}\n`);
  const line = newestVersion.line;
  const abort = new AbortController();
  let stopping: Promise<void> | undefined;
  let stop: () => Promise<void> = async () => {};
  const onSignal = () => {
    if (!abort.signal.aborted) abort.abort(new Error('interrupted'));
    say('stopping…');
    stopping ??= stop();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  say('building the sample job');
  const jar = await buildSampleJob();
  const cluster = await startFlinkCluster({
    flinkVersion: line,
    signal: abort.signal,
    onProgress: say,
  });
  stop = cluster.stop;
  try {
    // The client asks the cluster which Flink it runs, and is pinned to that line.
    const flink = await connectFlink({ baseUrl: cluster.url, signal: abort.signal });
    say(`connected: Flink ${flink.cluster.flinkVersion}`);
    const uploaded = await flink.jars.upload(jar);
    say(`uploaded ${uploaded.id}`);
    const { jobid } = await flink.jars.run(uploaded.id);
    say(`submitted job ${jobid}; waiting for it to run`);
    await flink.jobs.waitForStatus(jobid, ['RUNNING'], {
      timeoutMs: 120_000,
      allTasksRunning: true,
      signal: abort.signal,
      onProgress: (e) => say(`  ${e.progress ?? 'waiting'} (${e.polls} polls, ${e.elapsedMs} ms)`),
    });
    process.stdout.write(`Flink ${cluster.flinkVersion} Web UI and REST API: ${cluster.url}\n`);
    process.stdout.write(`Sample job ${jobid} is RUNNING\n`);
    process.stdout.write(`Try: npx flink-rest --url ${cluster.url} savepoint ${jobid}\n`);
    say(`logs: ${cluster.logDir}\nPress Ctrl-C to stop.`);
  } catch (error) {
    if (abort.signal.aborted) {
      await stopping;
      return 130;
    }
    await cluster.stop();
    throw error;
  }
  await new Promise<void>((resolve) => {
    if (abort.signal.aborted) resolve();
    else abort.signal.addEventListener('abort', () => resolve(), { once: true });
  });
  await stopping;
  say('stopped');
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`demo: ${error instanceof Error ? error.message : String(error)}\n`);
    if (error instanceof LocalClusterError && error.logTail) {
      process.stderr.write(`${error.logTail.replace(/^/gm, '  | ')}\n`);
    }
    process.exitCode = 1;
  },
);
