import { buildSampleJob, startFlinkCluster } from '@flink-rest/local-cluster';
import { createFlinkClient } from './src/index.js';
const line = process.argv[2];
const cluster = await startFlinkCluster({ flinkVersion: line, config: { 'metrics.fetcher.update-interval': 1000 } });
try {
  const flink = createFlinkClient({ baseUrl: cluster.url, flinkVersion: line as '2.3' });
  const jar = await flink.jars.upload(await buildSampleJob());
  const { jobid } = await flink.jars.run(jar.id, { parallelism: 1, entryClass: 'dev.flinkrest.sample.SampleJob', args: ['--keys', '4', '--checkpoint-interval-ms', '1000'] });
  await flink.jobs.waitForStatus(jobid, ['RUNNING'], { allTasksRunning: true });
  await new Promise((r) => setTimeout(r, 5000));
  for (const p of ['/jobs/{jobid}/jobmanager/config', '/jobs/{jobid}/config', '/jobs/{jobid}', '/jobs/{jobid}/checkpoints']) {
    const r = await (flink as any).GET(p, { params: { path: { jobid } } });
    console.log('==', p, JSON.stringify(r.data).slice(0, 4000));
  }
  const d = (await (flink as any).GET('/jobs/{jobid}', { params: { path: { jobid } } })).data;
  for (const v of d.vertices) {
    const r = await (flink as any).GET('/jobs/{jobid}/vertices/{vertexid}/metrics', { params: { path: { jobid, vertexid: v.id } } });
    console.log('== metrics', v.name, JSON.stringify(r.data).slice(0, 3000));
  }
  console.log('== jars', JSON.stringify((await (flink as any).GET('/jars')).data));
} finally { await cluster.stop(); }
