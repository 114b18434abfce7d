import { createRequire } from 'node:module';
import type { OpenApiDocument, Overlay } from '@flink-rest/specs';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { CodegenError } from './errors.js';

const require = createRequire(import.meta.url);
/** The openapi-typescript release that writes the types; named in every header. */
export const openapiTypescriptVersion: string = (
  require('openapi-typescript/package.json') as { version: string }
).version;

export interface HeaderInfo {
  /** What the types describe, e.g. `Apache Flink 2.3.0 JobManager REST API`. */
  readonly title: string;
  /** How to regenerate the file, e.g. `flink-codegen generate --all`. */
  readonly command: string;
  /** The spec: where it was read from (a repository-relative path or a URL) and its sha256. */
  readonly spec: { readonly source: string; readonly sha256: string };
  /** The overlays applied (in order) and `overlaysDigest` of them. */
  readonly overlays: { readonly applied: readonly Overlay[]; readonly sha256: string };
}

/**
 * The do-not-edit header: the Flink version, the sha256 of the spec and of the overlays, and
 * each overlay's id and upstream issue. No dates or absolute paths: the file must be the same
 * byte for byte on every machine.
 */
export function renderHeader(info: HeaderInfo): string {
  const lines = [
    'GENERATED FILE - DO NOT EDIT.',
    `TypeScript types of the ${info.title},`,
    `written by @flink-rest/codegen with openapi-typescript ${openapiTypescriptVersion}.`,
    `Regenerate: ${info.command}`,
    '',
    `Spec: ${info.spec.source}`,
    `  sha256 ${info.spec.sha256}`,
  ];
  if (info.overlays.applied.length === 0) {
    lines.push('Overlays: none');
  } else {
    lines.push(
      `Overlays (specs/overlays/, ${info.overlays.applied.length} applied in this order):`,
      `  sha256 ${info.overlays.sha256}`,
      ...info.overlays.applied.map((o) => `  - ${o.id} (${o.upstream})`),
    );
  }
  return `${lines.map((l) => (l === '' ? '//' : `// ${l}`)).join('\n')}\n\n`;
}

/**
 * TypeScript for `document` as openapi-typescript emits it (`paths`, `components`,
 * `operations`, ...), after the header. `source` names the document in an error.
 */
export async function generateTypes(
  document: OpenApiDocument,
  header: HeaderInfo,
  source: string = header.spec.source,
): Promise<string> {
  let body: string;
  try {
    const ast = await openapiTS(structuredClone(document) as unknown as OpenAPI3, { silent: true });
    body = astToString(ast);
  } catch (error) {
    const message = (error as Error).message.split('\n')[0];
    throw new CodegenError(
      'GENERATION_FAILED',
      `${source}: openapi-typescript failed: ${message}`,
      {
        where: source,
        cause: error,
      },
    );
  }
  return renderHeader(header) + body;
}
