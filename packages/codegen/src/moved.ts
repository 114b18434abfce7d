/**
 * Names that moved out of this package with the spec loader, re-exported until the packages
 * that import them from here (`@flink-rest/contract-tests`) import them from their new home.
 * Remove this module then.
 */
import * as specs from '@flink-rest/specs';
import { supportedVersions } from '@flink-rest/versions';

/** @deprecated Moved: `import { loadPinnedSpec } from '@flink-rest/specs'`. */
export const loadPinnedSpec: typeof specs.loadPinnedSpec = specs.loadPinnedSpec;
/** @deprecated Moved: `import { listOverlays } from '@flink-rest/specs'`. */
export const listOverlays: typeof specs.listOverlays = specs.listOverlays;
/** @deprecated Moved: `import { applyOverlayList } from '@flink-rest/specs'`. */
export const applyOverlayList: typeof specs.applyOverlayList = specs.applyOverlayList;
/** @deprecated Moved: `import { overlayAppliesTo } from '@flink-rest/specs'`. */
export const overlayAppliesTo: typeof specs.overlayAppliesTo = specs.overlayAppliesTo;
/** @deprecated Moved: `import type { Overlay } from '@flink-rest/specs'`. */
export type Overlay = specs.Overlay;
/** @deprecated The version matrix: `import { supportedVersions } from '@flink-rest/versions'`. */
export const pinnedVersions: typeof supportedVersions = supportedVersions;
