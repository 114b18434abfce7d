// Every command a package declares in `bin` must run right after `npm ci` on a fresh clone:
// npm links a bin only if its file exists at install time (so it must be committed, not built)
// and runs it directly (so git must hold its run bit). This checks both for every workspace,
// then runs each command's --help through the link npm made.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { listBins, readmeCommands } from '../workspace-bins.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' });
const bins = listBins(root);

test('there are commands to check', () => {
  assert.ok(bins.length >= 5, `found ${bins.map((b) => b.name)}`);
});

test('the READMEs show every command with npx, and only commands a package declares', () => {
  assert.deepEqual(readmeCommands(root), bins.map((b) => b.name).sort());
});

for (const { name, file } of bins) {
  test(`${name}: ${file} is committed with its run bit`, () => {
    const entry = git('ls-files', '-s', '--', file).trim();
    assert.match(entry, /^100755 /, `${file} is not committed as an executable: "${entry}"`);
  });

  test(`${name} --help runs through the link npm made`, () => {
    const out = execFileSync(path.join(root, 'node_modules/.bin', name), ['--help'], {
      encoding: 'utf8',
    });
    assert.match(out, /usage/i);
  });
}
