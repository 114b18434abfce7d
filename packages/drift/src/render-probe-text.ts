import { checksByOperation, type ProbeReport } from './probe-report.js';

/** The first line of every rendering: what was probed and what came out. */
export function probeHeadline(report: ProbeReport): string {
  const { summary: s } = report;
  const spec = report.overlays ? 'with our overlays' : 'as extracted, no overlays';
  return (
    `Flink ${report.flinkRelease} at ${report.url} against the ${report.line} spec (${spec}): ` +
    `${report.operationsChecked} operations checked in ${report.requestsSent} GET requests; ` +
    `${s.mismatches} mismatches in ${s.drift} answers, ${s.notAvailable} not available, ${s.error} errors`
  );
}

/** The human report: the headline, then each operation that is not plainly ok. */
export function renderProbeText(report: ProbeReport): string {
  const lines = [probeHeadline(report)];
  for (const [operation, checks] of checksByOperation(report.checks)) {
    const bad = checks.filter((c) => c.outcome !== 'ok');
    if (bad.length === 0) {
      lines.push(`  ok             ${operation} (${checks.length})`);
      continue;
    }
    for (const c of bad) {
      lines.push(
        `  ${c.outcome.padEnd(14)} ${operation} ${c.path}${c.reason ? `: ${c.reason}` : ''}`,
      );
      for (const m of c.mismatches) {
        lines.push(`      ${m.part} ${m.pointer || '/'}: expected ${m.expected}, got ${m.actual}`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
