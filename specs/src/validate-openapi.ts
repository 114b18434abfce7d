import { SpecError } from './errors.js';
import { parsePointer, resolvePointer, toPointer } from './json-pointer.js';
import { oneLine } from './one-line.js';

/** The parts of an OpenAPI 3 document this package reads; everything else passes through. */
export interface OpenApiDocument {
  openapi: string;
  info?: { title?: string; version?: string; [key: string]: unknown };
  paths: Record<string, Record<string, unknown>>;
  components?: { schemas?: Record<string, unknown>; [key: string]: unknown };
  [key: string]: unknown;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Throws unless `doc` is an OpenAPI 3.0 or 3.1 document: an object with `openapi: 3.x.y` and a
 * `paths` object. A Swagger 2.0 document is named as such.
 */
export function assertOpenApi3(doc: unknown, source: string): asserts doc is OpenApiDocument {
  const fail = (what: string, pointer: string) =>
    new SpecError('NOT_OPENAPI_3', `${source}: not an OpenAPI 3 document: ${what}`, {
      where: source,
      pointer,
    });
  if (!isObject(doc)) {
    throw fail(
      `the top level is ${Array.isArray(doc) ? 'an array' : typeof doc}, not an object`,
      '#',
    );
  }
  if (doc.swagger !== undefined) {
    throw fail(
      `it is Swagger ${oneLine(String(doc.swagger))} (#/swagger); only OpenAPI 3.x is supported`,
      '#/swagger',
    );
  }
  if (typeof doc.openapi !== 'string' || !/^3\.\d+\.\d+/.test(doc.openapi)) {
    const got = doc.openapi === undefined ? 'is missing' : `is ${JSON.stringify(doc.openapi)}`;
    throw fail(`#/openapi ${got}, expected "3.x.y"`, '#/openapi');
  }
  if (!isObject(doc.paths)) {
    throw fail('#/paths is missing or not an object', '#/paths');
  }
}

export interface DanglingRef {
  /** The `$ref` value. */
  ref: string;
  /** Where the `$ref` is, as a JSON pointer. */
  pointer: string;
}

/**
 * Every `$ref` that does not resolve inside the document, in document order. Only local refs
 * (`#/...`) can resolve: a document handed to the generator must be self-contained.
 */
export function findDanglingRefs(doc: unknown): DanglingRef[] {
  const dangling: DanglingRef[] = [];
  // An explicit stack, not recursion: a deeply nested document must not overflow the call
  // stack. Each object is walked once: YAML aliases share nodes, and walking a shared node
  // once per use is exponential (an alias bomb). A frame points at its parent, so a pointer
  // is built only for a dangling ref.
  interface Frame {
    readonly node: unknown;
    readonly key: string | number | undefined;
    readonly parent: Frame | undefined;
  }
  const pointerOf = (frame: Frame, last: string): string => {
    const segments: (string | number)[] = [last];
    for (let f: Frame | undefined = frame; f?.key !== undefined; f = f.parent) segments.push(f.key);
    return toPointer(segments.reverse());
  };
  const seen = new WeakSet<object>();
  const stack: Frame[] = [{ node: doc, key: undefined, parent: undefined }];
  for (let frame = stack.pop(); frame !== undefined; frame = stack.pop()) {
    const { node } = frame;
    if (typeof node !== 'object' || node === null || seen.has(node)) continue;
    seen.add(node);
    const children: Frame[] = [];
    if (Array.isArray(node)) {
      node.forEach((item, i) => {
        children.push({ node: item, key: i, parent: frame });
      });
    } else if (isObject(node)) {
      for (const [key, value] of Object.entries(node)) {
        if (key === '$ref' && typeof value === 'string') {
          const segments = value.startsWith('#') ? parsePointer(value) : undefined;
          if (segments === undefined || resolvePointer(doc, segments) === undefined) {
            dangling.push({ ref: value, pointer: pointerOf(frame, key) });
          }
        } else {
          children.push({ node: value, key, parent: frame });
        }
      }
    }
    // Pushed in reverse so they are popped, and reported, in document order.
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Frame);
  }
  return dangling;
}

/** Throws on the first dangling `$ref`, naming it and where it is; says how many there are. */
export function assertNoDanglingRefs(doc: unknown, source: string): void {
  const dangling = findDanglingRefs(doc);
  const first = dangling[0];
  if (!first) return;
  const more = dangling.length > 1 ? ` (and ${dangling.length - 1} more)` : '';
  throw new SpecError(
    'DANGLING_REF',
    `${source}: $ref "${oneLine(first.ref)}" at ${oneLine(first.pointer)} does not resolve${more}`,
    { where: source, pointer: first.pointer },
  );
}

/** Parses nothing, checks everything: an OpenAPI 3 document with no dangling `$ref`. */
export function validateOpenApi(doc: unknown, source: string): OpenApiDocument {
  assertOpenApi3(doc, source);
  assertNoDanglingRefs(doc, source);
  return doc;
}
