import { type FieldUse, pointerOf } from './field-use.js';
import { type FieldCheck, findField } from './find-field.js';
import { type Body, keyShape, type Operation } from './operations.js';
import { isObject } from './resolve-ref.js';
import type { UsageSite } from './scan-usage.js';
import { stringList, viewOf } from './schema-view.js';

/** Why a call breaks against a spec. */
export const BREAK_REASONS = [
  /** The spec has no operation of this method and path template. */
  'operation missing',
  /** A parameter the call passes is not in the spec (or is in another place). */
  'parameter removed',
  /** The spec requires a query, header or cookie parameter the call does not pass. */
  'required parameter not passed',
  /** A body field the call passes, or a response field it reads, is not in the spec. */
  'field removed',
  /** The spec gives a field another type than the code uses it as. */
  'field retyped',
  /** The spec requires a body field the call's body literal does not have. */
  'required field not passed',
] as const;
export type BreakReason = (typeof BREAK_REASONS)[number];

/** One reason a call does not work against a spec. */
export interface CallBreak {
  readonly reason: BreakReason;
  /**
   * `operation`, `path parameter`, `query parameter`, `header parameter`, `cookie parameter`,
   * `request body` or `response`.
   */
  readonly where: string;
  /** The parameter's name, or the field's pointer (`exceptionHistory.entries[].name`). */
  readonly name?: string;
  /** More, when there is more to say: what the spec has instead. */
  readonly detail?: string;
}

/** The schemas of a body's JSON media types (all of them if none is JSON). */
function schemasOf(body: Body | undefined): unknown[] {
  if (body === undefined) return [];
  const entries = [...body.content.entries()].filter(([, schema]) => schema !== undefined);
  const json = entries.filter(([media]) => /json/i.test(media));
  return (json.length > 0 ? json : entries).map(([, schema]) => schema);
}

/** The field breaks of some uses in some schemas: a use is fine if any schema has it. */
function fieldBreaks(
  doc: unknown,
  schemas: readonly unknown[],
  uses: readonly FieldUse[],
  where: 'request body' | 'response',
): CallBreak[] {
  const breaks = new Map<string, CallBreak>();
  for (const use of uses) {
    let first: FieldCheck | undefined;
    for (const schema of schemas) {
      const found = findField(doc, schema, use.path, use.type);
      if (found.status === 'ok') {
        first = found;
        break;
      }
      first ??= found;
    }
    if (first === undefined || first.status === 'ok') continue;
    const name = pointerOf(first.at);
    const brk: CallBreak =
      first.status === 'removed'
        ? { reason: 'field removed', where, name }
        : {
            reason: 'field retyped',
            where,
            name,
            detail: `${first.spec} in the spec, the code uses ${first.code === 'array' ? 'an' : 'a'} ${first.code}`,
          };
    // A removed field's own fields are removed with it: say it once.
    const key = `${brk.reason}\u0000${name}`;
    if (!breaks.has(key)) breaks.set(key, brk);
  }
  return [...breaks.values()];
}

/**
 * What breaks when `site` calls the spec `doc` (whose operations are `operations`, from
 * `operationsOf(doc)`): the operation must exist with the method and path template the code
 * names (the client refuses any other); each parameter passed must be one of its parameters, in
 * the same place; each body field passed must be in its JSON request schema, with the type of
 * the literal; each response field read must be in a 2xx JSON response schema. Required query,
 * header and cookie parameters and top-level body fields must be passed, when the scan saw the
 * whole of `params` or of the body literal. Pure.
 */
export function checkCall(
  doc: unknown,
  operations: ReadonlyMap<string, Operation>,
  site: UsageSite,
): CallBreak[] {
  const operation = operations.get(site.operation);
  if (operation === undefined) {
    const shape = keyShape(site.operation);
    const other = [...operations.keys()].find((key) => keyShape(key) === shape);
    return [
      {
        reason: 'operation missing',
        where: 'operation',
        ...(other === undefined ? {} : { detail: `the spec has ${other}` }),
      },
    ];
  }
  const breaks: CallBreak[] = [];
  const opaque = site.opaque ?? [];
  const passed = site.parameters ?? [];
  for (const use of passed) {
    if (operation.parameters.some((p) => p.name === use.name && p.in === use.in)) continue;
    const elsewhere = operation.parameters.find((p) => p.name === use.name);
    breaks.push({
      reason: 'parameter removed',
      where: `${use.in} parameter`,
      name: use.name,
      ...(elsewhere === undefined
        ? {}
        : { detail: `the spec has it as a ${elsewhere.in} parameter` }),
    });
  }
  if (!opaque.includes('parameters')) {
    for (const p of operation.parameters) {
      if (!p.required || p.in === 'path') continue;
      if (passed.some((use) => use.name === p.name && use.in === p.in)) continue;
      breaks.push({
        reason: 'required parameter not passed',
        where: `${p.in} parameter`,
        name: p.name,
      });
    }
  }
  const body = site.body ?? [];
  if (body.length > 0) {
    const schemas = schemasOf(operation.requestBody);
    if (operation.requestBody === undefined) {
      const names = new Set(body.map((f) => f.path[0] as string));
      for (const name of names) {
        breaks.push({
          reason: 'field removed',
          where: 'request body',
          name,
          detail: 'the operation takes no request body',
        });
      }
    } else {
      breaks.push(...fieldBreaks(doc, schemas, body, 'request body'));
      if (!opaque.includes('body') && schemas.length > 0) {
        const top = new Set(body.filter((f) => f.path.length === 1).map((f) => f.path[0]));
        const view = viewOf(doc, schemas[0]).schema;
        const required = isObject(view.properties) ? stringList(view.required) : [];
        for (const name of [...required].sort()) {
          if (!top.has(name)) {
            breaks.push({ reason: 'required field not passed', where: 'request body', name });
          }
        }
      }
    }
  }
  const reads = site.reads ?? [];
  if (reads.length > 0) {
    const schemas = [...operation.responses.entries()]
      .filter(([status]) => /^2(\d\d|XX)$/i.test(status))
      .flatMap(([, response]) => schemasOf(response));
    // No 2xx body described: what the code reads cannot be told.
    if (schemas.length > 0) breaks.push(...fieldBreaks(doc, schemas, reads, 'response'));
  }
  return breaks;
}
