import { HTTP_METHODS } from './operations.js';

// biome-ignore lint/suspicious/noExplicitAny: OpenAPI documents are untyped trees.
type Doc = any;

/** The spec operation a request matched, with its path parameters. */
export interface MatchedOperation {
  /** The path template, e.g. `/jobs/{jobid}`. */
  readonly template: string;
  readonly method: string;
  /** `GET /jobs/{jobid}`. */
  readonly name: string;
  readonly operation: Doc;
  /** Path parameters by name, decoded. */
  readonly params: Record<string, string>;
}

interface Template {
  readonly template: string;
  readonly regex: RegExp;
  readonly names: string[];
}

const cache = new WeakMap<object, Template[]>();

function templatesOf(doc: Doc): Template[] {
  let list = cache.get(doc);
  if (list) return list;
  list = Object.keys(doc.paths ?? {})
    .map((template) => {
      const names: string[] = [];
      const source = template
        .split('/')
        .map((seg) => {
          const m = /^\{(.+)\}$/.exec(seg);
          if (!m) return seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          names.push(m[1] as string);
          return '([^/]+)';
        })
        .join('/');
      return { template, regex: new RegExp(`^${source}$`), names };
    })
    // Literal segments win over parameters: /jobs/overview before /jobs/{jobid}.
    .sort((a, b) => a.names.length - b.names.length || a.template.localeCompare(b.template));
  cache.set(doc, list);
  return list;
}

/** The spec operation for a method and a (decoded, `/v1`-less) path, or undefined. */
export function matchOperation(
  doc: Doc,
  method: string,
  path: string,
): MatchedOperation | undefined {
  const m = method.toLowerCase();
  if (!HTTP_METHODS.includes(m)) return undefined;
  for (const t of templatesOf(doc)) {
    const hit = t.regex.exec(path);
    if (!hit) continue;
    const operation = doc.paths[t.template]?.[m];
    if (!operation) continue;
    const params: Record<string, string> = {};
    t.names.forEach((n, i) => {
      params[n] = hit[i + 1] as string;
    });
    return {
      template: t.template,
      method: method.toUpperCase(),
      name: `${method.toUpperCase()} ${t.template}`,
      operation,
      params,
    };
  }
  return undefined;
}
