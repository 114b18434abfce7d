/**
 * Reading one schema as a client meets it: `$ref`s followed, `allOf` merged, its JSON type.
 * The differ walks two schemas with these; the support check walks one along a field's path.
 */
import { deref, isObject, type JsonObject } from './resolve-ref.js';

/** A schema with `$ref`s followed and `allOf` merged, and the component it came from. */
export interface View {
  readonly schema: JsonObject;
  readonly name?: string;
  readonly ref?: string;
}

const MAX_ALLOF_DEPTH = 16;

function union<T>(a: readonly T[], b: readonly T[]): T[] {
  return [...new Set([...a, ...b])];
}

/** The strings of a list (`required`, `type`), ignoring anything else. */
export function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Follows `$ref`s and merges `allOf` parts (properties, required, the rest first-wins). */
export function viewOf(doc: unknown, node: unknown, depth = 0): View {
  const { node: target, name, ref } = deref(doc, node);
  const schema: JsonObject = isObject(target) ? target : {};
  const parts = Array.isArray(schema.allOf) ? schema.allOf : undefined;
  const base = { ...(name === undefined ? {} : { name }), ...(ref === undefined ? {} : { ref }) };
  if (parts === undefined || depth >= MAX_ALLOF_DEPTH) return { schema, ...base };
  const { allOf: _ignored, ...rest } = schema;
  let merged: JsonObject = { ...rest };
  for (const part of parts) {
    const partSchema = viewOf(doc, part, depth + 1).schema;
    const properties = {
      ...(isObject(partSchema.properties) ? partSchema.properties : {}),
      ...(isObject(merged.properties) ? merged.properties : {}),
    };
    const required = union(stringList(merged.required), stringList(partSchema.required));
    merged = { ...partSchema, ...merged };
    if (Object.keys(properties).length > 0) merged.properties = properties;
    if (required.length > 0) merged.required = required;
  }
  return { schema: merged, ...base };
}

/** The JSON type a schema describes: `object`, `array`, `string`, ..., `oneOf`, or `any`. */
export function typeOf(schema: JsonObject): string {
  if (typeof schema.type === 'string') return schema.type;
  if (Array.isArray(schema.type)) {
    const types = stringList(schema.type).filter((t) => t !== 'null');
    return types.length === 1 ? (types[0] as string) : types.sort().join('|') || 'any';
  }
  if (schema.properties !== undefined || schema.additionalProperties !== undefined) return 'object';
  if (schema.items !== undefined) return 'array';
  if (Array.isArray(schema.oneOf)) return 'oneOf';
  if (Array.isArray(schema.anyOf)) return 'anyOf';
  return 'any';
}

/** Whether a schema allows `null` (`nullable: true`, or `null` among its types). */
export function isNullable(schema: JsonObject): boolean {
  return schema.nullable === true || (Array.isArray(schema.type) && schema.type.includes('null'));
}

/** The free-form entries' schema: an object, `{}` for `true`, `undefined` when not allowed. */
export function mapValues(schema: JsonObject): unknown {
  const extra = schema.additionalProperties;
  if (isObject(extra)) return extra;
  return extra === true ? {} : undefined;
}
