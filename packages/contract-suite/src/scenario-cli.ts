import { FlinkApiError } from '@flink-rest/client';
import type { Json } from '@flink-rest/testing';
import type { Scenario } from './scenario.js';
import { JAR_NAME, runSampleJob, scenarioClient } from './scenario-client.js';

/** `rescale` sets resource requirements, which only the adaptive scheduler takes. */
export const CLI_CLUSTER_CONFIG: Readonly<Record<string, string>> = {
  'jobmanager.scheduler': 'adaptive',
};

const statusOf = (error: unknown) =>
  error instanceof FlinkApiError ? error.status : ((error as Error)?.name ?? String(error));

/**
 * What `flink-rest` sends that the lifecycle scenario does not: a checkpoint's per-vertex
 * details, the JobManager's and a TaskManager's log files (endpoints no Flink spec documents:
 * the `custom-log-files` overlay), a rescale through the resource requirements, a jar deleted,
 * and the errors of a log file and a jar that do not exist. Runs on a cluster with the adaptive
 * scheduler (CLI_CLUSTER_CONFIG).
 */
export const cliScenario: Scenario = async (ctx) => {
  const client = scenarioClient(ctx);
  const { flink, wait, get, until } = client;
  const summary: Record<string, Json> = {};

  ctx.step('cluster: config');
  const info = await flink.connect();
  summary.cluster = { flinkVersion: info.flinkVersion, line: info.line };
  ctx.step('cluster: overview');
  await until('/overview', {}, (d) => (d as { 'slots-total': number })['slots-total'] > 0);

  ctx.step('jar: upload');
  const jar = await flink.jars.upload(ctx.jar, { filename: JAR_NAME });
  const { jobid, details } = await runSampleJob(ctx, client, jar.id);
  const vertexid = (details as { vertices: { id: string }[] }).vertices[0]?.id as string;
  summary.job = { id: jobid, jar: jar.id, vertex: vertexid };

  ctx.step('checkpoint: trigger');
  const cp = await flink.checkpoints.trigger(jobid, { checkpointType: 'FULL' });
  ctx.step('checkpoint: wait');
  const { checkpointId } = await cp.wait(wait);
  ctx.step('checkpoint: read');
  const checkpoint = await get('/jobs/{jobid}/checkpoints/details/{checkpointid}', {
    path: { jobid, checkpointid: checkpointId },
  });
  const subtasks = await get(
    '/jobs/{jobid}/checkpoints/details/{checkpointid}/subtasks/{vertexid}',
    { path: { jobid, checkpointid: checkpointId, vertexid } },
  );
  summary.checkpoint = {
    id: checkpointId,
    status: checkpoint.status,
    subtasks: (subtasks.subtasks as unknown[]).length,
  };

  ctx.step('jobmanager: logs');
  const jmLogs = ((await get('/jobmanager/logs')).logs as { name: string }[]).map((l) => l.name);
  const jmFile = jmLogs.find((n) => n.startsWith('jobmanager') && n.endsWith('.log')) as string;
  ctx.step('jobmanager: log file');
  const jmText = (
    await flink.GET('/jobmanager/logs/{filename}', {
      params: { path: { filename: jmFile } },
      parseAs: 'text',
    })
  ).data as string;

  ctx.step('taskmanagers: logs');
  const tms = await get('/taskmanagers');
  const taskmanagerid = (tms.taskmanagers as { id: string }[])[0]?.id as string;
  const tmLogs = (
    (await get('/taskmanagers/{taskmanagerid}/logs', { path: { taskmanagerid } })).logs as {
      name: string;
    }[]
  ).map((l) => l.name);
  const tmFile = tmLogs.find((n) => n.startsWith('taskmanager') && n.endsWith('.log')) as string;
  ctx.step('taskmanagers: log file');
  const tmText = (
    await flink.GET('/taskmanagers/{taskmanagerid}/logs/{filename}', {
      params: { path: { taskmanagerid, filename: tmFile } },
      parseAs: 'text',
    })
  ).data as string;
  summary.logs = {
    jobManager: jmFile,
    jobManagerLogMentionsFlink: jmText.includes('org.apache.flink'),
    taskManager: tmFile,
    taskManagerLogMentionsFlink: tmText.includes('org.apache.flink'),
  };

  ctx.step('rescale: read requirements');
  const current = await flink.jobs.getResourceRequirements(jobid);
  ctx.step('rescale: set requirements');
  const next = { ...current, [vertexid]: { parallelism: { lowerBound: 1, upperBound: 2 } } };
  await flink.jobs.setResourceRequirements(jobid, next);
  ctx.step('rescale: read them back');
  const after = await until(
    '/jobs/{jobid}/resource-requirements',
    { path: { jobid } },
    (d) =>
      (d as Record<string, { parallelism: { upperBound: number } }>)[vertexid]?.parallelism
        .upperBound === 2,
  );
  summary.rescaled = after;

  ctx.step('job: cancel');
  await flink.jobs.cancel(jobid);
  ctx.step('job: wait for CANCELED');
  summary.cancelled = await flink.jobs.waitForStatus(jobid, ['CANCELED'], wait);

  ctx.step('jar: delete');
  await flink.jars.delete(jar.id);
  ctx.step('jar: list after delete');
  summary.jarsAfterDelete = ((await get('/jars')).files as unknown[]).length;

  const errors: Record<string, Json> = {};
  ctx.step('error: unknown log file');
  errors.unknownLogFile = (
    await flink.GET('/jobmanager/logs/{filename}', {
      params: { path: { filename: 'no-such-file.log' } },
      parseAs: 'text',
    })
  ).response.status;
  ctx.step('error: unknown jar');
  errors.unknownJar = await flink.jars.delete(jar.id).then(
    () => 'deleted',
    (e) => statusOf(e),
  );
  summary.errors = errors;
  return summary;
};
