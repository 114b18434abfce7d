// The README's first steps, as a new user takes them: clone the repository, `npm ci`, then run
// every command the packages declare (and the READMEs show) with `npx`; rebuild everything and
// run them again. This is what failed before the bins were committed shims: npm links no bin
// whose file is missing at install time, and a build that rewrites a bin drops its run bit.
// The clone is of the committed HEAD, in a temp dir that is deleted afterwards.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { listBins } from '../workspace-bins.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bins = listBins(root);
const dir = mkdtempSync(path.join(tmpdir(), 'flink-rest-fresh-clone-'));
const clone = path.join(dir, 'repo');

// A shell of its own, as a person has: nothing from the npm run that started this test.
const env = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k) || k === 'npm_config_cache'),
);
env.TURBO_TELEMETRY_DISABLED = '1';

/** Runs a command in the clone; on failure, the error carries the end of its output. */
function run(file, args) {
  try {
    return execFileSync(file, args, {
      cwd: clone,
      env,
      encoding: 'utf8',
      stdio: 'pipe',
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const tail = `${error.stdout ?? ''}${error.stderr ?? ''}`.split('\n').slice(-30).join('\n');
    throw new Error(`${file} ${args.join(' ')} failed (exit ${error.status}):\n${tail}`);
  }
}

function checkEveryCommand(when) {
  for (const { name, file } of bins) {
    const out = run('npx', ['--no-install', name, '--help']);
    assert.match(out, /usage/i, `${when}: npx ${name} --help printed no usage:\n${out}`);
    const mode = statSync(path.join(clone, file)).mode;
    assert.equal(
      mode & 0o111,
      0o111,
      `${when}: ${file} lost its run bit (mode ${mode.toString(8)})`,
    );
  }
}

describe('a fresh clone', { timeout: 900_000 }, () => {
  before(() => {
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' });
    execFileSync('git', ['clone', '--quiet', '--no-checkout', root, clone], { stdio: 'pipe' });
    execFileSync('git', ['-C', clone, 'checkout', '--quiet', '--detach', head.trim()], {
      stdio: 'pipe',
    });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('has the six commands the READMEs show', () => {
    assert.ok(bins.length >= 6, `found ${bins.map((b) => b.name).join(', ')}`);
  });

  test('npm ci, then each command runs with npx', () => {
    run('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund']);
    checkEveryCommand('after npm ci');
  });

  test('npm run build (every package rebuilt), then each command still runs', () => {
    // --force: a real rebuild that rewrites every dist/, not turbo's cache replay.
    run('npm', ['run', 'build', '--', '--force', '--output-logs=errors-only']);
    checkEveryCommand('after npm run build');
  });
});
