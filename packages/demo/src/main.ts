import {
  buildSampleJob,
  LocalClusterError,
  newestVersion,
  runJar,
  startFlinkCluster,
  uploadJar,
  waitForJobState,
} from '@flink-rest/local-cluster';

/**
 * The main job: a real cluster of the newest supported Flink, the sample job RUNNING on it,
 * until Ctrl-C. Progress goes to stderr; the two facts a user wants go to stdout.
 */
async function main(): Promise<number> {
  const say = (m: string) => process.stderr.write(`${m}\n`);
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

  say(`building the sample job`);
  const jar = await buildSampleJob();
  const cluster = await startFlinkCluster({
    flinkVersion: newestVersion.line,
    signal: abort.signal,
    onProgress: say,
  });
  stop = cluster.stop;
  if (abort.signal.aborted) {
    await cluster.stop();
    return 130;
  }
  try {
    say('uploading and running the sample job');
    const jarId = await uploadJar(cluster.url, jar);
    const jobId = await runJar(cluster.url, jarId);
    await waitForJobState(cluster.url, jobId, 'RUNNING');
    process.stdout.write(`Flink ${cluster.flinkVersion} Web UI and REST API: ${cluster.url}\n`);
    process.stdout.write(`Sample job ${jobId} is RUNNING\n`);
    say(`logs: ${cluster.logDir}\nPress Ctrl-C to stop.`);
  } catch (error) {
    await cluster.stop();
    throw error;
  }
  await new Promise<void>((resolve) =>
    abort.signal.addEventListener('abort', () => resolve(), { once: true }),
  );
  await stopping;
  say('stopped');
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof LocalClusterError) {
      process.stderr.write(`demo: ${error.message}\n`);
      if (error.logTail) process.stderr.write(`${error.logTail.replace(/^/gm, '  | ')}\n`);
    } else {
      process.stderr.write(`demo: ${(error as Error).stack ?? String(error)}\n`);
    }
    process.exitCode = 1;
  },
);
