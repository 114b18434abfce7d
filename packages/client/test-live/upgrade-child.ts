/**
 * Runs one upgrade in a process of its own and kills that process (SIGKILL) right after the
 * old job stopped, before the new one is started: the parent resumes from the state file.
 * Usage: tsx upgrade-child.ts <baseUrl> <line> <jobId> <jarId> <previousJarId> <stateFile>
 */
import { writeFileSync } from 'node:fs';
import { createFlinkClient } from '../src/index.js';

const [baseUrl, line, jobId, jarId, previousJarId, stateFile] = process.argv.slice(2) as [
  string,
  string,
  string,
  string,
  string,
  string,
];
const flink = createFlinkClient({ baseUrl, flinkVersion: line as '2.3' });
const up = await flink.jobs.upgrade(jobId, {
  jarId,
  args: ['--keys', '2', '--checkpoint-interval-ms', '1000'],
  previous: { jarId: previousJarId, args: ['--keys', '2', '--checkpoint-interval-ms', '1000'] },
  healthy: { runningForMs: 2_000, completedCheckpoints: 1 },
  timeoutMs: 120_000,
  onProgress: (e) => {
    writeFileSync(stateFile, JSON.stringify(e.state));
    if (e.step === 'stop' && e.status === 'done') process.kill(process.pid, 'SIGKILL');
  },
});
await up.wait();
console.log('the upgrade finished: the kill did not happen');
