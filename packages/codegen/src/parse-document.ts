import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import { CodegenError } from './errors.js';

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
    throw new CodegenError('PARSE_ERROR', `${source}: invalid JSON${at}: ${reason}`, {
      where: source,
      cause: error,
    });
  }
}

function parseYaml(text: string, source: string): unknown {
  try {
    // YAML 1.2 core schema (no dates, no YAML 1.1 yes/no booleans); duplicate keys are errors.
    return load(text, { schema: CORE_SCHEMA, filename: source });
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const mark = error.mark as { line: number; column: number } | undefined;
    const at = mark ? ` at line ${mark.line + 1} column ${mark.column + 1}` : '';
    throw new CodegenError('PARSE_ERROR', `${source}: invalid YAML${at}: ${error.reason}`, {
      where: source,
      cause: error,
    });
  }
}

/**
 * Parses a JSON or YAML document. `source` (a file path or URL) is only used in messages;
 * `contentType` is the HTTP media type when the text came from a server.
 */
export function parseDocument(text: string, source: string, contentType?: string): unknown {
  if (text.trim() === '') {
    throw new CodegenError('PARSE_ERROR', `${source}: the document is empty`, { where: source });
  }
  return looksLikeJson(text, contentType) ? parseJson(text, source) : parseYaml(text, source);
}
