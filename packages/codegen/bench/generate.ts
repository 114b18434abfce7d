/**
 * Time to generate the types of every supported version, as `generate --all` does it (read,
 * check, apply overlays, openapi-typescript), against a baseline measured in the same run:
 * openapi-typescript alone, reading the same raw spec files itself, without our loader,
 * checks or overlays. The ratio is what our steps cost on top. A cold CLI run
 * (`generate --all --check`, Node start-up included) is what a developer or CI waits for.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { pinnedSpecPath } from '@flink-rest/specs';
import { supportedVersions } from '@flink-rest/versions';
import openapiTS, { astToString } from 'openapi-typescript';
import { renderAll, writeAll } from '../src/generate-all.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

// Generated into a scratch folder: this package does not know where its users keep theirs.
const outDir = await mkdtemp(path.join(os.tmpdir(), 'codegen-bench-'));

async function ours(): Promise<number> {
  const { files } = await renderAll({ outDir });
  return files.reduce((n, f) => n + f.contents.length, 0);
}

async function baseline(): Promise<number> {
  let n = 0;
  for (const v of supportedVersions) {
    const url = pathToFileURL(pinnedSpecPath(v.line));
    n += astToString(await openapiTS(url, { silent: true })).length;
  }
  return n;
}

async function time(fn: () => Promise<number>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

// One warm-up of each, then alternate so that neither gets a warmer process.
await ours();
await baseline();
const oursMs: number[] = [];
const baseMs: number[] = [];
for (let i = 0; i < ROUNDS; i++) {
  oursMs.push(await time(ours));
  baseMs.push(await time(baseline));
}

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
await writeAll(await renderAll({ outDir }));
const cliMs: number[] = [];
for (let i = 0; i < Math.min(ROUNDS, 3); i++) {
  const t = performance.now();
  const r = spawnSync(
    process.execPath,
    [cli, 'generate', '--all', '--check', '--out-dir', outDir],
    {
      encoding: 'utf8',
    },
  );
  cliMs.push(performance.now() - t);
  if (r.status !== 0)
    process.stderr.write(`note: generate --all --check exited ${r.status}: ${r.stderr}`);
}

const o = median(oursMs) / 1000;
const b = median(baseMs) / 1000;
const c = median(cliMs) / 1000;
await rm(outDir, { recursive: true, force: true });
const n = supportedVersions.length;
const rows = [
  {
    name: `codegen: generate all ${n} versions (load, check, overlays, openapi-typescript)`,
    value: Number(o.toFixed(3)),
    unit: 's',
    note: `median of ${ROUNDS}, warm process; target < 5 s`,
  },
  {
    name: `codegen baseline: openapi-typescript alone on the ${n} raw specs`,
    value: Number(b.toFixed(3)),
    unit: 's',
    note: `median of ${ROUNDS}, same run`,
  },
  {
    name: 'codegen: all versions / baseline',
    value: Number((o / b).toFixed(2)),
    unit: 'x',
    note: 'cost of our loader, checks and overlays on top of openapi-typescript',
  },
  {
    name: 'codegen: CLI generate --all --check, cold process',
    value: Number(c.toFixed(3)),
    unit: 's',
    note: `median of ${cliMs.length}, Node start-up included`,
  },
];
for (const r of rows) process.stderr.write(`${r.name}: ${r.value} ${r.unit} (${r.note})\n`);
const dir = fileURLToPath(new URL('../.bench/', import.meta.url));
await mkdir(dir, { recursive: true });
await writeFile(
  `${dir}results.json`,
  `${JSON.stringify({ title: 'Code generation (@flink-rest/codegen)', rows }, null, 2)}\n`,
);
