/**
 * What every client benchmark shares: the row format `scripts/write-benchmarks.mjs` reads
 * (one `.bench/<name>.json` per section of BENCHMARKS.md) and the few statistics they report.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Row {
  readonly name: string;
  /** null: not measured, because the step failed; `note` says why. */
  readonly value: number | null;
  readonly unit: string;
  readonly note?: string;
}

/** The client package's directory. */
export const pkg = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Where results go; scripts/write-benchmarks.mjs reads every `*.json` in it. */
export const benchDir = path.join(pkg, '.bench');

/** The machine's 1-minute load average when this benchmark started. */
const loadAtStart = os.loadavg()[0] ?? 0;

/**
 * Writes one section; a `timed` one ends with a row that says how busy the machine was, since
 * timings on a shared machine are read against it.
 */
export async function writeSection(
  file: string,
  title: string,
  measured: readonly Row[],
  { timed = true } = {},
) {
  const rows: Row[] = [...measured];
  if (timed) {
    rows.push({
      name: 'machine load while measured: 1-minute load average at the end',
      value: os.loadavg()[0] ?? 0,
      unit: '',
      note: `${loadAtStart.toFixed(2)} at the start; ${os.cpus().length} CPUs`,
    });
  }
  await mkdir(benchDir, { recursive: true });
  await writeFile(path.join(benchDir, file), `${JSON.stringify({ title, rows }, null, 2)}\n`);
  process.stderr.write(
    `${title}\n${rows.map((r) => `  ${r.name}: ${r.value === null ? 'failed' : r.value.toFixed(r.unit === 'x' ? 3 : 2)} ${r.unit}${r.note ? `  (${r.note})` : ''}`).join('\n')}\n`,
  );
}

/** The q-quantile of `xs` (0.5: the median), by linear interpolation between ranks. */
export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) throw new RangeError('quantile of no values');
  const sorted = [...xs].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (at - lo);
}

export const median = (xs: readonly number[]) => quantile(xs, 0.5);

/** Whether a measured value met its goal, as a note: `goal ≤ 1.30: met`. */
export function goal(value: number | null, limit: number, text: string): string {
  if (value === null) return `goal ${text}: not measured`;
  return `goal ${text}: ${value <= limit ? 'met' : 'not met'}`;
}
