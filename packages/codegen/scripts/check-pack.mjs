/**
 * What `npm publish` would ship, run as a user would: packs this package and
 * `@flink-rest/specs` (its pinned specs and overlays), unpacks both into a `node_modules/`
 * inside this package (so their other dependencies resolve from the workspace's), and runs the
 * CLI from there. The pinned specs and overlays must come from the packed specs package.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, realpath, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { newestVersion, supportedLines } from '@flink-rest/versions';

const run = promisify(execFile);
const here = fileURLToPath(new URL('..', import.meta.url));
const specsPackage = fileURLToPath(import.meta.resolve('@flink-rest/specs/package.json'));
const work = await mkdtemp(`${here}.pack-check-`);

/** Packs `dir`, checks that it ships `want`, unpacks it as node_modules/<name>. */
async function packInto(dir, name, want) {
  const { stdout } = await run('npm', ['pack', dir, '--json', '--pack-destination', work], {
    cwd: here,
  });
  const [{ filename, files }] = JSON.parse(stdout);
  const shipped = new Set(files.map((f) => f.path));
  for (const path of want) {
    if (!shipped.has(path)) throw new Error(`${filename} lacks ${path}`);
  }
  const target = `${work}/node_modules/${name}`;
  await mkdir(target, { recursive: true });
  await run('tar', ['-xzf', `${work}/${filename}`, '-C', target, '--strip-components=1']);
  return { filename, files, shipped, target };
}

try {
  const codegen = await packInto(here, '@flink-rest/codegen', [
    'bin/flink-codegen.js',
    'dist/cli.js',
    'dist/index.js',
  ]);
  const leaked = [...codegen.shipped].filter((p) => /\.ya?ml$/.test(p));
  if (leaked.length > 0) throw new Error(`the codegen package ships spec data: ${leaked}`);
  const specs = await packInto(specsPackage.replace(/package\.json$/, ''), '@flink-rest/specs', [
    'dist/index.js',
    'overlays/application-id-hex.yaml',
    ...supportedLines.flatMap((l) => [
      `flink-${l}/jobmanager-v1.yaml`,
      `flink-${l}/provenance.json`,
    ]),
  ]);

  // The unpacked codegen resolves the unpacked specs, not the workspace's.
  const { stdout: specsDir } = await run(
    'node',
    [
      '--input-type=module',
      '-e',
      "import { defaultSpecsDir } from '@flink-rest/specs'; console.log(defaultSpecsDir())",
    ],
    { cwd: codegen.target },
  );
  if ((await realpath(specsDir.trim())) !== (await realpath(specs.target))) {
    throw new Error(`the packed codegen reads specs from ${specsDir.trim()}, not ${specs.target}`);
  }

  const cli = `${codegen.target}/bin/flink-codegen.js`;
  const out = `${work}/flink-${newestVersion.line}.ts`;
  const { stderr } = await run('node', [
    cli,
    'generate',
    '--flink-version',
    newestVersion.line,
    '--out',
    out,
  ]);
  const types = await readFile(out, 'utf8');
  if (!types.includes('"/jobs/{jobid}/savepoints"')) {
    throw new Error(`${out} has no savepoint path`);
  }
  const listed = (await run('node', [cli, 'overlays', '--json'])).stdout;
  if (JSON.parse(listed).length === 0) throw new Error('the packed overlays list is empty');
  const refused = await run('node', [cli, 'generate', '--all']).then(
    () => undefined,
    (error) => error.stderr,
  );
  if (!/--all needs --out-dir/.test(refused ?? '')) {
    throw new Error(`generate --all without a target should need --out-dir: ${refused}`);
  }
  console.log(
    `packed ${codegen.filename} (${codegen.files.length} files) and ${specs.filename} (${specs.files.length} files); the packed CLI generated ${out} ${stderr.trim()}`,
  );
} finally {
  await rm(work, { recursive: true, force: true });
}
