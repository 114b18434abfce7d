import { type Exchange, isErrorStep, type Json } from '@flink-rest/testing';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { DriftError } from './errors.js';
import { matchOperation } from './match-operation.js';
import { type ConvertOptions, toJsonSchema } from './openapi-schema.js';
import { deref } from './resolve-ref.js';

// ajv-formats is CommonJS: its default export arrives wrapped under NodeNext.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as (ajv: Ajv) => Ajv;

// biome-ignore lint/suspicious/noExplicitAny: OpenAPI documents are untyped trees.
type Doc = any;

/** One place where a recorded exchange and the spec disagree. */
export interface Mismatch {
  /** The Flink line. */
  readonly version: string;
  /** `GET /jobs/{jobid}`, or `DELETE /jobs/overview (no operation)`. */
  readonly operation: string;
  readonly step: string;
  /** `response 200`, `request body`, `query agg`, `path jobid`. */
  readonly part: string;
  /** JSON pointer inside that part ('' for the whole). */
  readonly pointer: string;
  readonly expected: string;
  readonly actual: string;
}

const BASE = 'https://flink-rest.invalid/spec.json';
const ERROR_BODY = { $ref: '#/components/schemas/ErrorResponseBody' };
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

function show(value: unknown): string {
  const text = value === undefined ? 'undefined' : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function at(value: unknown, pointer: string): unknown {
  let v = value;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined;
  }
  return v;
}

function expectedOf(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'type':
      return `type ${String(p.type)}`;
    case 'enum':
      return `one of ${show(p.allowedValues)}`;
    case 'const':
      return `equal to ${show(p.allowedValue)}`;
    case 'pattern':
      return `pattern ${String(p.pattern)}`;
    case 'required':
      return `required property ${String(p.missingProperty)}`;
    case 'additionalProperties':
      return `no property ${String(p.additionalProperty)}`;
    case 'oneOf':
      return p.passingSchemas
        ? `exactly one of oneOf (${show(p.passingSchemas)} match)`
        : 'one of oneOf';
    default:
      return `${e.keyword}: ${e.message ?? ''}`;
  }
}

/** A validator for one document; see `createSpecValidator`. */
export interface SpecValidator {
  /** Every disagreement of one exchange with the spec. */
  validate(exchange: Exchange, where: string): Mismatch[];
}

/**
 * Validates recorded exchanges (the test kit's fixture format) against one OpenAPI 3.0 document
 * (as extracted, or with some overlays) of the Flink line `version`. The exchange is matched to
 * its operation by method and path template; schemas are compiled once each. An exchange of an
 * ordinary step that matches no operation is a `DriftError` (`UNKNOWN_OPERATION`) naming `where`.
 */
export function createSpecValidator(
  doc: Doc,
  version: string,
  options: ConvertOptions = {},
): SpecValidator {
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  ajv.addFormat('int32', { type: 'number', validate: Number.isInteger });
  ajv.addFormat('int64', { type: 'number', validate: Number.isInteger });
  ajv.addFormat('float', { type: 'number', validate: () => true });
  ajv.addFormat('double', { type: 'number', validate: () => true });
  ajv.addFormat('binary', { type: 'string', validate: () => true });
  ajv.addFormat('byte', BASE64);
  ajv.addSchema({ $id: BASE, components: toJsonSchema(doc.components ?? {}, BASE, options) });
  const compiled = new Map<object, ValidateFunction>();
  const compile = (schema: object): ValidateFunction => {
    let v = compiled.get(schema);
    if (!v) {
      v = ajv.compile(toJsonSchema(schema, BASE, options));
      compiled.set(schema, v);
    }
    return v;
  };
  const resolve = (schema: Doc): Doc => deref(doc, schema).node;
  const isJson = (type: string) => /json/i.test(type);

  const check = (
    schema: object,
    value: unknown,
    base: Omit<Mismatch, 'pointer' | 'expected' | 'actual'>,
  ): Mismatch[] => {
    const v = compile(schema);
    if (v(value)) return [];
    return (v.errors ?? []).map((e) => ({
      ...base,
      pointer: e.instancePath,
      expected: expectedOf(e),
      actual: show(at(value, e.instancePath)),
    }));
  };

  /** A query or path value as the parameter's schema reads it (lists split on commas). */
  const coerce = (raw: string, param: Doc): unknown => {
    const schema = resolve(param.schema);
    const scalar = (s: string, sch: Doc): unknown => {
      const t = resolve(sch)?.type;
      if ((t === 'integer' || t === 'number') && s.trim() !== '' && !Number.isNaN(Number(s)))
        return Number(s);
      if (t === 'boolean' && (s === 'true' || s === 'false')) return s === 'true';
      return s;
    };
    if (schema?.type === 'array') {
      const explode = param.explode ?? (param.style ?? 'form') === 'form';
      const parts = explode ? [raw] : raw.split(',');
      return parts.map((p) => scalar(p, schema.items ?? {}));
    }
    return scalar(raw, schema ?? {});
  };

  const validate = (exchange: Exchange, where: string): Mismatch[] => {
    const { request, response, step } = exchange;
    const match = matchOperation(doc, request.method, request.path);
    const errorStep = isErrorStep(step);
    if (!match && !errorStep) {
      throw new DriftError(
        'UNKNOWN_OPERATION',
        `${where}: ${request.method} ${request.path} matches no operation of the Flink ${version} spec`,
      );
    }
    const operation = match ? match.name : `${request.method} ${request.path} (no operation)`;
    const out: Mismatch[] = [];
    const base = (part: string) => ({ version, operation, step, part });

    if (match && !errorStep) {
      const op = match.operation;
      const pathItem = doc.paths[match.template];
      const params: Doc[] = [...(pathItem.parameters ?? []), ...(op.parameters ?? [])].map(resolve);
      for (const [name, value] of Object.entries(match.params)) {
        const p = params.find((x) => x.in === 'path' && x.name === name);
        if (p?.schema) out.push(...check(p.schema, coerce(value, p), base(`path ${name}`)));
      }
      for (const [name, value] of Object.entries(request.query)) {
        const p = params.find((x) => x.in === 'query' && x.name === name);
        if (!p) {
          out.push({
            ...base(`query ${name}`),
            pointer: '',
            expected: 'a documented query parameter',
            actual: show(value),
          });
        } else if (p.schema) {
          out.push(...check(p.schema, coerce(value, p), base(`query ${name}`)));
        }
      }
      for (const p of params) {
        if (p.in === 'query' && p.required && !(p.name in request.query)) {
          out.push({
            ...base(`query ${p.name}`),
            pointer: '',
            expected: 'required',
            actual: 'missing',
          });
        }
      }
      if (request.body !== null) {
        const content = resolve(op.requestBody)?.content ?? {};
        const type = (request.headers['content-type'] ?? 'application/json').split(
          ';',
        )[0] as string;
        const media = content[type];
        if (!media) {
          out.push({
            ...base('request body'),
            pointer: '',
            expected: `content type one of ${show(Object.keys(content))}`,
            actual: type,
          });
        } else if (media.schema) {
          const body = request.body as {
            multipart?: { name: string; filename?: string; value?: string }[];
          };
          const value =
            type === 'multipart/form-data' && Array.isArray(body?.multipart)
              ? Object.fromEntries(
                  body.multipart.map((p) => [p.name, p.value ?? `<file ${p.filename}>`]),
                )
              : request.body;
          out.push(...check(media.schema, value, base('request body')));
        }
      }
    }

    const responses = match?.operation.responses ?? {};
    const documented = responses[String(response.status)] ?? responses.default;
    const errorBody = doc.components?.schemas?.ErrorResponseBody;
    const part = `response ${response.status}`;
    if (!match) {
      if (errorBody) out.push(...check(ERROR_BODY, response.body, base(part)));
      else
        out.push({
          ...base(part),
          pointer: '',
          expected: 'a documented error response',
          actual: show(response.body),
        });
      return out;
    }
    if (!documented) {
      out.push({
        ...base(part),
        pointer: '',
        expected: `a documented status (${Object.keys(responses).join(', ')})`,
        actual: `${response.status} ${show(response.body)}`,
      });
      return out;
    }
    const content = resolve(documented).content ?? {};
    const jsonType = Object.keys(content).find(isJson);
    const schema = jsonType ? content[jsonType].schema : undefined;
    if (schema && response.body !== null)
      out.push(...check(schema, response.body as Json, base(part)));
    return out;
  };

  return { validate };
}
