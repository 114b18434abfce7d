/** A plain JSON object (not an array, not null). */
export type JsonObject = Record<string, unknown>;

/** Whether `value` is a plain JSON object. */
export function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The last segment of a local `$ref`: `#/components/schemas/JobID` → `JobID`. */
export function refName(ref: string): string {
  const segment = ref.slice(ref.lastIndexOf('/') + 1);
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/**
 * Follows a local `$ref` (`#/...`) inside `doc`, through chains of refs. Returns `undefined`
 * for a ref that leaves the document, does not resolve, or loops.
 */
export function resolveRef(doc: unknown, ref: string): unknown {
  const seen = new Set<string>();
  let current = ref;
  for (;;) {
    if (!current.startsWith('#') || seen.has(current)) return undefined;
    seen.add(current);
    let node: unknown = doc;
    for (const raw of current.slice(1).split('/').filter(Boolean)) {
      const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
      if (!isObject(node) && !Array.isArray(node)) return undefined;
      node = (node as JsonObject)[key];
    }
    if (isObject(node) && typeof node.$ref === 'string') {
      current = node.$ref;
      continue;
    }
    return node;
  }
}

/** `node` itself, or what its `$ref` points to, with the ref's name when there was one. */
export function deref(doc: unknown, node: unknown): { node: unknown; name?: string; ref?: string } {
  if (isObject(node) && typeof node.$ref === 'string') {
    return { node: resolveRef(doc, node.$ref), name: refName(node.$ref), ref: node.$ref };
  }
  return { node };
}
