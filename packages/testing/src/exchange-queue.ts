import type { Exchange } from './fixture-format.js';

/** Recorded answers by request, handed out in order. */
export interface ExchangeQueue {
  /**
   * The recorded exchange for a request (decoded `/v1`-less path, decoded query), or
   * undefined. Repeats of a request get the recorded answers in order, then the last again.
   */
  answer(
    method: string,
    path: string,
    query: Readonly<Record<string, string>>,
  ): Exchange | undefined;
}

function keyOf(method: string, path: string, query: Readonly<Record<string, string>>): string {
  const sorted = Object.fromEntries(
    Object.keys(query)
      .sort()
      .map((k) => [k, query[k]]),
  );
  return `${method.toUpperCase()} ${path} ${JSON.stringify(sorted)}`;
}

/** Groups exchanges by request; each group answers in recorded order, its last one repeating. */
export function createExchangeQueue(exchanges: readonly Exchange[]): ExchangeQueue {
  const groups = new Map<string, { list: Exchange[]; next: number }>();
  for (const e of exchanges) {
    const key = keyOf(e.request.method, e.request.path, e.request.query);
    const g = groups.get(key);
    if (g) g.list.push(e);
    else groups.set(key, { list: [e], next: 0 });
  }
  return {
    answer(method, path, query) {
      const g = groups.get(keyOf(method, path, query));
      if (!g) return undefined;
      const e = g.list[Math.min(g.next, g.list.length - 1)];
      g.next++;
      return e;
    },
  };
}
