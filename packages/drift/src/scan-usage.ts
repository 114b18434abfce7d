import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type ts from 'typescript';
import { DriftError } from './errors.js';
import type { FieldUse, ParameterUse } from './field-use.js';
import { HELPER_ENDPOINTS, RAW_METHODS } from './helper-endpoints.js';
import { requestOf } from './request-fields.js';
import { responseReadsOf } from './response-reads.js';

/**
 * One call of the client found in source code. For raw calls, also what it passes and reads, as
 * far as the code shows it; each list is left out when empty.
 */
export interface UsageSite {
  /** `METHOD /path`, as the spec names the operation. */
  readonly operation: string;
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  /** What the code calls: `GET` for a raw call, `savepoints.trigger`, `connect`, ... */
  readonly via: string;
  /** Raw calls: the parameters of `params: { path, query, header, cookie }` object literals. */
  readonly parameters?: readonly ParameterUse[];
  /** Raw calls: the fields of a `body` object literal, nested ones as longer paths. */
  readonly body?: readonly FieldUse[];
  /** Raw calls: the fields of `data` (the 2xx body) the code reads in the same function. */
  readonly reads?: readonly FieldUse[];
  /**
   * Raw calls: the parts of the request the scan could not see whole (a variable, a spread):
   * a required parameter or field may be passed there.
   */
  readonly opaque?: readonly ('parameters' | 'body')[];
}

type TypeScript = typeof ts;
let compiler: TypeScript | undefined;

/**
 * The TypeScript compiler, loaded on first use: only the usage scan needs it, so importing
 * this package does not load it.
 */
function typescript(): TypeScript {
  if (compiler === undefined) {
    try {
      compiler = createRequire(import.meta.url)('typescript') as TypeScript;
    } catch (error) {
      throw new DriftError(
        'BAD_USAGE_DIR',
        'the usage scan needs the "typescript" package, which cannot be loaded',
        { cause: error },
      );
    }
  }
  return compiler;
}

const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts'];
const SKIPPED_DIRS = new Set(['node_modules', '.git', 'dist', 'coverage']);

function scriptKind(fileName: string): ts.ScriptKind {
  const { ScriptKind } = typescript();
  return fileName.endsWith('.tsx') ? ScriptKind.TSX : ScriptKind.TS;
}

/** The text of a string literal or a template without substitutions, else `undefined`. */
function literalText(node: ts.Node | undefined): string | undefined {
  const ts = typescript();
  if (node === undefined) return undefined;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  return undefined;
}

/** The name a receiver goes by: `flink.savepoints` → `savepoints`, `savepoints` → itself. */
function receiverName(node: ts.Expression): string | undefined {
  const ts = typescript();
  if (ts.isPropertyAccessExpression(node)) return node.name.text;
  if (ts.isIdentifier(node)) return node.text;
  if (ts.isNonNullExpression(node) || ts.isParenthesizedExpression(node)) {
    return receiverName(node.expression);
  }
  return undefined;
}

/** What a raw call passes (`params`, `body`) and reads (`data`), without the empty lists. */
function rawCallDetails(
  ts: TypeScript,
  call: ts.CallExpression,
): Pick<UsageSite, 'parameters' | 'body' | 'reads' | 'opaque'> {
  const { parameters, body, opaque } = requestOf(ts, call.arguments[1]);
  const reads = responseReadsOf(ts, call);
  return {
    ...(parameters.length === 0 ? {} : { parameters }),
    ...(body.length === 0 ? {} : { body }),
    ...(reads.length === 0 ? {} : { reads }),
    ...(opaque.length === 0 ? {} : { opaque }),
  };
}

/**
 * `connect()` or `connect({ signal })`: the client's, not a database's `connect(url)`.
 */
function isConnectCall(ts: TypeScript, call: ts.CallExpression): boolean {
  if (call.arguments.length === 0) return true;
  const [options] = call.arguments;
  return (
    call.arguments.length === 1 &&
    options !== undefined &&
    ts.isObjectLiteralExpression(options) &&
    options.properties.every(
      (p) => p.name !== undefined && ts.isIdentifier(p.name) && p.name.text === 'signal',
    )
  );
}

/**
 * The client calls in one TypeScript source text, parsed with the TypeScript compiler API:
 * raw calls (`x.GET('/jobs/{jobid}', …)`, any receiver, a string-literal path first) with what
 * they pass and read, and the helpers of `HELPER_ENDPOINTS` (`x.savepoints.trigger(…)`,
 * `x.connect()`, `resumeOperation(…)`). Pure: nothing is read.
 */
export function usageInSource(text: string, fileName: string): UsageSite[] {
  const ts = typescript();
  const source = ts.createSourceFile(
    fileName,
    text,
    ts.ScriptTarget.Latest,
    true,
    scriptKind(fileName),
  );
  const sites: UsageSite[] = [];
  const add = (
    node: ts.Node,
    via: string,
    operations: readonly string[],
    details: Partial<UsageSite> = {},
  ) => {
    const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
    for (const operation of operations) {
      sites.push({ operation, file: fileName, line, via, ...details });
    }
  };
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      if (ts.isPropertyAccessExpression(callee)) {
        const name = callee.name.text;
        const first = literalText(node.arguments[0]);
        const receiver = receiverName(callee.expression);
        const helper = receiver === undefined ? undefined : `${receiver}.${name}`;
        if (RAW_METHODS.includes(name) && first?.startsWith('/')) {
          add(node, name, [`${name} ${first.replace(/[?#].*$/, '')}`], rawCallDetails(ts, node));
        } else if (helper !== undefined && HELPER_ENDPOINTS[helper]) {
          add(node, helper, HELPER_ENDPOINTS[helper]);
        } else if (name === 'connect' && isConnectCall(ts, node)) {
          add(node, name, HELPER_ENDPOINTS.connect ?? []);
        } else if (name === 'resumeOperation') {
          add(node, name, HELPER_ENDPOINTS.resumeOperation ?? []);
        }
      } else if (ts.isIdentifier(callee) && callee.text === 'resumeOperation') {
        add(node, callee.text, HELPER_ENDPOINTS.resumeOperation ?? []);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return sites;
}

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name, 'en'))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) files.push(...(await sourceFiles(full)));
    } else if (
      entry.isFile() &&
      SOURCE_EXTENSIONS.some((ext) => entry.name.endsWith(ext)) &&
      !/\.d\.[mc]?ts$/.test(entry.name)
    ) {
      files.push(full);
    }
  }
  return files;
}

/**
 * Every client call in the `.ts`/`.tsx`/`.mts`/`.cts` files under `dir` (not `node_modules`,
 * `dist`, `.git`, `coverage`, nor declaration files), in file order.
 */
export async function scanUsageSites(dir: string): Promise<UsageSite[]> {
  let files: string[];
  try {
    files = await sourceFiles(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new DriftError('BAD_USAGE_DIR', `--usage ${dir}: cannot read the directory (${code})`, {
      cause: error,
    });
  }
  const sites: UsageSite[] = [];
  for (const file of files) {
    sites.push(...usageInSource(await readFile(file, 'utf8'), file));
  }
  return sites;
}

/** The operations (`METHOD /path`) the code under `dir` calls through the client. */
export async function scanUsage(dir: string): Promise<Set<string>> {
  return new Set((await scanUsageSites(dir)).map((s) => s.operation));
}
