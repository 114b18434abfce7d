/**
 * What a call of the client passes and reads, as the usage scan sees it in source code: the
 * vocabulary `scanUsageSites` fills in and `checkCall` checks against a spec.
 */

/** The JSON type code shows for a value: a literal's, or what a method called on it needs. */
export type UseType = 'string' | 'number' | 'boolean' | 'null' | 'array' | 'object';

/** A field of a request or response body the code passes or reads. */
export interface FieldUse {
  /**
   * Property names from the body's root, `[]` for an element (an array item or a map value):
   * `['vertices', '[]', 'name']`.
   */
  readonly path: readonly string[];
  /** What the code shows of the field's type (`2` → `number`, `.map(` → `array`), if anything. */
  readonly type?: UseType;
}

/** Where a parameter goes, as openapi-fetch's `params` names it. */
export const PARAMETER_LOCATIONS = ['path', 'query', 'header', 'cookie'] as const;
export type ParameterLocation = (typeof PARAMETER_LOCATIONS)[number];

/** A parameter a raw call passes: `params: { query: { agg: 'max' } }` → `{ in: 'query', name: 'agg' }`. */
export interface ParameterUse {
  readonly in: ParameterLocation;
  readonly name: string;
}

/**
 * A field's path as reports print it, in the differ's pointer style:
 * `['vertices', '[]', 'name']` → `vertices[].name`.
 */
export function pointerOf(path: readonly string[]): string {
  let out = '';
  for (const segment of path) {
    if (segment === '[]') out += '[]';
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}
