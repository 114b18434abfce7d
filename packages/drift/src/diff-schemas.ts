import type { ChangeInput, Direction, SchemaChangeKind } from './change.js';
import { isObject, type JsonObject, refName } from './resolve-ref.js';
import { isNullable, mapValues, stringList, typeOf, viewOf } from './schema-view.js';

/** Where two schemas sit: both documents (for `$ref`s), and the change's location fields. */
export interface SchemaDiffContext {
  readonly fromDoc: unknown;
  readonly toDoc: unknown;
  readonly direction: Direction;
  readonly operation: string;
  readonly location: string;
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
