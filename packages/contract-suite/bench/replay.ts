/**
 * `npm run bench`: the offline suite of this package for every supported version — replay of
 * the recorded scenario through msw, then validation against the specs (as extracted, with all
 * overlays, and with each overlay left out) — against replay alone, measured in the same run.
 * Writes .bench/results.json.
 */
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { listOverlays, loadPinnedSpec } from '@flink-rest/specs';
import { type Fixture, loadFixtures } from '@flink-rest/testing';
import { supportedLines } from '@flink-rest/versions';
import { replayFixture } from '../src/replay.js';
import { replayHaFixture } from '../src/replay-ha.js';
import { scenarios } from '../src/scenario.js';
import { checkVersion, validateFixtures } from '../src/spec-vs-reality.js';
import { writeFileAtomically } from '../src/write-file.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);

async function time(fn: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

async function median(fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(await time(fn));
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

const fixtures = new Map<string, Fixture[]>();
for (const line of supportedLines) fixtures.set(line, await loadFixtures(line));
const overlays = await listOverlays();
const exchanges = [...fixtures.values()].flat().reduce((n, f) => n + f.exchanges.length, 0);
const replayable = (f: Fixture) => f.scenario === 'ha' || scenarios[f.scenario] !== undefined;
const replayed = [...fixtures.values()]
  .flat()
  .filter(replayable)
  .reduce((n, f) => n + f.exchanges.length, 0);

const replayAll = async () => {
  for (const line of supportedLines) {
    for (const f of fixtures.get(line) ?? []) {
      // `probe` (drift's crawl) is replayed by drift's own tests; it is validated below. `ha`
      // is no scenario's run: the leader's and a standby's answers replay step by step.
      if (!replayable(f)) continue;
      await (f.scenario === 'ha' ? replayHaFixture(f) : replayFixture(f));
    }
  }
};
const validateCorrected = async () => {
  for (const line of supportedLines) {
    validateFixtures(fixtures.get(line) ?? [], await loadPinnedSpec(line, { overlays: true }));
  }
};
const suite = async () => {
  await replayAll();
  for (const line of supportedLines)
    await checkVersion(line, fixtures.get(line) ?? [], { overlays });
};

await replayAll(); // warm-up: module loading and msw's first interception
const replay = await median(replayAll);
const corrected = await median(validateCorrected);
const whole = await median(suite);
const note = `median of ${RUNS}, ${supportedLines.length} versions, ${exchanges} exchanges (${replayed} replayed), warm process`;

const results = {
  title: 'Contract suite: offline replay and spec validation (@flink-rest/contract-suite)',
  machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`,
  rows: [
    {
      name: 'contract suite baseline: replay alone, all versions',
      value: +replay.toFixed(3),
      unit: 's',
      note,
    },
    {
      name: 'contract suite: validation with all overlays, all versions',
      value: +corrected.toFixed(3),
      unit: 's',
      note: `${note}; specs loaded and overlays applied in the measurement`,
    },
    {
      name: 'contract suite: whole offline suite (replay + validation as extracted, with overlays, each overlay left out)',
      value: +whole.toFixed(3),
      unit: 's',
      note: `${note}; ${overlays.length} overlays, so up to ${overlays.length + 2} spec variants per version`,
    },
    {
      name: 'contract suite: whole suite / replay alone',
      value: +(whole / replay).toFixed(2),
      unit: 'x',
      note: 'cost of spec-vs-reality on top of the replay',
    },
    {
      name: 'contract suite: replay per exchange',
      value: +((replay / replayed) * 1e3).toFixed(3),
      unit: 'ms',
      note: 'replay alone / replayed exchanges',
    },
  ],
};
await writeFileAtomically(
  fileURLToPath(new URL('../.bench/results.json', import.meta.url)),
  `${JSON.stringify(results, null, 2)}\n`,
);
for (const r of results.rows) console.log(`${r.name}: ${r.value} ${r.unit} (${r.note})`);
