#!/usr/bin/env node
// Makes sure Debian's chromium is at /usr/bin/chromium before `npm test`: the client's runtime
// matrix drives it through playwright-core, and a browser is not an npm package. Installs it with
// apt-get when it can (root, apt present); otherwise stops with one line saying what to install.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const CHROMIUM = '/usr/bin/chromium';
const INSTALL = ['install', '-y', '--no-install-recommends', 'chromium'];

/**
 * What to do, as a list of apt-get argument lists, or a reason it cannot be done. Pure, so each
 * situation is a row of a table test.
 */
export function plan({ present, root, apt, listsEmpty }) {
  if (present) return { steps: [] };
  if (!root || !apt) {
    return {
      error: `${CHROMIUM} is missing: install Debian's chromium package (as root: apt-get install chromium)`,
    };
  }
  // Without package lists apt-get cannot find chromium at all: fetch them first.
  return { steps: listsEmpty ? [['update'], INSTALL] : [INSTALL] };
}

function aptListsEmpty() {
  try {
    return !readdirSync('/var/lib/apt/lists').some((f) => f.endsWith('_Packages'));
  } catch {
    return true;
  }
}

function hasApt() {
  try {
    execFileSync('apt-get', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** apt-get with its output kept, and shown (the end of it) only if it fails. */
function aptGet(args) {
  execFileSync('apt-get', args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    maxBuffer: 64 * 1024 * 1024,
  });
}

function tail(error) {
  const out = `${error.stdout ?? ''}${error.stderr ?? ''}`.trim().split('\n');
  return out.slice(-5).join('\n');
}

export function main() {
  const decision = plan({
    present: existsSync(CHROMIUM),
    root: process.getuid?.() === 0,
    apt: hasApt(),
    listsEmpty: aptListsEmpty(),
  });
  if (decision.error) {
    console.error(`ensure-chromium: ${decision.error}`);
    return 1;
  }
  if (decision.steps.length === 0) return 0;
  console.log(`ensure-chromium: installing chromium with apt-get (${CHROMIUM} is missing)`);
  try {
    for (const step of decision.steps) aptGet(step);
  } catch (first) {
    // Stale lists name package versions the mirror no longer has: refresh them once and retry.
    if (decision.steps[0]?.[0] === 'update') {
      console.error(`ensure-chromium: apt-get failed:\n${tail(first)}`);
      return 1;
    }
    try {
      aptGet(['update']);
      aptGet(INSTALL);
    } catch (second) {
      console.error(`ensure-chromium: apt-get failed:\n${tail(second)}`);
      return 1;
    }
  }
  if (!existsSync(CHROMIUM)) {
    console.error(`ensure-chromium: apt-get installed chromium but ${CHROMIUM} is still missing`);
    return 1;
  }
  console.log(`ensure-chromium: ${CHROMIUM} installed`);
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = main();
