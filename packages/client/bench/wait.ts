/**
 * `wait()`'s notice delay: a local server reports a savepoint IN_PROGRESS until a set moment;
 * measured is how late the client notices completion, against how many polls it sent, for the
 * default backoff and a tighter one.
 */
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { createFlinkClient, resumeOperation } from '../src/index.js';
import { type Row, writeSection } from './results.js';

let completeAt = Number.POSITIVE_INFINITY;
let statusPolls = 0;
const server = http.createServer((req, res) => {
  if (req.url?.includes('/savepoints/')) {
    statusPolls++;
    const done = performance.now() >= completeAt;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify(
        done
          ? { status: { id: 'COMPLETED' }, operation: { location: 'file:/sp/savepoint-1' } }
          : { status: { id: 'IN_PROGRESS' } },
      ),
    );
    return;
  }
  res.writeHead(404).end();
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1');
await once(server, 'listening');
const flink = createFlinkClient({
  baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
  flinkVersion: '2.3',
});

const trigger = 'a'.repeat(32);
const job = 'b'.repeat(32);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const rows: Row[] = [];
try {
  for (const [label, options] of [
    ['defaults (250–5000 ms)', {}],
    ['minDelayMs 100, maxDelayMs 1000', { minDelayMs: 100, maxDelayMs: 1_000 }],
  ] as const) {
    for (const afterMs of [1_000, 5_000]) {
      const lags: number[] = [];
      const polls: number[] = [];
      for (let i = 0; i < 3; i++) {
        statusPolls = 0;
        const started = performance.now();
        completeAt = started + afterMs;
        const op = resumeOperation(flink, {
          kind: 'savepoint',
          triggerId: trigger,
          jobId: job,
          flinkVersion: '2.3',
        });
        const result = await op.wait({ ...options, timeoutMs: 60_000 });
        if (result.location !== 'file:/sp/savepoint-1') {
          throw new Error(`unexpected result: ${JSON.stringify(result)}`);
        }
        lags.push(performance.now() - completeAt);
        polls.push(statusPolls);
      }
      rows.push(
        {
          name: `wait(), ${label}, completes after ${afterMs} ms: notice delay`,
          value: mean(lags),
          unit: 'ms',
          note: 'mean of 3',
        },
        {
          name: `wait(), ${label}, completes after ${afterMs} ms: polls sent`,
          value: mean(polls),
          unit: 'polls',
          note: 'mean of 3',
        },
      );
    }
  }
} finally {
  await flink.close();
  server.close();
  server.closeAllConnections();
}

await writeSection('wait.json', 'client: wait() notice delay', rows);
