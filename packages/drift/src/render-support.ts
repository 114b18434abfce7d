import { cell } from './render-markdown.js';
import type { SupportBreak, SupportReport, VersionSupport } from './support-report.js';

/** `1.18 – 2.3` for a run of consecutive lines of `all`, else the lines listed. */
function describeLines(lines: readonly string[], all: readonly string[]): string {
  if (lines.length === 0) return 'none';
  if (lines.length === 1) return lines[0] as string;
  const start = all.indexOf(lines[0] as string);
  const consecutive = start >= 0 && lines.every((line, i) => all[start + i] === line);
  return consecutive ? `${lines[0]} – ${lines.at(-1)}` : lines.join(', ');
}

/** `field removed: response field \`root-exception\``, with the detail after it. */
export function describeBreak(b: SupportBreak): string {
  const where = b.where === 'response' || b.where === 'request body' ? `${b.where} field` : b.where;
  const what = b.name === undefined ? where : `${where} \`${b.name}\``;
  const detail = b.detail === undefined ? '' : ` (${b.detail})`;
  return b.where === 'operation' ? `${b.reason}${detail}` : `${b.reason}: ${what}${detail}`;
}

const status = (s: string) => (s === 'ok' ? 'ok' : '**broken**');

/**
 * The report as Markdown: the versions × status table, the calls × versions matrix, and each
 * reason a call breaks, once, with the versions it breaks in.
 */
export function renderSupportMarkdown(report: SupportReport): string {
  const all = report.versions.map((v) => v.line);
  const operations = new Set(report.calls.map((c) => c.operation)).size;
  const lines = [
    `# Flink versions the code under \`${report.dir}\` supports`,
    '',
    `${report.calls.length} call(s) of ${operations} operation(s), checked against the pinned ` +
      `spec (with overlays) of each supported line; \`--flink-version\`: ` +
      `${describeLines(report.range, all)}.`,
    '',
    `Supported: ${describeLines(report.summary.supported, all)}. ` +
      (report.summary.brokenInRange.length === 0
        ? 'No break in `--flink-version`.'
        : `**Broken in \`--flink-version\`: ${report.summary.brokenInRange.join(', ')}.**`),
    '',
    '| Flink | Spec | In `--flink-version` | Status | Breaks |',
    '|---|---|---|---|---|',
    ...report.versions.map(
      (v: VersionSupport) =>
        `| ${v.line} | ${v.version ?? ''} | ${v.inRange ? 'yes' : 'no'} | ${status(v.status)} | ${v.breaks.length} |`,
    ),
    '',
    '## Calls',
    '',
    `| Call | At | ${all.join(' | ')} |`,
    `|---|---|${all.map(() => '---|').join('')}`,
    ...report.calls.map(
      (c) =>
        `| \`${cell(c.operation)}\` | \`${cell(c.at)}\` | ${all
          .map((line) => status(c.status[line] ?? 'ok'))
          .join(' | ')} |`,
    ),
    '',
  ];
  // The same break in several versions is listed once, with its versions.
  const grouped = new Map<string, { brk: SupportBreak; versions: string[] }>();
  for (const v of report.versions) {
    for (const brk of v.breaks) {
      const key = JSON.stringify([brk.at, brk.operation, describeBreak(brk)]);
      const entry = grouped.get(key) ?? { brk, versions: [] };
      entry.versions.push(v.line);
      grouped.set(key, entry);
    }
  }
  if (grouped.size > 0) {
    lines.push('## Why', '');
    for (const { brk, versions } of grouped.values()) {
      lines.push(
        `- \`${brk.at}\` \`${brk.operation}\`: ${describeBreak(brk)}. In ${describeLines(versions, all)}.`,
      );
    }
    lines.push('');
  }
  return lines.join('\n');
}
