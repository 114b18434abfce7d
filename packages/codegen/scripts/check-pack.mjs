/**
 * What `npm publish` would ship, run as a user would: packs this package, unpacks it next to
 * the workspace's node_modules (so its dependencies resolve), and runs its CLI from there —
 * the pinned specs and overlays must come from inside the package.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const here = fileURLToPath(new URL('..', import.meta.url));
const work = await mkdtemp(`${here}.pack-check-`);
try {
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', work], {
    cwd: here,
  });
  const [{ filename, files }] = JSON.parse(stdout);
  const shipped = new Set(files.map((f) => f.path));
  for (const want of [
    'dist/cli.js',
    'specs/flink-2.3/jobmanager-v1.yaml',
    'specs/flink-1.18/provenance.json',
    'specs/overlays/application-id-hex.yaml',
  ]) {
    if (!shipped.has(want)) throw new Error(`the package lacks ${want}`);
  }
  await run('tar', ['-xzf', `${work}/${filename}`, '-C', work]);
  const cli = `${work}/package/dist/cli.js`;
  const out = `${work}/flink-2.3.ts`;
  const { stderr } = await run('node', [cli, 'generate', '--flink-version', '2.3', '--out', out]);
  const types = await readFile(out, 'utf8');
  if (!types.includes('"/jobs/{jobid}/savepoints"'))
    throw new Error(`${out} has no savepoint path`);
  const listed = (await run('node', [cli, 'overlays', '--json'])).stdout;
  if (JSON.parse(listed).length === 0) throw new Error('the packed overlays list is empty');
  const refused = await run('node', [cli, 'generate', '--all']).then(
    () => undefined,
    (error) => error.stderr,
  );
  if (!/--all needs --out-dir/.test(refused ?? '')) {
    throw new Error(`generate --all outside the repository should need --out-dir: ${refused}`);
  }
  console.log(
    `packed ${filename}: ${files.length} files; its CLI generated ${out} ${stderr.trim()}`,
  );
} finally {
  await rm(work, { recursive: true, force: true });
  // npm skips postpack when pack fails: a stale copy would shadow the repository's specs.
  await run('node', ['scripts/pack-specs.mjs', 'clean'], { cwd: here });
}
