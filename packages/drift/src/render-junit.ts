import { checksByOperation, type ProbeReport } from './probe-report.js';
import { probeHeadline } from './render-probe-text.js';

// Characters XML 1.0 forbids even escaped (control characters but tab, LF, CR).
// biome-ignore lint/suspicious/noControlCharactersInRegex: those are what it removes.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

function xml(text: string): string {
  return text
    .replace(FORBIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * JUnit XML for any CI system: one `<testsuite>` for the cluster, one `<testcase>` per spec
 * operation, one `<failure>` per mismatch, an `<error>` per request that got no judgeable
 * answer, and `<skipped>` for an operation the cluster does not serve.
 */
export function renderJunit(report: ProbeReport): string {
  const cases: string[] = [];
  let failures = 0;
  let errors = 0;
  let skipped = 0;
  const suite = `flink-drift probe ${report.url} (Flink ${report.flinkRelease})`;
  for (const [operation, checks] of checksByOperation(report.checks)) {
    const body: string[] = [];
    for (const c of checks) {
      for (const m of c.mismatches) {
        failures++;
        const message = `${c.path} ${m.part} ${m.pointer || '/'}: expected ${m.expected}, got ${m.actual}`;
        body.push(
          `      <failure message="${xml(message)}" type="drift">${xml(message)}</failure>`,
        );
      }
      if (c.outcome === 'error') {
        errors++;
        body.push(
          `      <error message="${xml(`${c.path}: ${c.reason ?? 'error'}`)}" type="error"/>`,
        );
      }
    }
    if (checks.every((c) => c.outcome === 'not-available')) {
      skipped++;
      body.push(`      <skipped message="${xml(`not available: ${checks[0]?.reason ?? ''}`)}"/>`);
    }
    const open = `    <testcase classname="${xml(`flink-${report.line}`)}" name="${xml(operation)}"`;
    cases.push(body.length === 0 ? `${open}/>` : `${open}>\n${body.join('\n')}\n    </testcase>`);
  }
  const total = cases.length;
  const seconds = (report.durationMs / 1000).toFixed(3);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="flink-drift probe" tests="${total}" failures="${failures}" errors="${errors}" skipped="${skipped}" time="${seconds}">`,
    `  <testsuite name="${xml(suite)}" tests="${total}" failures="${failures}" errors="${errors}" skipped="${skipped}" time="${seconds}">`,
    `    <properties><property name="summary" value="${xml(probeHeadline(report))}"/></properties>`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
