import { lineOf } from '@flink-rest/versions';
import { type Core, unexpectedBody, unwrap } from './core.js';
import { FlinkVersionMismatchError } from './errors.js';

export interface ClusterInfo {
  /** What the cluster reports, e.g. `2.3.0`. */
  readonly flinkVersion: string;
  /** Its line, e.g. `2.3`. */
  readonly line: string;
  /** The line or range the client is pinned to. */
  readonly pinned: string;
  readonly matches: boolean;
  readonly features: Readonly<Record<string, boolean>>;
}

export type VersionMismatch = 'warn' | 'error' | 'ignore';

/** Reads `/config` and compares the cluster's Flink line with the pinned line or range. */
export async function connect(
  core: Core,
  onMismatch: VersionMismatch,
  options: { readonly signal?: AbortSignal } = {},
): Promise<ClusterInfo> {
  const result = await core.raw.GET('/config', {
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const config = unwrap<{ 'flink-version'?: string; features?: Record<string, boolean> }>(
    core,
    'GET',
    result,
  );
  const flinkVersion = config?.['flink-version'];
  if (typeof flinkVersion !== 'string')
    throw unexpectedBody(core, 'GET', result.response, 'no flink-version', config);
  const line = lineOf(flinkVersion) ?? flinkVersion;
  const info: ClusterInfo = {
    flinkVersion,
    line,
    pinned: core.flinkVersion,
    matches: core.lines.includes(line),
    features: config.features ?? {},
  };
  if (!info.matches) {
    if (onMismatch === 'error')
      throw new FlinkVersionMismatchError(core.flinkVersion, flinkVersion);
    if (onMismatch === 'warn')
      core.logger.warn(new FlinkVersionMismatchError(core.flinkVersion, flinkVersion).message);
  }
  return info;
}
