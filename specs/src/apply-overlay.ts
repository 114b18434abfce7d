import { type JSONValue, jsonpath } from 'json-p3';
import { SpecError } from './errors.js';
import { toPointer } from './json-pointer.js';
import type { Overlay, OverlayAction } from './overlay-file.js';
import type { OpenApiDocument } from './validate-openapi.js';
import { formatVersionRange, rangeIncludes } from './version-range.js';

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Merges `update` into `target` in place, as Overlay 1.0 says: properties of `update` replace
 * those of `target`, objects are merged recursively, anything else (arrays included) replaces.
 */
export function mergeInto(target: Record<string, unknown>, update: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(update)) {
    const current = target[key];
    if (isObject(current) && isObject(value)) mergeInto(current, value);
    else target[key] = structuredClone(value);
  }
}

/** Whether `overlay` applies to the Flink line `line` (e.g. `2.3`). */
export function overlayAppliesTo(overlay: Overlay, line: string): boolean {
  return rangeIncludes(overlay.versions, line);
}

function actionAppliesTo(action: OverlayAction, line: string): boolean {
  return action.versions === undefined || rangeIncludes(action.versions, line);
}

function parentOf(root: unknown, location: readonly (string | number)[]): unknown {
  let node = root;
  for (const step of location.slice(0, -1)) node = (node as Record<string | number, unknown>)[step];
  return node;
}

function applyAction(
  doc: OpenApiDocument,
  overlay: Overlay,
  action: OverlayAction,
  index: number,
  line: string,
): void {
  const where = `${overlay.file}: actions[${index}]`;
  const nodes = jsonpath.query(action.target, doc as unknown as JSONValue).nodes;
  if (nodes.length === 0) {
    const claims = formatVersionRange(action.versions ?? overlay.versions);
    throw new SpecError(
      'OVERLAY_TARGET_MISSING',
      `${where} target ${action.target} selects nothing in the Flink ${line} spec, yet overlay ${overlay.id} claims ${claims}`,
      { where: overlay.file },
    );
  }
  if (action.remove) {
    // Last first, so that removing an array item does not shift the ones still to remove.
    for (const node of [...nodes].reverse()) {
      const key = node.location.at(-1);
      if (key === undefined)
        throw new SpecError('OVERLAY_INVALID', `${where} cannot remove the root`, {
          where: overlay.file,
        });
      const parent = parentOf(doc, node.location);
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete (parent as Record<string, unknown>)[key];
    }
    return;
  }
  for (const node of nodes) {
    const value: unknown = node.value;
    if (Array.isArray(value)) {
      value.push(structuredClone(action.update) as JSONValue);
    } else if (isObject(value) && isObject(action.update)) {
      mergeInto(value, action.update);
    } else {
      const kind = Array.isArray(action.update) ? 'an array' : typeof action.update;
      throw new SpecError(
        'OVERLAY_INVALID',
        `${where} update is ${kind}, but the target selects ${value === null ? 'null' : typeof value} at ${toPointer(node.location)}; update needs an object target (merge) or an array target (append)`,
        { where: overlay.file, pointer: toPointer(node.location) },
      );
    }
  }
}

function applyInPlace(doc: OpenApiDocument, overlay: Overlay, line: string): void {
  overlay.actions.forEach((action, i) => {
    if (actionAppliesTo(action, line)) applyAction(doc, overlay, action, i, line);
  });
}

/**
 * Applies one overlay to a copy of `doc` for the Flink line `line` and returns the copy. Each
 * action whose `x-flink-versions` includes `line` must select at least one node: a correction
 * whose target is gone fails loudly instead of silently doing nothing.
 */
export function applyOverlay(
  doc: OpenApiDocument,
  overlay: Overlay,
  line: string,
): OpenApiDocument {
  const copy = structuredClone(doc);
  applyInPlace(copy, overlay, line);
  return copy;
}

/**
 * Applies, in the order given, every overlay of `overlays` that applies to `line` to one copy
 * of `doc`, and says which ones did.
 */
export function applyOverlayList(
  doc: OpenApiDocument,
  overlays: readonly Overlay[],
  line: string,
): { document: OpenApiDocument; applied: Overlay[] } {
  const applied = overlays.filter((o) => overlayAppliesTo(o, line));
  const document = structuredClone(doc);
  for (const overlay of applied) applyInPlace(document, overlay, line);
  return { document, applied };
}
