import { Composer, type CST, Parser } from 'yaml';
import { SpecError } from './errors.js';
import { oneLine } from './one-line.js';

/** Line and column (both from 1) of a character offset in `text`. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

/** Whether a body is JSON: by its media type when known, else by its first character. */
export function looksLikeJson(text: string, contentType?: string): boolean {
  if (contentType !== undefined && /[/+]json\b/i.test(contentType)) return true;
  if (contentType !== undefined && /yaml/i.test(contentType)) return false;
  return /^\s*[{[]/.test(text);
}

function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message)?.[1];
    const at =
      position === undefined
        ? ''
        : (({ line, column }) => ` at line ${line} column ${column}`)(
            lineColumn(text, Number(position)),
          );
    const reason = message.replace(/ in JSON at position \d+.*$/s, '').replace(/\s+/g, ' ');
    throw new SpecError('PARSE_ERROR', `${source}: invalid JSON${at}: ${reason}`, {
      where: source,
      cause: error,
    });
  }
}

/**
 * YAML 1.2 core schema: no dates, no YAML 1.1 yes/no booleans, no merge keys; a tag outside
 * the schema (`!!binary`, `!foo`) and a duplicate key are errors. Aliases are expanded at most
 * 100 times (`maxAliasCount`): an alias bomb, a 1 KB document that expands to billions of
 * nodes, is refused instead of filling memory.
 */
const YAML_OPTIONS = {
  version: '1.2',
  schema: 'core',
  uniqueKeys: true,
  resolveKnownTags: false,
  merge: false,
  prettyErrors: false,
  logLevel: 'error',
} as const;

/**
 * How deep YAML collections may nest. The library builds documents recursively, and a stack
 * overflow inside V8's regular-expression compiler is a fatal error, not a catchable
 * RangeError; so depth is checked on the parser's tokens (built without recursion) before
 * anything recursive runs. Our specs nest 11 deep.
 */
export const MAX_YAML_DEPTH = 100;

const COLLECTIONS = new Set(['block-map', 'block-seq', 'flow-collection']);

/** The offset of the first collection nested deeper than `MAX_YAML_DEPTH`, if any. */
function tooDeepAt(tokens: readonly CST.Token[]): number | undefined {
  const stack: [unknown, number][] = tokens.map((t) => [t, 0]);
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [node, depth] = next;
    const token = node as { type?: string; offset?: number };
    const here = COLLECTIONS.has(token.type ?? '') ? depth + 1 : depth;
    if (here > MAX_YAML_DEPTH) return token.offset ?? 0;
    for (const child of Object.values(token)) {
      if (child !== null && typeof child === 'object') stack.push([child, here]);
    }
  }
  return undefined;
}

function parseYaml(text: string, source: string): unknown {
  const fail = (offset: number | undefined, reason: string, cause?: unknown): never => {
    const at =
      offset === undefined
        ? ''
        : (({ line, column }) => ` at line ${line} column ${column}`)(lineColumn(text, offset));
    throw new SpecError('PARSE_ERROR', `${source}: invalid YAML${at}: ${oneLine(reason)}`, {
      where: source,
      cause,
    });
  };
  const tokens = Array.from(new Parser().parse(text));
  const deep = tooDeepAt(tokens);
  if (deep !== undefined) fail(deep, `nested more than ${MAX_YAML_DEPTH} levels deep`);
  const docs = Array.from(new Composer(YAML_OPTIONS).compose(tokens, true, text.length));
  const [doc, second] = docs;
  if (doc === undefined) return null;
  if (second !== undefined) fail(second.range[0], 'two or more documents; a spec is one');
  // The library only warns about a tag it cannot resolve, and would keep the tagged text.
  const first = doc.errors[0] ?? doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
  if (first) fail(first.pos[0], first.message, first);
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // A ReferenceError: "Excessive alias count indicates a resource exhaustion attack".
    return fail(undefined, `aliases expand too much (${(error as Error).message})`, error);
  }
}

/**
 * Parses a JSON or YAML document. `source` (a file path or URL) is only used in messages;
 * `contentType` is the HTTP media type when the text came from a server.
 */
export function parseDocument(text: string, source: string, contentType?: string): unknown {
  if (text.trim() === '') {
    throw new SpecError('PARSE_ERROR', `${source}: the document is empty`, { where: source });
  }
  return looksLikeJson(text, contentType) ? parseJson(text, source) : parseYaml(text, source);
}
