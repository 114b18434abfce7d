import { readFileSync } from 'node:fs';
import type { Reply } from './scripted-flink.js';

type Recorded = { step: string; response: { status: number; body: unknown } };

/**
 * What a real 2-JobManager HA cluster answered at `step` (fixtures `ha`, recorded by the
 * contract suite), with `status` when the step has several answers; `scenario: 'lifecycle'`
 * reads the single-JobManager recording instead.
 */
export function recorded(
  line: string,
  step: string,
  status?: number,
  scenario: 'ha' | 'lifecycle' = 'ha',
): Reply {
  const file = new URL(`../../testing/fixtures/${line}/${scenario}.json`, import.meta.url);
  const { exchanges } = JSON.parse(readFileSync(file, 'utf8')) as { exchanges: Recorded[] };
  const e = exchanges.find(
    (x) => x.step === step && (status === undefined || x.response.status === status),
  );
  if (!e) throw new Error(`no exchange "${step}" ${status ?? ''} in ${line}/${scenario}.json`);
  return { status: e.response.status, body: e.response.body };
}

/** What fetch throws for an endpoint whose JobManager is gone. */
export function refused(): never {
  throw new TypeError('fetch failed', {
    cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
  });
}
