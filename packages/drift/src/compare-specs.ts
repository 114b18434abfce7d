/**
 * Semantic comparison of two OpenAPI documents: every difference of their operations,
 * parameters, request bodies, responses and schemas, descriptions, extensions and info
 * included, classified by section only (not as breaking or not: that is `diffSpecs`). Used by
 * hand to compare our extracted specs with Flink's published ones. Pure: documents in, a list of
 * differences out.
 */

import { operationEntries } from './operations.js';
import { deref, isObject, type JsonObject } from './resolve-ref.js';

/** The part of a spec a difference belongs to. */
export type DifferenceSection =
  | 'operations'
  | 'parameters'
  | 'request bodies'
  | 'responses'
  | 'schemas'
  | 'extensions'
  | 'descriptions'
  | 'info';

/** Report order of the sections. */
export const SECTIONS: readonly DifferenceSection[] = [
  'operations',
  'parameters',
  'request bodies',
  'responses',
  'schemas',
  'extensions',
  'descriptions',
  'info',
];

/** Whether something is only in document A (`--from`), only in B (`--to`), or in both but different. */
export type DifferenceKind = 'only in A' | 'only in B' | 'changed';

/** One difference found by `compareSpecs`. */
export interface Difference {
  readonly section: DifferenceSection;
  readonly change: DifferenceKind;
  /** Where: "GET /jobs", "GET /jobs query parameter \"agg\"", "schema JobID: pattern". */
  readonly location: string;
  /** What, when `change` is 'changed' or a note applies: `A "x" vs B "y"`. */
  readonly detail?: string;
}

const EXCLUDED = 'x-flink-excluded-from-docs';

type Obj = JsonObject;

function asObject(value: unknown): Obj {
  return isObject(value) ? value : {};
}

/** Stable JSON for equality and display: object keys sorted. */
function stable(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map(stable).join(',')}]`;
  }
  if (isObject(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stable(value[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

function show(value: unknown): string {
  const text = stable(value);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

/** Component schemas of a document by name. */
export function schemasOf(spec: unknown): Map<string, unknown> {
  return new Map(Object.entries(asObject(asObject(asObject(spec).components).schemas)));
}

function sortedKeys(a: Iterable<string>, b: Iterable<string>): string[] {
  return [...new Set([...a, ...b])].sort();
}

/**
 * Structural diff of two values below `location`. Description texts go to the 'descriptions'
 * section, x-* keys to 'extensions', everything else to `section`.
 */
function diffValues(
  a: unknown,
  b: unknown,
  section: DifferenceSection,
  location: string,
  out: Difference[],
): void {
  if (stable(a) === stable(b)) {
    return;
  }
  if (isObject(a) && isObject(b)) {
    for (const key of sortedKeys(Object.keys(a), Object.keys(b))) {
      const where = `${location}.${key}`;
      const target: DifferenceSection =
        key === 'description' && typeof (a[key] ?? b[key]) === 'string'
          ? 'descriptions'
          : key.startsWith('x-')
            ? 'extensions'
            : section;
      if (!(key in b)) {
        out.push({ section: target, change: 'only in A', location: where, detail: show(a[key]) });
      } else if (!(key in a)) {
        out.push({ section: target, change: 'only in B', location: where, detail: show(b[key]) });
      } else {
        diffValues(a[key], b[key], target, where, out);
      }
    }
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    const scalars = [...a, ...b].every((v) => !isObject(v) && !Array.isArray(v));
    if (scalars) {
      const onlyA = a.filter((v) => !b.includes(v));
      const onlyB = b.filter((v) => !a.includes(v));
      const detail =
        onlyA.length === 0 && onlyB.length === 0
          ? 'same values, different order'
          : [
              onlyA.length ? `only in A: ${onlyA.map(show).join(', ')}` : '',
              onlyB.length ? `only in B: ${onlyB.map(show).join(', ')}` : '',
            ]
              .filter((s) => s !== '')
              .join('; ');
      out.push({ section, change: 'changed', location, detail });
      return;
    }
    if (a.length === b.length) {
      a.forEach((item, i) => {
        diffValues(item, b[i], section, `${location}[${i}]`, out);
      });
      return;
    }
  }
  out.push({ section, change: 'changed', location, detail: `A ${show(a)} vs B ${show(b)}` });
}

function parametersOf(doc: unknown, op: Obj): Map<string, Obj> {
  const params = new Map<string, Obj>();
  for (const param of Array.isArray(op.parameters) ? op.parameters : []) {
    const p = asObject(deref(doc, param).node);
    params.set(`${String(p.in)} parameter "${String(p.name)}"`, p);
  }
  return params;
}

function compareOperation(
  key: string,
  a: Obj,
  b: Obj,
  docs: { a: unknown; b: unknown },
  out: Difference[],
): void {
  const rest = (op: Obj) => {
    const { parameters, requestBody, responses, ...others } = op;
    return others;
  };
  // operationId, description, x-* and anything else on the operation itself
  diffValues(rest(a), rest(b), 'operations', key, out);

  const pa = parametersOf(docs.a, a);
  const pb = parametersOf(docs.b, b);
  for (const name of sortedKeys(pa.keys(), pb.keys())) {
    const x = pa.get(name);
    const y = pb.get(name);
    if (!y) {
      out.push({ section: 'parameters', change: 'only in A', location: `${key} ${name}` });
    } else if (!x) {
      out.push({ section: 'parameters', change: 'only in B', location: `${key} ${name}` });
    } else {
      diffValues(x, y, 'parameters', `${key} ${name}`, out);
    }
  }
  const order = (params: Map<string, Obj>) =>
    [...params.keys()].filter((k) => pa.has(k) && pb.has(k));
  if (order(pa).join('\n') !== order(pb).join('\n')) {
    out.push({
      section: 'parameters',
      change: 'changed',
      location: `${key} parameters`,
      detail: 'same parameters, different order',
    });
  }
  diffValues(a.requestBody, b.requestBody, 'request bodies', `${key} requestBody`, out);
  diffValues(a.responses, b.responses, 'responses', `${key} responses`, out);
}

/** Every difference between document A and document B, in report order (`SECTIONS`). */
export function compareSpecs(a: unknown, b: unknown): Difference[] {
  const out: Difference[] = [];
  const infoOf = (spec: unknown) => ({
    openapi: asObject(spec).openapi,
    title: asObject(asObject(spec).info).title,
    version: asObject(asObject(spec).info).version,
  });
  diffValues(infoOf(a), infoOf(b), 'info', 'info', out);

  const operationsByKey = (doc: unknown) =>
    new Map(operationEntries(doc).map((e) => [e.key, e.operation]));
  const opsA = operationsByKey(a);
  const opsB = operationsByKey(b);
  for (const key of sortedKeys(opsA.keys(), opsB.keys())) {
    const x = opsA.get(key);
    const y = opsB.get(key);
    if (x && y) {
      compareOperation(key, x, y, { a, b }, out);
    } else {
      const op = (x ?? y) as Obj;
      const reason = op['x-flink-excluded-from-docs-reason'];
      out.push({
        section: 'operations',
        change: x ? 'only in A' : 'only in B',
        location: key,
        ...(op[EXCLUDED] === true
          ? { detail: `${EXCLUDED}${typeof reason === 'string' ? ` (${reason})` : ''}` }
          : {}),
      });
    }
  }

  const schemasA = schemasOf(a);
  const schemasB = schemasOf(b);
  for (const name of sortedKeys(schemasA.keys(), schemasB.keys())) {
    if (!schemasB.has(name)) {
      out.push({ section: 'schemas', change: 'only in A', location: `schema ${name}` });
    } else if (!schemasA.has(name)) {
      out.push({ section: 'schemas', change: 'only in B', location: `schema ${name}` });
    } else {
      diffValues(schemasA.get(name), schemasB.get(name), 'schemas', `schema ${name}`, out);
    }
  }
  return out.sort((x, y) => SECTIONS.indexOf(x.section) - SECTIONS.indexOf(y.section));
}

/** Differences that make two specs disagree on the API; info (title, version) does not count. */
export function countsAsDifference(d: Difference): boolean {
  return d.section !== 'info';
}
