// The commands the repository ships: every `bin` of every committed workspace manifest, and the
// `npx <command>` lines its READMEs show. The bin tests (offline, and on a fresh clone) take
// their list from here, so a new CLI is covered the day its package declares it.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const git = (root, ...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' });
const lines = (text) => text.split('\n').filter((l) => l !== '');

/** `[{ name, file }]`: each command and its file, relative to `root` (a git work tree). */
export function listBins(root) {
  const manifests = lines(
    git(root, 'ls-files', '--', '*/package.json', 'packages/*/package.json'),
  ).filter((f) => !f.includes('node_modules') && !f.includes('/fixtures/'));
  return manifests.flatMap((manifest) => {
    const pkg = JSON.parse(readFileSync(path.join(root, manifest), 'utf8'));
    return Object.entries(pkg.bin ?? {}).map(([name, file]) => ({
      name,
      file: path.posix.join(path.dirname(manifest), file),
    }));
  });
}

/** The command names that committed READMEs run as `npx [--no-install] <name>`, sorted. */
export function readmeCommands(root) {
  const names = new Set();
  for (const file of lines(git(root, 'ls-files', '--', 'README.md', '*/README.md'))) {
    const text = readFileSync(path.join(root, file), 'utf8');
    for (const m of text.matchAll(/\bnpx(?: --no-install)? ([a-z][\w-]*)/g)) names.add(m[1]);
  }
  return [...names].sort();
}
