/**
 * Pure decisions of a client with several JobManager endpoints (`baseUrl: [url1, url2, …]`, a
 * ZooKeeper or Kubernetes HA cluster). What they recognise was measured on 2-JobManager HA
 * clusters of Flink 1.18 and 2.3 (fixtures `ha`): every JobManager's REST endpoint answers for
 * the leader (it forwards over RPC); while the leader is gone a standby answers first 500
 * `RecipientUnreachableException` (it still knows the dead leader's address), then 503
 * "ongoing leader election", then 200 once a new leader is elected.
 */

/** Whether an answer says that this JobManager cannot reach a leader right now. */
export function isLeaderLossAnswer(status: number, body: string): boolean {
  if (status === 503) return /leader election/i.test(body);
  if (status === 500) return /RecipientUnreachableException|leader election/.test(body);
  return false;
}

/** The order in which to try endpoints: the one believed to lead first, then the others in turn. */
export function endpointOrder(leader: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => (leader + i) % count);
}

/** The index of the base URL that `url` is under (the longest that fits), or undefined. */
export function endpointOf(url: string, bases: readonly string[]): number | undefined {
  let best: number | undefined;
  bases.forEach((base, i) => {
    const fits = url === base || url.startsWith(`${base}/`);
    if (fits && (best === undefined || base.length > (bases[best] as string).length)) best = i;
  });
  return best;
}

/** `url` moved from the base it is under to `bases[to]` (unchanged if under none). */
export function rebase(url: string, bases: readonly string[], to: number): string {
  const from = endpointOf(url, bases);
  if (from === undefined || from === to) return url;
  return `${bases[to]}${url.slice((bases[from] as string).length)}`;
}

/**
 * Measured: `jars/:id/run` sent to a JobManager that did not receive the upload answers 500
 * (1.18 and 2.3) with "Jar file <path> does not exist": uploads stay on their JobManager.
 */
export function isMissingJarAnswer(status: number, errors: readonly string[]): boolean {
  return (
    (status === 400 || status === 500) && errors.some((e) => /Jar file .* does not exist/.test(e))
  );
}
