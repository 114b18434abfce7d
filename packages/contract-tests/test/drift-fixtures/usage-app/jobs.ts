// A small "user application" for the usage-scan test: it is parsed, never run.
import { createFlinkClient } from '@flink-rest/client/flink-1.20';

const flink = createFlinkClient({ baseUrl: 'http://localhost:8081' });

export async function listAndInspect(jobId: string) {
  await flink.GET('/jobs/overview');
  const { data } = await flink.GET('/jobs/{jobid}', { params: { path: { jobid: jobId } } });
  await flink.GET('/jobs/{jobid}/exceptions', { params: { path: { jobid: jobId } } });
  return data;
}

export async function stopWithSavepoint(jobId: string) {
  await flink.connect();
  const op = await flink.jobs.stopWithSavepoint(jobId, { drain: true });
  return op.wait();
}

export async function runJar(jarId: string) {
  const { jobid } = await flink.jars.run(jarId, { parallelism: 2 });
  await flink.jobs.waitForStatus(jobid, ['RUNNING']);
  return jobid;
}
