import { writeFileSync } from 'node:fs';
import { connectFlink, UpgradeFailedError, type UpgradeResult } from '@flink-rest/client';

/** Upgrades a job to a new jar; if the new job is not healthy, the previous jar runs again. */
export async function upgradeJob(
  baseUrl: string,
  jobId: string,
  newJar: string,
  previousJarId: string,
  stateFile: string,
): Promise<UpgradeResult | undefined> {
  const flink = await connectFlink({ baseUrl });
  const up = await flink.jobs.upgrade(jobId, {
    jar: newJar, // a path to upload, or `jarId` of an uploaded jar
    mode: 'savepoint',
    // What a rollback runs: Flink's job configuration does not say which jar a job runs.
    previous: { jarId: previousJarId },
    healthy: { runningForMs: 2_000, completedCheckpoints: 1 },
    onProgress: (e) => {
      console.log(`upgrade: ${e.step} ${e.status}${e.detail ? ` ${e.detail}` : ''}`);
      // After a crash, resumeUpgrade(flink, JSON.parse(<this file>)).wait() finishes the upgrade.
      writeFileSync(stateFile, JSON.stringify(e.state));
    },
  });
  try {
    return await up.wait(); // { newJobId, newJarId, savepoint, rolledBack: false, steps }
  } catch (e) {
    if (!(e instanceof UpgradeFailedError)) throw e;
    // e.step, e.rolledBack, e.savepoint (restore by hand when not rolled back), e.cause
    console.error(e.message);
    return undefined;
  } finally {
    await flink.close();
  }
}
