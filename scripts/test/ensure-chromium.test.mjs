// ensure-chromium: what it decides in each situation (a table, no apt-get run), and that
// `npm test` runs it first.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, plan } from '../ensure-chromium.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const install = ['install', '-y', '--no-install-recommends', 'chromium'];

const cases = [
  {
    name: 'chromium present: nothing to do',
    given: { present: true, root: false, apt: false, listsEmpty: true },
    want: { steps: [] },
  },
  {
    name: 'missing, root with apt and package lists: install',
    given: { present: false, root: true, apt: true, listsEmpty: false },
    want: { steps: [install] },
  },
  {
    name: 'missing, root with apt, no package lists: update, then install',
    given: { present: false, root: true, apt: true, listsEmpty: true },
    want: { steps: [['update'], install] },
  },
  {
    name: 'missing, not root: say what to install',
    given: { present: false, root: false, apt: true, listsEmpty: false },
    want: { error: /\/usr\/bin\/chromium is missing: install Debian's chromium package/ },
  },
  {
    name: 'missing, no apt: say what to install',
    given: { present: false, root: true, apt: false, listsEmpty: false },
    want: { error: /install Debian's chromium package/ },
  },
];

for (const { name, given, want } of cases) {
  test(name, () => {
    const got = plan(given);
    if (want.error) {
      assert.match(got.error, want.error);
      assert.equal(got.steps, undefined);
    } else {
      assert.deepEqual(got, want);
    }
  });
}

test('with chromium installed the script prints nothing and succeeds', {
  skip: !existsSync(CHROMIUM) && 'chromium is not installed here',
}, () => {
  const out = execFileSync(process.execPath, [path.join(here, '../ensure-chromium.mjs')], {
    encoding: 'utf8',
  });
  assert.equal(out, '');
});

test('npm test runs it first (root pretest)', () => {
  const root = JSON.parse(readFileSync(path.join(here, '../../package.json'), 'utf8'));
  assert.equal(root.scripts.pretest, 'node scripts/ensure-chromium.mjs');
});
