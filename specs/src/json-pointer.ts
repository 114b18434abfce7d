/** RFC 6901 JSON pointers: `#/paths/~1jobs/get` style, used in every error message. */

/** Builds a pointer (with the leading `#`) from path segments. */
export function toPointer(segments: readonly (string | number)[]): string {
  return `#${segments.map((s) => `/${String(s).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('')}`;
}

/**
 * Splits a pointer (`#/a/b`, `/a/b` or `#`) into its decoded segments; `undefined` for a
 * string that is not a pointer.
 */
export function parsePointer(pointer: string): string[] | undefined {
  const body = pointer.startsWith('#') ? pointer.slice(1) : pointer;
  if (body === '') return [];
  if (!body.startsWith('/')) return undefined;
  return body
    .slice(1)
    .split('/')
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
}

/** The value at `segments` in `root`, or `undefined` when any step is missing. */
export function resolvePointer(root: unknown, segments: readonly string[]): unknown {
  let node: unknown = root;
  for (const segment of segments) {
    if (Array.isArray(node)) {
      if (!/^(0|[1-9]\d*)$/.test(segment)) return undefined;
      node = node[Number(segment)];
    } else if (node !== null && typeof node === 'object') {
      if (!Object.hasOwn(node, segment)) return undefined;
      node = (node as Record<string, unknown>)[segment];
    } else {
      return undefined;
    }
  }
  return node;
}
