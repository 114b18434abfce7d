// Collects every package's `.bench/*.json` (written by its `bench` task in the same
// `npm run bench` run) into BENCHMARKS.md at the repository root.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import writeFileAtomic from 'write-file-atomic';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const packages = path.join(root, 'packages');
const sections = [];
const resultFiles = readdirSync(packages)
  .sort()
  .flatMap((name) => {
    const dir = path.join(packages, name, '.bench');
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => path.join(dir, f));
  });
// A row's value is null when its step failed; the note says why (and may quote an error).
const cell = (text) => String(text).replaceAll('|', '\\|').replace(/\s+/g, ' ');
for (const file of resultFiles) {
  const { title, rows } = JSON.parse(readFileSync(file, 'utf8'));
  const table = [
    '| measurement | value | unit | note |',
    '| --- | ---: | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${cell(r.name)} | ${r.value === null ? 'failed' : Number(r.value).toFixed(r.unit === 'x' ? 3 : 2)} | ${r.unit} | ${cell(r.note ?? '')} |`,
    ),
  ];
  sections.push(`## ${title}\n\n${table.join('\n')}\n`);
}
if (sections.length === 0) {
  console.error('write-benchmarks: no packages/*/.bench/*.json found; run `npm run bench`');
  process.exit(1);
}
const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const header = `# Benchmarks\n\nWritten by \`npm run bench\` on ${new Date().toISOString()}: ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}. Ratios compare against a baseline measured in the same run.\n`;
const out = path.join(root, 'BENCHMARKS.md');
writeFileAtomic.sync(out, `${header}\n${sections.join('\n')}`);
console.log(`wrote ${out} (${sections.length} sections)`);
