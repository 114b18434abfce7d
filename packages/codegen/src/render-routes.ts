import type { OpenApiDocument } from '@flink-rest/specs';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** One operation of a spec: its method (upper case), path, and Operation Object. */
export interface SpecOperation {
  readonly method: string;
  readonly path: string;
  readonly operation: Record<string, unknown>;
}

/** Every operation of a spec, in document order (paths, then methods as OpenAPI lists them). */
export function operationsOf(document: OpenApiDocument): SpecOperation[] {
  const operations: SpecOperation[] = [];
  const paths = (document as { paths?: Record<string, Record<string, unknown>> }).paths ?? {};
  for (const [path, item] of Object.entries(paths)) {
    for (const method of METHODS) {
      const operation = item && typeof item === 'object' ? item[method] : undefined;
      if (operation !== undefined) {
        operations.push({
          method: method.toUpperCase(),
          path,
          operation: operation as Record<string, unknown>,
        });
      }
    }
  }
  return operations;
}

/**
 * Every `METHOD /path` of a spec, sorted: the client's runtime check that a call exists in the
 * pinned version (types alone vanish at run time).
 */
export function routesOf(document: OpenApiDocument): string[] {
  return operationsOf(document)
    .map((o) => `${o.method} ${o.path}`)
    .sort();
}

/** The `flink-<line>.routes.ts` module: `header` (comment lines) then the route set. */
export function renderRoutesModule(header: string, routes: readonly string[]): string {
  return [
    header.trimEnd(),
    '',
    "/** `METHOD /path` of every operation in this version's spec. */",
    'export const routes: ReadonlySet<string> = new Set([',
    ...routes.map((r) => `  ${JSON.stringify(r).replace(/^"|"$/g, "'")},`),
    ']);',
    '',
  ].join('\n');
}

function ident(line: string): string {
  return line.replace('.', '_');
}

/**
 * `versions.ts`: the registry the client's root entry point reads — each line's `paths` type
 * and route set — so adding a version to the matrix needs no hand edit in the client.
 */
export function renderRegistryModule(header: string, lines: readonly string[]): string {
  return [
    header.trimEnd(),
    '',
    ...lines.map((l) => `import type { paths as paths_${ident(l)} } from './flink-${l}.js';`),
    ...lines.map((l) => `import { routes as routes_${ident(l)} } from './flink-${l}.routes.js';`),
    '',
    '/** The generated `paths` type of each supported Flink line. */',
    'export interface PathsByVersion {',
    ...lines.map((l) => `  readonly '${l}': paths_${ident(l)};`),
    '}',
    '',
    '/** The supported lines, oldest first: what a range such as `1.18 - 2.3` walks at the type level. */',
    `export type LineOrder = readonly [${lines.map((l) => `'${l}'`).join(', ')}];`,
    '',
    '/** The route set of each supported Flink line, oldest first. */',
    'export const routesByVersion: { readonly [L in keyof PathsByVersion]: ReadonlySet<string> } = {',
    ...lines.map((l) => `  '${l}': routes_${ident(l)},`),
    '};',
    '',
  ].join('\n');
}
