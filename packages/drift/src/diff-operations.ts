import type { ChangeInput } from './change.js';
import { diffSchemas } from './diff-schemas.js';
import type { Body, Operation, OperationParameter } from './operations.js';

/** The two documents the operations come from, for their `$ref`s. */
export interface Documents {
  readonly fromDoc: unknown;
  readonly toDoc: unknown;
}

const pathParameterNames = (path: string) =>
  [...path.matchAll(/\{([^}]*)\}/g)].map((m) => m[1] as string);

function diffParameters(a: Operation, b: Operation, docs: Documents): ChangeInput[] {
  const out: ChangeInput[] = [];
  const operation = b.key;
  const at = (p: OperationParameter) => `${p.in} parameter ${p.name}`;

  // Path parameters pair by position: a rename is reported once, as the path's rename.
  const namesA = pathParameterNames(a.path);
  const namesB = pathParameterNames(b.path);
  namesB.forEach((nameB, index) => {
    const nameA = namesA[index];
    const pa = a.parameters.find((p) => p.in === 'path' && p.name === nameA);
    const pb = b.parameters.find((p) => p.in === 'path' && p.name === nameB);
    if (pa === undefined || pb === undefined) return;
    out.push(
      ...diffSchemas(pa.schema, pb.schema, {
        ...docs,
        direction: 'request',
        operation,
        location: at(pb),
      }),
    );
  });

  const others = (op: Operation) => op.parameters.filter((p) => p.in !== 'path');
  const byName = new Map(others(b).map((p) => [p.name, p]));
  const namesBefore = new Set(others(a).map((p) => p.name));
  for (const pa of others(a)) {
    const pb = byName.get(pa.name);
    if (pb === undefined) {
      out.push({
        kind: 'parameter-removed',
        operation,
        location: at(pa),
        pointer: '',
        required: pa.required,
      });
      continue;
    }
    if (pa.in !== pb.in) {
      out.push({
        kind: 'parameter-location-changed',
        operation,
        location: at(pb),
        pointer: '',
        from: pa.in,
        to: pb.in,
      });
    }
    if (pa.required !== pb.required) {
      out.push({
        kind: pb.required ? 'parameter-became-required' : 'parameter-became-optional',
        operation,
        location: at(pb),
        pointer: '',
      });
    }
    out.push(
      ...diffSchemas(pa.schema, pb.schema, {
        ...docs,
        direction: 'request',
        operation,
        location: at(pb),
      }),
    );
  }
  for (const pb of others(b)) {
    if (!namesBefore.has(pb.name)) {
      out.push({
        kind: 'parameter-added',
        operation,
        location: at(pb),
        pointer: '',
        required: pb.required,
      });
    }
  }
  return out;
}

function diffRequestBody(a: Operation, b: Operation, docs: Documents): ChangeInput[] {
  const operation = b.key;
  const base = { operation, pointer: '', direction: 'request' as const };
  const before = a.requestBody;
  const after = b.requestBody;
  if (before === undefined && after === undefined) return [];
  if (before === undefined) {
    return [
      { kind: 'request-body-added', ...base, location: 'request body', required: after?.required },
    ];
  }
  if (after === undefined) {
    return [
      {
        kind: 'request-body-removed',
        ...base,
        location: 'request body',
        required: before.required,
      },
    ];
  }
  const out: ChangeInput[] = [];
  if (before.required !== after.required) {
    out.push({
      kind: after.required ? 'request-body-became-required' : 'request-body-became-optional',
      ...base,
      location: 'request body',
    });
  }
  out.push(...diffContent(before, after, docs, operation, 'request body', 'request'));
  return out;
}

function diffContent(
  before: Body,
  after: Body,
  docs: Documents,
  operation: string,
  location: string,
  direction: 'request' | 'response',
): ChangeInput[] {
  const out: ChangeInput[] = [];
  const base = { operation, location, pointer: '', direction };
  for (const mediaType of before.content.keys()) {
    if (!after.content.has(mediaType)) {
      out.push({ kind: `${direction}-content-type-removed`, ...base, from: mediaType });
    }
  }
  for (const mediaType of after.content.keys()) {
    if (!before.content.has(mediaType)) {
      out.push({ kind: `${direction}-content-type-added`, ...base, to: mediaType });
    }
  }
  for (const [mediaType, schemaA] of before.content) {
    if (!after.content.has(mediaType)) continue;
    const schemaB = after.content.get(mediaType);
    if (schemaA === undefined && schemaB === undefined) continue;
    out.push(
      ...diffSchemas(schemaA, schemaB, {
        ...docs,
        direction,
        operation,
        location: `${location} ${mediaType}`,
      }),
    );
  }
  return out;
}

function diffResponses(a: Operation, b: Operation, docs: Documents): ChangeInput[] {
  const operation = b.key;
  const out: ChangeInput[] = [];
  const base = { operation, pointer: '', direction: 'response' as const };
  for (const status of a.responses.keys()) {
    if (!b.responses.has(status)) {
      out.push({ kind: 'response-status-removed', ...base, location: 'responses', from: status });
    }
  }
  for (const status of b.responses.keys()) {
    if (!a.responses.has(status)) {
      out.push({ kind: 'response-status-added', ...base, location: 'responses', to: status });
    }
  }
  for (const [status, before] of a.responses) {
    const after = b.responses.get(status);
    if (after === undefined) continue;
    out.push(...diffContent(before, after, docs, operation, `response ${status}`, 'response'));
  }
  return out;
}

/** Every difference between two versions of one operation (same method, same path shape). */
export function diffOperation(a: Operation, b: Operation, docs: Documents): ChangeInput[] {
  const operation = b.key;
  const base = { operation, location: 'operation', pointer: '' };
  const out: ChangeInput[] = [];
  if (a.path !== b.path) {
    out.push({ kind: 'path-parameter-renamed', ...base, from: a.path, to: b.path });
  }
  if (a.hiddenFromDocs !== b.hiddenFromDocs) {
    out.push({
      kind: b.hiddenFromDocs ? 'operation-hidden-from-docs' : 'operation-shown-in-docs',
      ...base,
    });
  }
  if (!a.deprecated && b.deprecated) out.push({ kind: 'operation-deprecated', ...base });
  out.push(...diffParameters(a, b, docs));
  out.push(...diffRequestBody(a, b, docs));
  out.push(...diffResponses(a, b, docs));
  return out;
}
