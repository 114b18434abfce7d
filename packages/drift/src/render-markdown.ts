import type { Change, DriftReport, SpecSide } from './change.js';
import { describeChange } from './describe-change.js';

/** Escapes what would break a Markdown table cell. */
export function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function side(s: SpecSide): string {
  return s.version === undefined || s.version === s.label
    ? `\`${s.label}\``
    : `\`${s.label}\` (${s.version})`;
}

function table(changes: readonly Change[]): string[] {
  const rows = changes.map((c) => {
    const where = c.schema === undefined ? c.location : `${c.location} (${c.schema})`;
    return `| \`${cell(c.operation)}\` | ${cell(where)} | ${cell(describeChange(c))} | ${cell(
      c.reason,
    )} | ${c.flinkCheck ?? ''} |`;
  });
  return ['| Operation | Where | Change | Why | Flink check |', '|---|---|---|---|---|', ...rows];
}

/**
 * The report as Markdown: a summary, then one table of breaking and one of non-breaking
 * changes. "Flink check" names the check of Flink's own REST API stability test that would
 * reject the change, when one would.
 */
export function renderMarkdown(report: DriftReport): string {
  const { from, to, summary, usage } = report;
  const lines = [`# Flink REST API drift: ${side(from)} → ${side(to)}`, ''];
  if (from.overlays !== undefined || to.overlays !== undefined) {
    const applied = (s: SpecSide) => (s.overlays ? 'with overlays' : 'as extracted');
    lines.push(`Specs: ${from.label} ${applied(from)}, ${to.label} ${applied(to)}.`, '');
  }
  const counts =
    `${summary.operationsAdded} added, ${summary.operationsRemoved} removed, ` +
    `${summary.operationsChanged} changed`;
  lines.push(
    usage === undefined
      ? `Operations: ${from.operations} → ${to.operations} (${counts}).`
      : `Operations: ${from.operations} → ${to.operations}; of those the code calls: ${counts}.`,
    '',
  );
  if (usage !== undefined) {
    const where = usage.dir === undefined ? '' : ` under \`${usage.dir}\``;
    const unmatched =
      usage.unmatched.length === 0
        ? ''
        : ` Not in either spec: ${usage.unmatched.map((u) => `\`${u}\``).join(', ')}.`;
    lines.push(
      `Usage: the code${where} calls ${usage.used} operation(s); ${usage.matched} of them are ` +
        `in the specs, and only changes to those are listed.${unmatched}`,
      '',
    );
  }
  lines.push(
    `**${summary.breaking} breaking**, ${summary.nonBreaking} non-breaking change(s).`,
    '',
  );
  const breaking = report.changes.filter((c) => c.breaking);
  const nonBreaking = report.changes.filter((c) => !c.breaking);
  if (breaking.length > 0) {
    lines.push(`## Breaking changes (${breaking.length})`, '', ...table(breaking), '');
  }
  if (nonBreaking.length > 0) {
    lines.push(`## Non-breaking changes (${nonBreaking.length})`, '', ...table(nonBreaking), '');
  }
  if (report.changes.length === 0) lines.push('No changes.', '');
  const callers = Object.entries(usage?.callers ?? {});
  if (callers.length > 0) {
    lines.push(
      '## Where the code calls changed operations',
      '',
      '| Operation | Called from |',
      '|---|---|',
      ...callers.map(
        ([operation, at]) =>
          `| \`${cell(operation)}\` | ${at.map((a) => `\`${cell(a)}\``).join(', ')} |`,
      ),
      '',
    );
  }
  return lines.join('\n');
}
