/**
 * npm pack/publish hooks: `prepack` copies the pinned specs and overlays from the repository's
 * specs/ into this package (specs/), `postpack` removes the copy again, so a checkout always
 * reads the repository's files and a published package reads its own.
 */
import { cp, mkdir, readdir, rename, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const source = fileURLToPath(new URL('../../../specs/', import.meta.url));
const target = fileURLToPath(new URL('../specs/', import.meta.url));

async function pack() {
  const staging = `${target.replace(/\/$/, '')}.${process.pid}.tmp`;
  try {
    await mkdir(staging, { recursive: true });
    const entries = await readdir(source, { withFileTypes: true });
    const lines = entries.filter((e) => e.isDirectory() && /^flink-\d+\.\d+$/.test(e.name));
    if (lines.length === 0) throw new Error(`no flink-<line> directories in ${source}`);
    for (const line of lines) {
      for (const file of ['jobmanager-v1.yaml', 'provenance.json']) {
        await cp(`${source}${line.name}/${file}`, `${staging}/${line.name}/${file}`);
      }
    }
    await cp(`${source}overlays`, `${staging}/overlays`, { recursive: true });
    await rm(target, { recursive: true, force: true });
    await rename(staging, target);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

const [command] = process.argv.slice(2);
if (command === 'pack') await pack();
else if (command === 'clean') await rm(target, { recursive: true, force: true });
else {
  console.error('usage: pack-specs.mjs pack|clean');
  process.exit(2);
}
