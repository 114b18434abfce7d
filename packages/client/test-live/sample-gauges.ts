import type { createFlinkClient } from '../src/index.js';

type Flink = ReturnType<typeof createFlinkClient<'2.3'>>;

/**
 * The sample job's gauges (`maxCount`: the largest keyed count, which state carries over an
 * upgrade; `sampleVersion`: which jar runs), once the metric fetcher has them.
 */
export async function sampleGauges(
  flink: Flink,
  jobId: string,
): Promise<{ maxCount: number; version: number }> {
  const { data } = await flink.GET('/jobs/{jobid}', { params: { path: { jobid: jobId } } });
  const vertex = (data as { vertices: { id: string; name: string }[] }).vertices.find((v) =>
    v.name.startsWith('count-per-key'),
  );
  const ids = ['0.count-per-key.maxCount', '0.count-per-key.sampleVersion'];
  for (let i = 0; i < 60; i++) {
    const { data: metrics } = await flink.GET('/jobs/{jobid}/vertices/{vertexid}/metrics', {
      params: { path: { jobid: jobId, vertexid: vertex?.id as string }, query: { get: ids } },
    });
    const values = new Map(
      ((metrics ?? []) as { id: string; value?: string }[]).map((m) => [m.id, Number(m.value)]),
    );
    const [maxCount, version] = ids.map((id) => values.get(id));
    if (maxCount !== undefined && version !== undefined && maxCount > 0)
      return { maxCount, version };
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`job ${jobId} reported no gauges`);
}
