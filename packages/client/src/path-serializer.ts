const PARAM = /\{([^}]+)\}/g;

/**
 * Fills `{name}` path templates. Every value is percent-encoded, so an id like `../x` stays one
 * segment. A value that is exactly `.` or `..` is refused: URL parsers resolve it as a path
 * step even when percent-encoded (`%2E%2E`), so it could change which endpoint is called.
 */
export function serializePath(
  template: string,
  params: Record<string, unknown> | undefined,
): string {
  // openapi-fetch passes the whole URL; errors name the path after `/v1`, like every error.
  const path = () => template.replace(/^.*?\/v1(?=\/|$)/, '');
  return template.replace(PARAM, (_match, name: string) => {
    const value = params?.[name];
    if (value === undefined || value === null) {
      throw new TypeError(`path parameter "${name}" of ${path()} is missing`);
    }
    let encoded: string;
    try {
      encoded = encodeURIComponent(String(value));
    } catch {
      // A lone UTF-16 surrogate has no UTF-8 form (URIError).
      throw new TypeError(`path parameter "${name}" of ${path()} is not well-formed Unicode`);
    }
    if (encoded.length === 0) throw new TypeError(`path parameter "${name}" of ${path()} is empty`);
    if (encoded === '.' || encoded === '..') {
      throw new TypeError(`path parameter "${name}" of ${path()} must not be "${encoded}"`);
    }
    return encoded;
  });
}
