import type { DriftReport } from './change.js';
import type { ProbeReport } from './probe-report.js';
import type { SupportReport } from './support-report.js';

/** A report (`diff`'s, `support`'s or `probe`'s) as JSON text: 2-space indented, with a trailing newline. */
export function renderJson(report: DriftReport | SupportReport | ProbeReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
