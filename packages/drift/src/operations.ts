import { deref, isObject, type JsonObject } from './resolve-ref.js';

/** The operation keys of an OpenAPI path item, in the order reports list them. */
export const HTTP_METHODS: readonly string[] = [
  'get',
  'put',
  'post',
  'delete',
  'options',
  'head',
  'patch',
  'trace',
];

/** One operation object of a document, as written, with where it sits. */
export interface OperationEntry {
  /** `GET /jobs/{jobid}`. */
  readonly key: string;
  /** Upper case: `GET`. */
  readonly method: string;
  readonly path: string;
  /** The path item (its `$ref` followed), for path-level parameters. */
  readonly item: JsonObject;
  readonly operation: JsonObject;
}

/**
 * Every operation object of an OpenAPI 3 document, in document order: the one walk over
 * `paths` that the differ (`operationsOf`) and the comparison (`compareSpecs`) share.
 */
export function operationEntries(doc: unknown): OperationEntry[] {
  const out: OperationEntry[] = [];
  const paths = isObject(doc) && isObject(doc.paths) ? doc.paths : {};
  for (const [path, rawItem] of Object.entries(paths)) {
    const { node: item } = deref(doc, rawItem);
    if (!isObject(item)) continue;
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!isObject(operation)) continue;
      const upper = method.toUpperCase();
      out.push({ key: `${upper} ${path}`, method: upper, path, item, operation });
    }
  }
  return out;
}

/** One parameter of an operation, after `$ref`s and path-level parameters are merged in. */
export interface OperationParameter {
  readonly name: string;
  /** `path`, `query`, `header` or `cookie`. */
  readonly in: string;
  readonly required: boolean;
  readonly schema: unknown;
}

/** A request or response body: its media types and their schemas. */
export interface Body {
  readonly required: boolean;
  /** Media type → schema (`undefined` when the media type has none). */
  readonly content: ReadonlyMap<string, unknown>;
}

/** One operation of a spec, in the form the differ compares. */
export interface Operation {
  /** `GET /jobs/{jobid}`. */
  readonly key: string;
  /** `GET /jobs/{}`: the key with path parameter names erased, to pair renamed ones. */
  readonly shape: string;
  readonly method: string;
  readonly path: string;
  readonly parameters: readonly OperationParameter[];
  readonly requestBody?: Body;
  /** Status code (`200`, `default`) → body. */
  readonly responses: ReadonlyMap<string, Body>;
  /** `x-flink-excluded-from-docs: true`. */
  readonly hiddenFromDocs: boolean;
  readonly deprecated: boolean;
}

/** `/jobs/{jobid}` → `/jobs/{}`. */
export function pathShape(path: string): string {
  return path.replace(/\{[^}]*\}/g, '{}');
}

/** `METHOD /path` → `METHOD /path-shape`, for matching keys whatever the parameter names. */
export function keyShape(key: string): string {
  const space = key.indexOf(' ');
  return `${key.slice(0, space).toUpperCase()} ${pathShape(key.slice(space + 1))}`;
}

function parametersOf(doc: unknown, list: unknown): OperationParameter[] {
  if (!Array.isArray(list)) return [];
  const out: OperationParameter[] = [];
  for (const item of list) {
    const { node } = deref(doc, item);
    if (!isObject(node) || typeof node.name !== 'string' || typeof node.in !== 'string') continue;
    out.push({
      name: node.name,
      in: node.in,
      required: node.required === true || node.in === 'path',
      schema: node.schema,
    });
  }
  return out;
}

function contentOf(content: unknown): Map<string, unknown> {
  const map = new Map<string, unknown>();
  if (!isObject(content)) return map;
  for (const [mediaType, media] of Object.entries(content)) {
    map.set(mediaType, isObject(media) ? media.schema : undefined);
  }
  return map;
}

/** Every operation of an OpenAPI 3 document, keyed `METHOD /path`, in document order. */
export function operationsOf(doc: unknown): Map<string, Operation> {
  const operations = new Map<string, Operation>();
  for (const { key, method, path, item, operation: op } of operationEntries(doc)) {
    const shared = parametersOf(doc, item.parameters);
    const own = parametersOf(doc, op.parameters);
    const parameters = [
      ...shared.filter((p) => !own.some((o) => o.name === p.name && o.in === p.in)),
      ...own,
    ];
    const { node: body } = deref(doc, op.requestBody);
    const responses = new Map<string, Body>();
    for (const [status, rawResponse] of Object.entries(
      isObject(op.responses) ? op.responses : {},
    )) {
      const { node: response } = deref(doc, rawResponse);
      const r: JsonObject = isObject(response) ? response : {};
      responses.set(status, { required: true, content: contentOf(r.content) });
    }
    operations.set(key, {
      key,
      shape: keyShape(key),
      method,
      path,
      parameters,
      ...(isObject(body)
        ? { requestBody: { required: body.required === true, content: contentOf(body.content) } }
        : {}),
      responses,
      hiddenFromDocs: op['x-flink-excluded-from-docs'] === true,
      deprecated: op.deprecated === true,
    });
  }
  return operations;
}
