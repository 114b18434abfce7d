import os from 'node:os';
import path from 'node:path';

/**
 * Where resolved classpaths, the built sample job and the CLI's cluster records live.
 * `FLINK_LOCAL_CLUSTER_CACHE` overrides; otherwise the XDG cache directory. Maven's own
 * downloads stay in Maven's repository (`~/.m2` by default), which CI caches.
 */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.FLINK_LOCAL_CLUSTER_CACHE) return path.resolve(env.FLINK_LOCAL_CLUSTER_CACHE);
  const base = env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'flink-local-cluster');
}
