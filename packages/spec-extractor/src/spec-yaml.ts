import { stringify } from 'yaml';

/**
 * The committed YAML format of a spec: the same document always gives the same bytes, whatever
 * order the extractor (Java HashMaps) produced its keys in.
 *
 * Key order: objects of the OpenAPI structure (document, operation, parameter, schema, ...)
 * list well-known keys first in the order below, then any others (x-* extensions) by name.
 * Maps keyed by names (paths, schemas, properties, responses, content, mapping) are sorted by
 * name. Arrays keep their order: parameter, enum and oneOf order come from the release.
 */

const KEY_ORDER = [
  'openapi',
  'info',
  'servers',
  'paths',
  'components',
  'title',
  'version',
  'description',
  'contact',
  'license',
  'email',
  'name',
  'url',
  // path item methods
  'get',
  'put',
  'post',
  'delete',
  'options',
  'head',
  'patch',
  'trace',
  // operation
  'summary',
  'operationId',
  'parameters',
  'requestBody',
  'responses',
  // parameter
  'in',
  'required',
  'style',
  'explode',
  'schema',
  'content',
  // schema
  '$ref',
  'type',
  'format',
  'pattern',
  'enum',
  'items',
  'properties',
  'additionalProperties',
  'oneOf',
  'anyOf',
  'allOf',
  'discriminator',
  'propertyName',
  'mapping',
];
const RANK = new Map(KEY_ORDER.map((key, i) => [key, i]));

/** Keys whose value is a map from names to structural objects. */
const NAME_MAPS = new Set([
  'paths',
  'schemas',
  'properties',
  'responses',
  'content',
  'mapping',
  'securitySchemes',
  'examples',
  'headers',
  'requestBodies',
  'links',
  'encoding',
  'callbacks',
]);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byRank(a: string, b: string): number {
  const ra = RANK.get(a) ?? Number.MAX_SAFE_INTEGER;
  const rb = RANK.get(b) ?? Number.MAX_SAFE_INTEGER;
  return ra !== rb ? ra - rb : byName(a, b);
}

/** A copy of an OpenAPI document with every object's keys in canonical order. */
export function canonicalize(value: unknown, isNameMap = false): Json {
  if (Array.isArray(value)) {
    return value.map((item) => canonicalize(item));
  }
  if (!isObject(value)) {
    return value as Json;
  }
  // `components` is a name map of name maps; `paths`' values are path items (structural).
  const keys = Object.keys(value).sort(isNameMap ? byName : byRank);
  const out: { [key: string]: Json } = {};
  for (const key of keys) {
    const child = value[key];
    if (child === undefined) {
      continue;
    }
    out[key] = canonicalize(child, !isNameMap && NAME_MAPS.has(key));
  }
  return out;
}

/**
 * The committed text of a spec: a do-not-edit header, then the canonical YAML. No line folding,
 * so diffs stay line-per-value.
 */
export function formatSpecYaml(spec: unknown, header: string[]): string {
  const body = stringify(canonicalize(spec), {
    indent: 2,
    lineWidth: 0,
    minContentWidth: 0,
    aliasDuplicateObjects: false,
    defaultStringType: 'PLAIN',
    defaultKeyType: 'PLAIN',
  });
  const comment = header.map((line) => `# ${line}`.trimEnd()).join('\n');
  return `${comment}\n${body}`;
}
