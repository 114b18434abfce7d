import { readFile } from 'node:fs/promises';
import { applyOverlayList } from './apply-overlay.js';
import { CodegenError } from './errors.js';
import { httpGet } from './http-get.js';
import { listOverlays, overlaysDigest } from './list-overlays.js';
import type { Overlay } from './overlay-file.js';
import { parseDocument } from './parse-document.js';
import { defaultOverlaysDir, defaultSpecsDir, pinnedSpecPath } from './paths.js';
import { sha256 } from './sha256.js';
import { type OpenApiDocument, validateOpenApi } from './validate-openapi.js';
import { type PinnedVersion, resolvePinned } from './versions.js';

/** A spec as read: its text, the checked document, and where it came from. */
export interface LoadedSpec {
  /** File path or URL, as given. */
  readonly source: string;
  readonly text: string;
  readonly document: OpenApiDocument;
  /** sha256 of `text`. */
  readonly sha256: string;
}

export interface LoadSpecOptions {
  /** For a URL: longest wait, in ms. Default 10_000. */
  timeoutMs?: number;
}

const isUrl = (source: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(source);

/** Parses and checks spec text: OpenAPI 3, no dangling `$ref`. */
export function parseSpec(text: string, source: string, contentType?: string): LoadedSpec {
  const document = validateOpenApi(parseDocument(text, source, contentType), source);
  return { source, text, document, sha256: sha256(text) };
}

/** Reads a spec from a file or an http(s) URL (JSON or YAML) and checks it. */
export async function loadSpec(source: string, options: LoadSpecOptions = {}): Promise<LoadedSpec> {
  if (isUrl(source)) {
    const response = await httpGet(source, { timeoutMs: options.timeoutMs });
    if (response.status !== 200) {
      throw new CodegenError('HTTP_ERROR', `GET ${source} answered HTTP ${response.status}`, {
        where: source,
      });
    }
    return parseSpec(response.text, source, response.contentType);
  }
  let text: string;
  try {
    text = await readFile(source, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : (code ?? (error as Error).message);
    throw new CodegenError('READ_FAILED', `${source}: cannot read the spec (${why})`, {
      where: source,
      cause: error,
    });
  }
  return parseSpec(text, source);
}

export interface PinnedSpecOptions {
  /** Apply our overlays (`specs/overlays/`). */
  overlays: boolean;
  /** Default: the repository's `specs/`. */
  specsDir?: string;
  /** Default: the repository's `specs/overlays/`. */
  overlaysDir?: string;
  /** Overlays already read (by `listOverlays`), instead of reading `overlaysDir`. */
  overlayList?: readonly Overlay[];
}

/** A pinned spec ready for generation, with everything its header names. */
export interface PreparedSpec {
  readonly pinned: PinnedVersion;
  readonly spec: LoadedSpec;
  /** The document after the overlays that apply to this line (or as extracted). */
  readonly document: OpenApiDocument;
  /** The overlays applied, in order (none when `overlays: false`). */
  readonly applied: readonly Overlay[];
  /** `overlaysDigest(applied)`. */
  readonly overlaysSha256: string;
}

/**
 * Loads the pinned spec of a line (`2.3`, or a release of it such as `2.3.0`) and, if asked,
 * applies the overlays that apply to it. An unpinned version is an `UNPINNED_VERSION` error.
 */
export async function preparePinnedSpec(
  version: string,
  options: PinnedSpecOptions,
): Promise<PreparedSpec> {
  const pinned = resolvePinned(version);
  const spec = await loadSpec(pinnedSpecPath(options.specsDir ?? defaultSpecsDir(), pinned.line));
  const overlays = !options.overlays
    ? []
    : (options.overlayList ??
      (await listOverlays({ overlaysDir: options.overlaysDir ?? defaultOverlaysDir() })));
  const { document, applied } = applyOverlayList(spec.document, overlays, pinned.line);
  return { pinned, spec, document, applied, overlaysSha256: overlaysDigest(applied) };
}

/**
 * The OpenAPI document of a pinned line, as extracted (`overlays: false`) or with our
 * corrections applied (`overlays: true`).
 */
export async function loadPinnedSpec(
  line: string,
  options: PinnedSpecOptions,
): Promise<OpenApiDocument> {
  return (await preparePinnedSpec(line, options)).document;
}

/**
 * Applies to `doc` every overlay (from `specs/overlays/`) that applies to `line`, and returns
 * the corrected copy. Throws `OVERLAY_TARGET_MISSING` when one of them selects nothing.
 */
export async function applyOverlays(
  doc: OpenApiDocument,
  line: string,
  options: { overlaysDir?: string } = {},
): Promise<OpenApiDocument> {
  const overlays = await listOverlays({ overlaysDir: options.overlaysDir });
  return applyOverlayList(doc, overlays, line).document;
}
