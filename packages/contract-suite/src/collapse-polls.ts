import type { RawExchange } from '@flink-rest/testing';

function sameRequest(a: RawExchange, b: RawExchange): boolean {
  return (
    a.step === b.step &&
    a.method === b.method &&
    a.path === b.path &&
    JSON.stringify(a.query) === JSON.stringify(b.query)
  );
}

/**
 * A polling run — consecutive exchanges of one step with the same method, path and query —
 * keeps only its last exchange: how many IN_PROGRESS (or not-yet-RUNNING) answers came first
 * depends on timing, the final answer does not. Replay answers every repeat with it.
 */
export function collapsePolls(exchanges: readonly RawExchange[]): RawExchange[] {
  const out: RawExchange[] = [];
  for (const e of exchanges) {
    const last = out[out.length - 1];
    if (last && sameRequest(last, e)) out[out.length - 1] = e;
    else out.push(e);
  }
  return out;
}
