import { type LoadedSpec, loadSpecFile, parseSpec } from '@flink-rest/specs';
import { asCodegenError, CodegenError } from './errors.js';
import { httpGet } from './http-get.js';

export interface LoadSpecOptions {
  /** For a URL: longest wait, in ms. Default 10_000. */
  timeoutMs?: number;
}

const isUrl = (source: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(source);

/**
 * Reads a spec from a file or an http(s) URL (JSON or YAML) and checks it (OpenAPI 3, no
 * dangling `$ref`). Files are read by `@flink-rest/specs`; this adds the network. Every failure
 * is a `CodegenError`: `FETCH_FAILED`, `TIMEOUT` or `HTTP_ERROR` for the URL, `SPEC_ERROR`
 * for the spec itself (unreadable file, invalid document).
 */
export async function loadSpec(source: string, options: LoadSpecOptions = {}): Promise<LoadedSpec> {
  if (!isUrl(source)) return asCodegenError(() => loadSpecFile(source));
  const response = await httpGet(source, { timeoutMs: options.timeoutMs });
  if (response.status !== 200) {
    throw new CodegenError('HTTP_ERROR', `GET ${source} answered HTTP ${response.status}`, {
      where: source,
    });
  }
  return asCodegenError(async () => parseSpec(response.text, source, response.contentType));
}
