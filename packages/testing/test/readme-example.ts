import { createFlinkClient } from '@flink-rest/client';
import { handlersFor, startMockJobManager } from '@flink-rest/testing';
import { setupServer } from 'msw/node';

// In-process: msw answers as a real Flink 2.3 JobManager answered the recorded scenario.
const server = setupServer(...handlersFor('2.3'));
server.listen({ onUnhandledRequest: 'error' });
const flink = createFlinkClient({ baseUrl: 'http://flink.test', flinkVersion: '2.3' });
const { data } = await flink.GET('/jobs/{jobid}', {
  params: { path: { jobid: 'feed0000000000000000000000000001' } }, // the fixture's placeholder ids
});
console.log(data?.name, data?.state); // flink-rest-sample-unbounded RUNNING
server.close();

// Over HTTP, for anything that is not your Node process: it also serves GET /v1/api-docs.
const mock = await startMockJobManager({ flinkVersion: '2.3' });
const overview = await fetch(`${mock.url}/v1/overview`);
console.log(overview.status); // 200
await mock.close();
