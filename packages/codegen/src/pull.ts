import {
  type LoadedSpec,
  loadSpecFile,
  parseDocument,
  parseSpec,
  pinnedSpecPath,
  resolvePinned,
} from '@flink-rest/specs';
import type { FlinkRelease } from '@flink-rest/versions';
import { asCodegenError, CodegenError } from './errors.js';
import { httpGet } from './http-get.js';

export interface PullOptions {
  /** Longest wait for each request, in ms. Default 10_000. */
  timeoutMs?: number;
  /** Where the pinned specs are. Default: `@flink-rest/specs`. */
  specsDir?: string;
}

export interface PullResult {
  /** `api-docs`: the cluster served its spec; `pinned`: our pinned spec of its line. */
  readonly origin: 'api-docs' | 'pinned';
  readonly spec: LoadedSpec;
  /** For `pinned`: the cluster's `flink-version` and the pinned version used. */
  readonly flinkVersion?: string;
  readonly pinned?: FlinkRelease;
  /** One line for people: what was done and why (for `pinned`). */
  readonly note?: string;
}

function flinkErrors(text: string): string {
  try {
    const body = JSON.parse(text) as { errors?: unknown };
    if (Array.isArray(body.errors) && typeof body.errors[0] === 'string') {
      return `: ${body.errors[0].split('\n')[0]}`;
    }
  } catch {
    // not Flink's error body: the status says enough
  }
  return '';
}

/**
 * Gets the spec of a running JobManager: `GET <url>/v1/api-docs` (JSON or YAML). No Flink
 * release serves one (404), so then the cluster's version is read from `/v1/config`
 * (`flink-version`) and the pinned spec of that line is used; a line we do not pin is a
 * `SPEC_ERROR` (its cause: `UNPINNED_VERSION`) naming the nearest pinned ones.
 */
export async function pullSpec(
  jobmanagerUrl: string,
  options: PullOptions = {},
): Promise<PullResult> {
  const base = jobmanagerUrl.replace(/\/+$/, '');
  const docsUrl = `${base}/v1/api-docs`;
  const docs = await httpGet(docsUrl, { timeoutMs: options.timeoutMs });
  if (docs.status === 200) {
    const spec = await asCodegenError(async () => parseSpec(docs.text, docsUrl, docs.contentType));
    return { origin: 'api-docs', spec };
  }
  if (docs.status !== 404) {
    throw new CodegenError(
      'HTTP_ERROR',
      `GET ${docsUrl} answered HTTP ${docs.status}${flinkErrors(docs.text)}`,
      { where: docsUrl },
    );
  }
  const configUrl = `${base}/v1/config`;
  const config = await httpGet(configUrl, { timeoutMs: options.timeoutMs });
  if (config.status !== 200) {
    throw new CodegenError(
      'HTTP_ERROR',
      `GET ${docsUrl} answered 404 and GET ${configUrl} answered HTTP ${config.status}${flinkErrors(config.text)}: is this a Flink JobManager?`,
      { where: configUrl },
    );
  }
  const body = (await asCodegenError(async () =>
    parseDocument(config.text, configUrl, config.contentType),
  )) as Record<string, unknown>;
  const flinkVersion = body?.['flink-version'];
  if (typeof flinkVersion !== 'string') {
    throw new CodegenError(
      'HTTP_ERROR',
      `${configUrl} has no string at #/flink-version: is this a Flink JobManager?`,
      { where: configUrl, pointer: '#/flink-version' },
    );
  }
  const pinned = await asCodegenError(async () => resolvePinned(flinkVersion, configUrl));
  const file = pinnedSpecPath(pinned.line, options.specsDir);
  const spec = await asCodegenError(() => loadSpecFile(file));
  const exact = pinned.version === flinkVersion ? '' : `, extracted from ${pinned.version}`;
  const note = `${docsUrl} answered 404 (Flink serves no spec); the cluster runs Flink ${flinkVersion} (${configUrl}), so using the pinned spec of line ${pinned.line} (${file}${exact})`;
  return { origin: 'pinned', spec, flinkVersion, pinned, note };
}
