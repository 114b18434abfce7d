import type { DriftReport } from './change.js';

/** The report as JSON text: 2-space indented, with a trailing newline. */
export function renderJson(report: DriftReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
