/**
 * OpenAPI 3.0 schemas → JSON Schema (draft-07) for ajv: `nullable` becomes a `null` branch,
 * `$ref`s to `#/components/schemas` point into the spec registered under `base`, a
 * discriminator with a mapping becomes an `anyOf` keyed by the property's value, boolean
 * `exclusiveMinimum/Maximum` become numbers. Other keywords (`example`, `x-*`, `format`s
 * ajv does not know) pass through; ajv runs with `strict: false`.
 */
// biome-ignore lint/suspicious/noExplicitAny: JSON schemas are untyped trees.
type Schema = any;

/** Options of the OpenAPI → JSON Schema conversion. */
export interface ConvertOptions {
  /**
   * Objects that declare `properties` and say nothing of `additionalProperties` are closed:
   * a property the server sends that the spec does not describe is a mismatch. Off by default
   * and not used by the check: each branch of an `allOf` is closed on its own, so a composed
   * schema over-reports (its branches reject each other's properties).
   */
  readonly closed?: boolean;
}

/** One OpenAPI 3.0 schema (or schema tree) as JSON Schema for ajv; see the file's comment. */
export function toJsonSchema(schema: Schema, base: string, options: ConvertOptions = {}): Schema {
  if (Array.isArray(schema)) return schema.map((s) => toJsonSchema(s, base, options));
  if (schema === null || typeof schema !== 'object') return schema;
  const out: Schema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'nullable' || key === 'discriminator') continue;
    if (key === '$ref' && typeof value === 'string' && value.startsWith('#/')) {
      out.$ref = `${base}${value}`;
    } else if (key === 'properties' && value && typeof value === 'object') {
      out.properties = Object.fromEntries(
        Object.entries(value).map(([k, v]) => [k, toJsonSchema(v, base, options)]),
      );
    } else {
      out[key] = toJsonSchema(value, base, options);
    }
  }
  for (const [bound, limit] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum'],
  ] as const) {
    if (out[bound] === true) {
      out[bound] = out[limit];
      delete out[limit];
    } else if (out[bound] === false) delete out[bound];
  }
  if (options.closed && out.properties && out.additionalProperties === undefined) {
    out.additionalProperties = false;
  }
  const d = schema.discriminator;
  const branches = (out.oneOf ?? out.anyOf) as Schema[] | undefined;
  if (d?.propertyName && d.mapping && branches) {
    delete out.oneOf;
    delete out.anyOf;
    out.anyOf = Object.entries(d.mapping as Record<string, string>).map(([value, ref]) => ({
      allOf: [
        { required: [d.propertyName], properties: { [d.propertyName]: { const: value } } },
        { $ref: ref.startsWith('#/') ? `${base}${ref}` : ref },
      ],
    }));
  }
  if (schema.nullable === true) return { anyOf: [{ type: 'null' }, out] };
  return out;
}
