import { loadPinnedSpec, loadSpecFile, SpecError } from '@flink-rest/specs';
import { findSupported, supportedLines } from '@flink-rest/versions';
import { DriftError } from './errors.js';

/** One side of a comparison, loaded. */
export interface LoadedSide {
  readonly document: unknown;
  /** The argument as given: a line or a path. */
  readonly label: string;
  /** Set for a pinned line: whether our overlays were applied. */
  readonly overlays?: boolean;
}

/** `2.0`, `1.20.5`: a version rather than a path. */
export function isVersionArgument(arg: string): boolean {
  return /^v?\d+\.\d+(\.\d+)?$/.test(arg.trim());
}

const oneLine = (text: string) => text.replace(/\s*\r?\n\s*/g, ' ');

/**
 * Loads what `--from`/`--to` names: a supported Flink line (`2.0`, or a release of it such as
 * `2.0.2`), giving our pinned spec with overlays applied unless `overlays` is false; or else a
 * spec file (YAML or JSON), taken as it is.
 */
export async function loadSide(
  option: string,
  arg: string,
  overlays: boolean,
): Promise<LoadedSide> {
  if (isVersionArgument(arg)) {
    const pinned = findSupported(arg);
    if (pinned === undefined) {
      throw new DriftError(
        'UNKNOWN_VERSION',
        `${option} ${arg}: no pinned spec for this Flink version; supported: ${supportedLines.join(', ')}`,
      );
    }
    const document = await loadPinnedSpec(pinned.line, { overlays });
    return { document, label: pinned.line, overlays };
  }
  try {
    const spec = await loadSpecFile(arg);
    return { document: spec.document, label: arg };
  } catch (error) {
    if (error instanceof SpecError) {
      throw new DriftError('BAD_SPEC', `${option} ${oneLine(error.message)}`, { cause: error });
    }
    throw error;
  }
}
