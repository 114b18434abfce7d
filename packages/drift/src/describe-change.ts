import type { ChangeInput } from './change.js';

const show = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

/** One line saying what changed, e.g. `` property removed: `jobs[].host` ``. */
export function describeChange(change: ChangeInput): string {
  const what = change.kind.replace(/-/g, ' ');
  const at = change.pointer === '' ? '' : ` \`${change.pointer}\``;
  const required =
    change.required === undefined ? '' : change.required ? ' (required)' : ' (optional)';
  switch (change.kind) {
    case 'operation-removed':
      return change.to === undefined
        ? what
        : `${what} (method ${show(change.from)} → ${show(change.to)})`;
    case 'type-changed':
    case 'format-changed':
    case 'parameter-location-changed':
    case 'path-parameter-renamed':
      return `${what}${at}: ${show(change.from ?? '(none)')} → ${show(change.to ?? '(none)')}`;
    case 'enum-value-added':
    case 'variant-added':
    case 'request-content-type-added':
    case 'response-content-type-added':
    case 'response-status-added':
      return `${what}${at}: ${show(change.to)}`;
    case 'enum-value-removed':
    case 'variant-removed':
    case 'request-content-type-removed':
    case 'response-content-type-removed':
    case 'response-status-removed':
      return `${what}${at}: ${show(change.from)}`;
    default:
      return `${what}${at}${required}`;
  }
}
