import type { UseType } from './field-use.js';
import { isObject } from './resolve-ref.js';
import { isNullable, mapValues, typeOf, viewOf } from './schema-view.js';

/** Whether a field is where the code looks for it in a schema, and if not, what is there. */
export type FieldCheck =
  | { readonly status: 'ok' }
  /** The field at `at` (a path prefix of the one asked for) is not in the schema. */
  | { readonly status: 'removed'; readonly at: readonly string[] }
  /** The field at `at` is a `spec` (JSON type) where the code uses a `code`. */
  | {
      readonly status: 'retyped';
      readonly at: readonly string[];
      readonly spec: string;
      readonly code: UseType;
    };

const OK: FieldCheck = { status: 'ok' };

/** Oneof/anyOf nesting and `$ref` chains deeper than this are not followed (cycles). */
const MAX_DEPTH = 64;

/** Whether a value of the code's type fits a schema of JSON type `spec`. */
function fits(code: UseType, spec: string, nullable: boolean): boolean {
  if (code === 'null') return nullable;
  // `string|number`: a schema with a list of types.
  return spec.split('|').some((one) => one === code || (code === 'number' && one === 'integer'));
}

/**
 * Looks up a field's path (`['vertices', '[]', 'name']`, `[]` an array item or a map value) in
 * a schema of `doc`, following `$ref`, `allOf` (merged), `oneOf`/`anyOf` (found in any variant),
 * `properties`, `items` and `additionalProperties`; then, if the code shows a `type`, checks it.
 * Where the schema says nothing (untyped, a free-form object) the field is taken as there: a
 * break is only reported when the spec says so.
 */
export function findField(
  doc: unknown,
  schema: unknown,
  path: readonly string[],
  type?: UseType,
): FieldCheck {
  const walk = (node: unknown, i: number, depth: number): FieldCheck => {
    if (depth > MAX_DEPTH) return OK;
    const { schema: s } = viewOf(doc, node);
    const kind = typeOf(s);
    if (kind === 'oneOf' || kind === 'anyOf') {
      const variants = (kind === 'oneOf' ? s.oneOf : s.anyOf) as unknown[];
      let first: FieldCheck | undefined;
      for (const variant of variants) {
        const found = walk(variant, i, depth + 1);
        if (found.status === 'ok') return found;
        first ??= found;
      }
      return first ?? OK;
    }
    if (i === path.length) {
      if (type === undefined || kind === 'any' || fits(type, kind, isNullable(s))) return OK;
      return { status: 'retyped', at: path, spec: kind, code: type };
    }
    if (kind === 'any') return OK;
    const segment = path[i] as string;
    const here = path.slice(0, i);
    if (segment === '[]') {
      if (kind === 'array') return walk(s.items, i + 1, depth + 1);
      if (kind === 'object') {
        const values = mapValues(s);
        // An index into an object of fixed fields: which one cannot be told.
        return values === undefined ? OK : walk(values, i + 1, depth + 1);
      }
      return { status: 'retyped', at: here, spec: kind, code: 'array' };
    }
    if (kind === 'object') {
      const properties = isObject(s.properties) ? s.properties : {};
      if (Object.hasOwn(properties, segment)) return walk(properties[segment], i + 1, depth + 1);
      const values = mapValues(s);
      if (values !== undefined) return walk(values, i + 1, depth + 1);
      // `type: object` and nothing else: a free-form object, any field may be there.
      if (Object.keys(properties).length === 0) return OK;
      return { status: 'removed', at: [...here, segment] };
    }
    // `length` of a string or an array is not a field.
    if (segment === 'length' && (kind === 'array' || kind === 'string')) return OK;
    return { status: 'retyped', at: here, spec: kind, code: 'object' };
  };
  return walk(schema, 0, 0);
}
