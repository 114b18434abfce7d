import { checksByOperation, type ProbeReport } from './probe-report.js';
import { probeHeadline } from './render-probe-text.js';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/**
 * The Markdown report (what `$GITHUB_STEP_SUMMARY` shows): the headline, a table of operations
 * with their outcome counts, then one row per mismatch.
 */
export function renderProbeMarkdown(report: ProbeReport): string {
  const verdict =
    report.summary.drift > 0
      ? 'drift found'
      : report.summary.error > 0
        ? 'not every operation could be checked'
        : 'no drift';
  const lines = [
    `## flink-drift probe: ${verdict}`,
    '',
    probeHeadline(report),
    '',
    '| operation | requests | ok | drift | not available | error |',
    '|---|---|---|---|---|---|',
  ];
  const mismatchRows: string[] = [];
  const otherRows: string[] = [];
  for (const [operation, checks] of checksByOperation(report.checks)) {
    const n = (o: string) => checks.filter((c) => c.outcome === o).length;
    lines.push(
      `| \`${cell(operation)}\` | ${checks.length} | ${n('ok')} | ${n('drift')} | ${n('not-available')} | ${n('error')} |`,
    );
    for (const c of checks) {
      for (const m of c.mismatches) {
        mismatchRows.push(
          `| \`${cell(operation)}\` | \`${cell(c.path)}\` | ${cell(m.part)} | \`${cell(m.pointer || '/')}\` | ${cell(m.expected)} | \`${cell(m.actual)}\` |`,
        );
      }
      if (c.outcome === 'error' || c.outcome === 'not-available') {
        otherRows.push(`| \`${cell(c.path)}\` | ${c.outcome} | ${cell(c.reason ?? '')} |`);
      }
    }
  }
  if (mismatchRows.length > 0) {
    lines.push(
      '',
      '### Mismatches',
      '',
      '| operation | path | part | pointer | expected | actual |',
      '|---|---|---|---|---|---|',
      ...mismatchRows,
    );
  }
  if (otherRows.length > 0) {
    lines.push(
      '',
      '### Not checked',
      '',
      '| path | outcome | why |',
      '|---|---|---|',
      ...otherRows,
    );
  }
  return `${lines.join('\n')}\n`;
}
