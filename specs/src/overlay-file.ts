import path from 'node:path';
import { jsonpath } from 'json-p3';
import { SpecError } from './errors.js';
import { parseDocument } from './parse-document.js';
import { sha256 } from './sha256.js';
import { parseVersionRange, type VersionRange } from './version-range.js';

/** One change of an overlay: an OpenAPI Overlay 1.0 Action Object. */
export interface OverlayAction {
  /** RFC 9535 JSONPath selecting the nodes to change; it must select at least one. */
  readonly target: string;
  readonly description: string | undefined;
  /** Merged into each selected object, or appended to each selected array. */
  readonly update: unknown;
  /** Removes each selected node from its parent. */
  readonly remove: boolean;
  /** `x-flink-versions`: narrows the overlay's versions for this action. */
  readonly versions: VersionRange | undefined;
}

/** One correction of Flink's spec, read from one file under `specs/overlays/`. */
export interface Overlay {
  /** Stable id, the file name without `.yaml`: what contract tests name when they prove it. */
  readonly id: string;
  /** The file it was read from. */
  readonly file: string;
  readonly title: string;
  readonly description: string | undefined;
  /** The upstream issue (`FLINK-39422`) or `none filed`. */
  readonly upstream: string;
  /** The Flink lines it applies to. */
  readonly versions: VersionRange;
  /** The exchanges (`GET /jobmanager/metrics`) whose recorded real response proves it. */
  readonly proof: readonly string[];
  readonly actions: readonly OverlayAction[];
  /** sha256 of the file's bytes. */
  readonly sha256: string;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const UPSTREAM = /^(?:FLINK-\d+|none filed)$/;
const EXCHANGE = /^(?:GET|POST|PUT|PATCH|DELETE) \/\S*$/;
const ACTION_KEYS = new Set(['target', 'description', 'update', 'remove']);

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Reads and checks an overlay file's text. Every problem is an `OVERLAY_INVALID` error that
 * names the file and the field.
 */
export function parseOverlay(text: string, file: string): Overlay {
  const fail = (field: string, problem: string): never => {
    throw new SpecError('OVERLAY_INVALID', `${file}: ${field ? `${field} ` : ''}${problem}`, {
      where: file,
    });
  };
  const doc = parseDocument(text, file);
  if (!isObject(doc)) return fail('the document', 'must be an object');
  if (doc.overlay !== '1.0.0') {
    fail('overlay', `must be "1.0.0" (OpenAPI Overlay 1.0), got ${JSON.stringify(doc.overlay)}`);
  }
  const info = doc.info;
  if (!isObject(info) || typeof info.title !== 'string' || info.title.trim() === '') {
    fail('info.title', 'must be a non-empty string');
  }
  if (!isObject(info) || typeof info.version !== 'string') fail('info.version', 'must be a string');
  const meta = doc['x-flink-rest'];
  if (!isObject(meta))
    return fail('x-flink-rest', 'must be an object with id, upstream, versions, proof');
  const id = meta.id;
  const stem = path.basename(file).replace(/\.ya?ml$/, '');
  if (typeof id !== 'string' || !ID.test(id)) {
    fail('x-flink-rest.id', `must be a kebab-case id, got ${JSON.stringify(id)}`);
  }
  if (id !== stem) fail('x-flink-rest.id', `"${String(id)}" must equal the file name "${stem}"`);
  if (typeof meta.upstream !== 'string' || !UPSTREAM.test(meta.upstream)) {
    fail(
      'x-flink-rest.upstream',
      `must be a Jira id (FLINK-12345) or "none filed", got ${JSON.stringify(meta.upstream)}`,
    );
  }
  let versions: VersionRange;
  try {
    versions = parseVersionRange(meta.versions, 'x-flink-rest.versions');
  } catch (error) {
    return fail('', (error as Error).message);
  }
  const proof = meta.proof;
  if (!Array.isArray(proof) || proof.length === 0) {
    fail(
      'x-flink-rest.proof',
      'must list the exchanges that prove it, e.g. "GET /jobmanager/metrics"',
    );
  }
  (proof as unknown[]).forEach((p, i) => {
    if (typeof p !== 'string' || !EXCHANGE.test(p)) {
      fail(
        `x-flink-rest.proof[${i}]`,
        `must look like "GET /jobs/{jobid}", got ${JSON.stringify(p)}`,
      );
    }
  });
  if (!Array.isArray(doc.actions) || doc.actions.length === 0) {
    fail('actions', 'must be a non-empty list');
  }
  const actions = (doc.actions as unknown[]).map((raw, i): OverlayAction => {
    const field = `actions[${i}]`;
    if (!isObject(raw)) return fail(field, 'must be an object');
    for (const key of Object.keys(raw)) {
      if (!ACTION_KEYS.has(key) && !key.startsWith('x-'))
        fail(`${field}.${key}`, 'is not an Action Object field');
    }
    const target = raw.target;
    if (typeof target !== 'string' || !target.startsWith('$')) {
      fail(`${field}.target`, `must be a JSONPath starting with $, got ${JSON.stringify(target)}`);
    }
    try {
      jsonpath.compile(target as string);
    } catch (error) {
      fail(
        `${field}.target`,
        `is not valid RFC 9535 JSONPath: ${(error as Error).message.split('\n')[0]}`,
      );
    }
    if (raw.remove !== undefined && typeof raw.remove !== 'boolean')
      fail(`${field}.remove`, 'must be a boolean');
    const remove = raw.remove === true;
    if (remove === (raw.update !== undefined)) {
      fail(field, 'must have exactly one of update or remove: true');
    }
    if (raw.description !== undefined && typeof raw.description !== 'string') {
      fail(`${field}.description`, 'must be a string');
    }
    let actionVersions: VersionRange | undefined;
    if (raw['x-flink-versions'] !== undefined) {
      try {
        actionVersions = parseVersionRange(raw['x-flink-versions'], `${field}.x-flink-versions`);
      } catch (error) {
        fail('', (error as Error).message);
      }
    }
    return {
      target: target as string,
      description: raw.description as string | undefined,
      update: raw.update,
      remove,
      versions: actionVersions,
    };
  });
  return {
    id: id as string,
    file,
    title: (info as { title: string }).title,
    description:
      typeof (info as Record<string, unknown>).description === 'string'
        ? ((info as Record<string, unknown>).description as string)
        : undefined,
    upstream: meta.upstream as string,
    versions,
    proof: proof as string[],
    actions,
    sha256: sha256(text),
  };
}
