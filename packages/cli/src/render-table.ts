/** A cell as Flink sends it: objects and arrays are shown as compact JSON. */
function cell(value: unknown): string {
  if (value === undefined || value === null) return '-';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value).replace(/\s*\n\s*/g, ' ');
}

/**
 * Rows under upper-case headers, columns padded with two spaces, no trailing blanks; with no
 * rows, `empty` alone.
 */
export function renderTable(
  headers: readonly string[],
  rows: readonly (readonly unknown[])[],
  empty = '(none)',
): string {
  if (rows.length === 0) return `${empty}\n`;
  const text = [headers.map((h) => h.toUpperCase()), ...rows.map((r) => r.map(cell))];
  const widths = headers.map((_, i) => Math.max(...text.map((r) => (r[i] ?? '').length)));
  return text
    .map((r) =>
      r
        .map((c, i) => (c ?? '').padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .map((line) => `${line}\n`)
    .join('');
}

/** An object's top-level fields as a KEY / VALUE table. */
export function renderFields(object: unknown): string {
  if (object === null || typeof object !== 'object' || Array.isArray(object))
    return `${cell(object)}\n`;
  return renderTable(['key', 'value'], Object.entries(object));
}
