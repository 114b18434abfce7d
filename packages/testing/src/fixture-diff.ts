import type { Fixture, Json } from './fixture-format.js';

const show = (v: unknown) => {
  const t = v === undefined ? '(absent)' : JSON.stringify(v);
  return t.length > 100 ? `${t.slice(0, 97)}...` : t;
};

function walk(a: Json | undefined, b: Json | undefined, at: string, out: string[]): void {
  if (JSON.stringify(a) === JSON.stringify(b)) return;
  const bothObjects =
    a !== null &&
    b !== null &&
    typeof a === 'object' &&
    typeof b === 'object' &&
    Array.isArray(a) === Array.isArray(b);
  if (!bothObjects) {
    out.push(`${at || '/'}: ${show(a)} → ${show(b)}`);
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) out.push(`${at}: ${a.length} items → ${b.length} items`);
    for (let i = 0; i < Math.min(a.length, b.length); i++) walk(a[i], b[i], `${at}/${i}`, out);
    return;
  }
  const x = a as Record<string, Json>;
  const y = b as Record<string, Json>;
  for (const k of [...new Set([...Object.keys(x), ...Object.keys(y)])]) {
    walk(x[k], y[k], `${at}/${k}`, out);
  }
}

/**
 * The differences between two fixtures of one scenario, one readable line each: which exchange
 * (index, step, request), where in it, old → new. Empty when they are identical.
 */
export function diffFixtures(before: Fixture, after: Fixture): string[] {
  const out: string[] = [];
  for (const key of ['flinkVersion', 'flinkRelease', 'scenario'] as const) {
    if (before[key] !== after[key]) out.push(`${key}: ${show(before[key])} → ${show(after[key])}`);
  }
  walk(before.summary, after.summary, 'summary', out);
  const n = Math.max(before.exchanges.length, after.exchanges.length);
  if (before.exchanges.length !== after.exchanges.length) {
    out.push(`exchanges: ${before.exchanges.length} → ${after.exchanges.length}`);
  }
  for (let i = 0; i < n; i++) {
    const a = before.exchanges[i];
    const b = after.exchanges[i];
    const label = `exchanges[${i}] (${(a ?? b)?.step}: ${(a ?? b)?.request.method} ${(a ?? b)?.request.path})`;
    const lines: string[] = [];
    walk(a as unknown as Json, b as unknown as Json, '', lines);
    for (const l of lines) out.push(`${label} ${l}`);
  }
  return out;
}
