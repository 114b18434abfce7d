import type { Change, ChangeInput, DriftReport, DriftSummary, SpecSide } from './change.js';
import { classify } from './classify.js';
import { diffOperation } from './diff-operations.js';
import { type Operation, operationsOf, pathShape } from './operations.js';
import { isObject } from './resolve-ref.js';

export interface DiffOptions {
  /** How the older spec is named in the report (a line such as `1.20`, or a path). */
  readonly fromLabel?: string;
  readonly toLabel?: string;
  /** Whether our overlays were applied to each side (pinned lines only). */
  readonly fromOverlays?: boolean;
  readonly toOverlays?: boolean;
}

/** Orders changes by operation, location, pointer, kind: reports are stable for diffing. */
export function compareChanges(a: ChangeInput, b: ChangeInput): number {
  return (
    a.operation.localeCompare(b.operation, 'en') ||
    a.location.localeCompare(b.location, 'en') ||
    a.pointer.localeCompare(b.pointer, 'en') ||
    a.kind.localeCompare(b.kind, 'en') ||
    String(a.from ?? a.to ?? '').localeCompare(String(b.from ?? b.to ?? ''), 'en')
  );
}

/** Pairs operations by `METHOD /path`, then by path shape (renamed path parameters). */
function pairOperations(
  before: Map<string, Operation>,
  after: Map<string, Operation>,
): { pairs: [Operation, Operation][]; removed: Operation[]; added: Operation[] } {
  const pairs: [Operation, Operation][] = [];
  const restBefore: Operation[] = [];
  const restAfter = new Map(after);
  for (const [key, op] of before) {
    const match = after.get(key);
    if (match) {
      pairs.push([op, match]);
      restAfter.delete(key);
    } else {
      restBefore.push(op);
    }
  }
  const removed: Operation[] = [];
  for (const op of restBefore) {
    const candidates = [...restAfter.values()].filter((o) => o.shape === op.shape);
    const sameShapeBefore = restBefore.filter((o) => o.shape === op.shape);
    const only = candidates[0];
    if (candidates.length === 1 && sameShapeBefore.length === 1 && only) {
      pairs.push([op, only]);
      restAfter.delete(only.key);
    } else {
      removed.push(op);
    }
  }
  return { pairs, removed, added: [...restAfter.values()] };
}

function sideOf(doc: unknown, label: string, operations: number, overlays?: boolean): SpecSide {
  const info = isObject(doc) && isObject(doc.info) ? doc.info : {};
  return {
    label,
    ...(typeof info.version === 'string' ? { version: info.version } : {}),
    ...(overlays === undefined ? {} : { overlays }),
    operations,
  };
}

/** Counts of a list of changes. */
export function summarize(changes: readonly Change[]): DriftSummary {
  const changed = new Set(
    changes
      .filter((c) => c.kind !== 'operation-added' && c.kind !== 'operation-removed')
      .map((c) => c.operation),
  );
  return {
    breaking: changes.filter((c) => c.breaking).length,
    nonBreaking: changes.filter((c) => !c.breaking).length,
    operationsAdded: changes.filter((c) => c.kind === 'operation-added').length,
    operationsRemoved: changes.filter((c) => c.kind === 'operation-removed').length,
    operationsChanged: changed.size,
  };
}

/** Adds the classification (`breaking`, `reason`, `flinkCheck`) to a change the differ found. */
export function toChange(input: ChangeInput): Change {
  return { ...input, ...classify(input) };
}

/**
 * Compares two OpenAPI 3 documents for a client written against `from`: every added and
 * removed operation, and every change of the operations both have, each classified. Pure: the
 * documents are only read.
 */
export function diffSpecs(from: unknown, to: unknown, options: DiffOptions = {}): DriftReport {
  const before = operationsOf(from);
  const after = operationsOf(to);
  const { pairs, removed, added } = pairOperations(before, after);
  const docs = { fromDoc: from, toDoc: to };
  const inputs: ChangeInput[] = [
    ...removed.map((op): ChangeInput => {
      // Same path under another method: Flink's method check, not its url check.
      const moved = added.find((o) => pathShape(o.path) === pathShape(op.path));
      return {
        kind: 'operation-removed',
        operation: op.key,
        location: 'operation',
        pointer: '',
        ...(moved === undefined ? {} : { from: op.method, to: moved.method }),
      };
    }),
    ...added.map(
      (op): ChangeInput => ({
        kind: 'operation-added',
        operation: op.key,
        location: 'operation',
        pointer: '',
      }),
    ),
    ...pairs.flatMap(([a, b]) => diffOperation(a, b, docs)),
  ];
  const changes = inputs.sort(compareChanges).map(toChange);
  return {
    from: sideOf(from, options.fromLabel ?? 'from', before.size, options.fromOverlays),
    to: sideOf(to, options.toLabel ?? 'to', after.size, options.toOverlays),
    summary: summarize(changes),
    changes,
  };
}
