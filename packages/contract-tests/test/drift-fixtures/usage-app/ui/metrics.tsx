import { createFlinkClient } from '@flink-rest/client';

const client = createFlinkClient({ baseUrl: 'http://localhost:8081', flinkVersion: '1.20' });
const { savepoints } = client;

export const jobManagerMetrics = () => client.metrics.jobManager(['Status.JVM.CPU.Load']);
export const savepoint = (jobId: string) => savepoints.trigger(jobId);
export const config = () =>
  client.POST('/jars/{jarid}/plan', { params: { path: { jarid: 'example.jar' } }, body: {} });
