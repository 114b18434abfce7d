import type { ChangeInput, Direction, SchemaChangeKind } from './change.js';
import { deref, isObject, type JsonObject, refName } from './resolve-ref.js';

/** Where two schemas sit: both documents (for `$ref`s), and the change's location fields. */
export interface SchemaDiffContext {
  readonly fromDoc: unknown;
  readonly toDoc: unknown;
  readonly direction: Direction;
  readonly operation: string;
  readonly location: string;
}

/** A schema with `$ref`s followed and `allOf` merged, and the component it came from. */
interface View {
  readonly schema: JsonObject;
  readonly name?: string;
  readonly ref?: string;
}

const MAX_ALLOF_DEPTH = 16;

function union<T>(a: readonly T[], b: readonly T[]): T[] {
  return [...new Set([...a, ...b])];
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Follows `$ref`s and merges `allOf` parts (properties, required, the rest first-wins). */
function viewOf(doc: unknown, node: unknown, depth = 0): View {
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

function isNullable(schema: JsonObject): boolean {
  return schema.nullable === true || (Array.isArray(schema.type) && schema.type.includes('null'));
}

/** The free-form entries' schema: an object, `{}` for `true`, `undefined` when not allowed. */
function mapValues(schema: JsonObject): unknown {
  const extra = schema.additionalProperties;
  if (isObject(extra)) return extra;
  return extra === true ? {} : undefined;
}

function variantsOf(schema: JsonObject): Map<string, unknown> {
  const list = Array.isArray(schema.oneOf)
    ? schema.oneOf
    : Array.isArray(schema.anyOf)
      ? schema.anyOf
      : [];
  const variants = new Map<string, unknown>();
  list.forEach((variant, index) => {
    const key =
      isObject(variant) && typeof variant.$ref === 'string' ? refName(variant.$ref) : `#${index}`;
    variants.set(key, variant);
  });
  return variants;
}

const join = (pointer: string, key: string) => (pointer === '' ? key : `${pointer}.${key}`);

/**
 * Every difference between two schemas, walked in parallel through `$ref`, `allOf`,
 * `properties`, `items`, `additionalProperties` and `oneOf`/`anyOf`. A pair of `$ref`s is
 * walked once per call, which ends cycles and reports a shared schema's change once.
 */
export function diffSchemas(from: unknown, to: unknown, context: SchemaDiffContext): ChangeInput[] {
  const out: ChangeInput[] = [];
  const visited = new Set<string>();

  const walk = (a: unknown, b: unknown, pointer: string, inherited: string | undefined) => {
    const va = viewOf(context.fromDoc, a);
    const vb = viewOf(context.toDoc, b);
    if (va.ref !== undefined && vb.ref !== undefined) {
      const pair = `${va.ref}\u0000${vb.ref}`;
      if (visited.has(pair)) return;
      visited.add(pair);
    }
    const schema = vb.name ?? va.name ?? inherited;
    const emit = (kind: SchemaChangeKind, extra: Partial<ChangeInput> = {}) => {
      out.push({
        kind,
        direction: context.direction,
        operation: context.operation,
        location: context.location,
        pointer,
        ...(schema === undefined ? {} : { schema }),
        ...extra,
      });
    };
    const A = va.schema;
    const B = vb.schema;
    const typeA = typeOf(A);
    const typeB = typeOf(B);
    if (typeA !== typeB) {
      emit('type-changed', { from: typeA, to: typeB });
      return;
    }
    if ((A.format ?? null) !== (B.format ?? null)) {
      emit('format-changed', { from: A.format, to: B.format });
    }
    if (isNullable(A) !== isNullable(B))
      emit(isNullable(B) ? 'nullable-added' : 'nullable-removed');

    if (Array.isArray(A.enum) && Array.isArray(B.enum)) {
      const before = new Map(A.enum.map((v) => [JSON.stringify(v), v]));
      const after = new Map(B.enum.map((v) => [JSON.stringify(v), v]));
      for (const [key, value] of before) {
        if (!after.has(key)) emit('enum-value-removed', { from: value });
      }
      for (const [key, value] of after) {
        if (!before.has(key)) emit('enum-value-added', { to: value });
      }
    } else if (Array.isArray(A.enum)) {
      emit('enum-removed', { from: A.enum });
    } else if (Array.isArray(B.enum)) {
      emit('enum-added', { to: B.enum });
    }

    const propsA = isObject(A.properties) ? A.properties : {};
    const propsB = isObject(B.properties) ? B.properties : {};
    const requiredA = new Set(stringList(A.required));
    const requiredB = new Set(stringList(B.required));
    for (const key of Object.keys(propsA)) {
      if (!(key in propsB)) {
        emit('property-removed', { pointer: join(pointer, key), required: requiredA.has(key) });
      }
    }
    for (const key of Object.keys(propsB)) {
      if (!(key in propsA)) {
        emit('property-added', { pointer: join(pointer, key), required: requiredB.has(key) });
      }
    }
    for (const key of Object.keys(propsA)) {
      if (!(key in propsB)) continue;
      if (requiredA.has(key) !== requiredB.has(key)) {
        emit(requiredB.has(key) ? 'property-became-required' : 'property-became-optional', {
          pointer: join(pointer, key),
        });
      }
      walk(propsA[key], propsB[key], join(pointer, key), schema);
    }

    const mapA = mapValues(A);
    const mapB = mapValues(B);
    if (mapA !== undefined && mapB !== undefined) walk(mapA, mapB, join(pointer, '*'), schema);
    else if (mapA !== undefined) emit('map-values-removed');
    else if (mapB !== undefined) emit('map-values-added');

    if (A.items !== undefined || B.items !== undefined)
      walk(A.items, B.items, `${pointer}[]`, schema);

    const variantsA = variantsOf(A);
    const variantsB = variantsOf(B);
    for (const [key, variant] of variantsA) {
      if (!variantsB.has(key)) emit('variant-removed', { from: key });
      else walk(variant, variantsB.get(key), `${pointer}<${key}>`, schema);
    }
    for (const key of variantsB.keys()) {
      if (!variantsA.has(key)) emit('variant-added', { to: key });
    }
  };

  walk(from, to, '', undefined);
  return out;
}
