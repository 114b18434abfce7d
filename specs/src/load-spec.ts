import type { FlinkRelease } from '@flink-rest/versions';
import { applyOverlayList } from './apply-overlay.js';
import { SpecError } from './errors.js';
import { listOverlays, overlaysDigest } from './list-overlays.js';
import type { Overlay } from './overlay-file.js';
import { parseDocument } from './parse-document.js';
import { pinnedSpecPath } from './paths.js';
import { readText } from './read-text.js';
import { resolvePinned } from './resolve-pinned.js';
import { sha256 } from './sha256.js';
import { type OpenApiDocument, validateOpenApi } from './validate-openapi.js';

/** A spec as read: its text, the checked document, and where it came from. */
export interface LoadedSpec {
  /** File path or URL, as given. */
  readonly source: string;
  readonly text: string;
  readonly document: OpenApiDocument;
  /** sha256 of `text`. */
  readonly sha256: string;
}

/**
 * Parses and checks spec text: OpenAPI 3, no dangling `$ref`. `source` (a file or URL) names
 * the spec in errors; `contentType` is the HTTP media type when the text came from a server.
 */
export function parseSpec(text: string, source: string, contentType?: string): LoadedSpec {
  const document = validateOpenApi(parseDocument(text, source, contentType), source);
  return { source, text, document, sha256: sha256(text) };
}

/** Reads a spec file (JSON or YAML) and checks it; a file that cannot be read is `READ_FAILED`. */
export async function loadSpecFile(file: string): Promise<LoadedSpec> {
  return parseSpec(await readText(file, 'the spec'), file);
}

export interface PinnedSpecOptions {
  /** Apply our overlays (`overlays/`). */
  overlays: boolean;
  /** Default: this package's folder. */
  specsDir?: string;
  /** Default: this package's `overlays/`. */
  overlaysDir?: string;
  /** Overlays already read (by `listOverlays`), instead of reading `overlaysDir`. */
  overlayList?: readonly Overlay[];
  /** The pinned releases. Default: the version matrix (`@flink-rest/versions`). */
  pinned?: readonly FlinkRelease[];
}

/** A pinned spec ready for generation, with everything a generated file's header names. */
export interface PreparedSpec {
  readonly pinned: FlinkRelease;
  readonly spec: LoadedSpec;
  /** The document after the overlays that apply to this line (or as extracted). */
  readonly document: OpenApiDocument;
  /** The overlays applied, in order (none when `overlays: false`). */
  readonly applied: readonly Overlay[];
  /** `overlaysDigest(applied)`. */
  readonly overlaysSha256: string;
}

async function readPinned(pinned: FlinkRelease, specsDir: string | undefined) {
  const file = pinnedSpecPath(pinned.line, specsDir);
  try {
    return await loadSpecFile(file);
  } catch (error) {
    if (!(error instanceof SpecError && (error.cause as { code?: string })?.code === 'ENOENT')) {
      throw error;
    }
    // A line added to the matrix before its spec was extracted: say what to run.
    throw new SpecError(
      'SPEC_MISSING',
      `Flink ${pinned.line} is in the version matrix but has no pinned spec (${file}: no such file); extract it with npm run specs:extract -- --flink-version ${pinned.line}`,
      { where: file, cause: error },
    );
  }
}

/**
 * Loads the pinned spec of a line (`2.3`, or a release of it such as `2.3.0`) and, if asked,
 * applies the overlays that apply to it. A version outside the matrix is `UNPINNED_VERSION`; a
 * line of the matrix whose spec is not extracted yet is `SPEC_MISSING`.
 */
export async function preparePinnedSpec(
  version: string,
  options: PinnedSpecOptions,
): Promise<PreparedSpec> {
  const pinned = resolvePinned(version, undefined, options.pinned);
  const spec = await readPinned(pinned, options.specsDir);
  const overlays = !options.overlays
    ? []
    : (options.overlayList ?? (await listOverlays({ overlaysDir: options.overlaysDir })));
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
 * Applies to `doc` every overlay (from `overlays/`) that applies to `line`, and returns the
 * corrected copy. Throws `OVERLAY_TARGET_MISSING` when one of them selects nothing.
 */
export async function applyOverlays(
  doc: OpenApiDocument,
  line: string,
  options: { overlaysDir?: string } = {},
): Promise<OpenApiDocument> {
  const overlays = await listOverlays({ overlaysDir: options.overlaysDir });
  return applyOverlayList(doc, overlays, line).document;
}
