import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDrift } from './run-drift.js';

// The README's `flink-drift support` example, CI command and JSON table, checked against the
// command: the example's output is what the command prints, the CI command runs with the exit
// statuses the README promises, and the table lists exactly the fields of a real report.
const packageDir = fileURLToPath(new URL('..', import.meta.url));
const fixtures = path.join(packageDir, 'test/fixtures/support');
let readme: string;
let tmp: string;
beforeAll(async () => {
  readme = await readFile(path.join(packageDir, 'README.md'), 'utf8');
  tmp = await mkdtemp(path.join(tmpdir(), 'drift-readme-'));
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

/** The fenced block after `<!-- name -->`. */
function blockAfter(marker: string): string {
  const match = new RegExp(`<!-- ${marker} -->\\n\`\`\`\\w*\\n([\\s\\S]*?)\`\`\`\\n`).exec(readme);
  if (!match) throw new Error(`README.md has no block after <!-- ${marker} -->`);
  return match[1] as string;
}

/** A shell command line's words: spaces split, single quotes group (all the README uses). */
function words(commandLine: string): string[] {
  return [...commandLine.matchAll(/'([^']*)'|(\S+)/g)].map((m) => (m[1] ?? m[2]) as string);
}

/** The arguments after `flink-drift` in a line of a block. */
function driftArgs(block: string): string[] {
  const line = block.split('\n').find((l) => /flink-drift support /.test(l));
  if (line === undefined) throw new Error('no flink-drift support command in the block');
  const all = words(line);
  return all.slice(all.indexOf('flink-drift') + 1);
}

/** `argv` with the value after `option` replaced. */
function withOption(argv: readonly string[], option: string, value: string): string[] {
  const i = argv.indexOf(option);
  expect(i, `${option} in ${argv.join(' ')}`).toBeGreaterThanOrEqual(0);
  return [...argv.slice(0, i + 1), value, ...argv.slice(i + 2)];
}

describe('README: flink-drift support', () => {
  it('the example prints what the README shows', async () => {
    const block = blockAfter('support-example');
    const [commandLine, ...output] = block.split('\n');
    const argv = driftArgs(commandLine as string);
    // The README runs it in this package's folder: resolve its relative --usage from here.
    const usage = argv[argv.indexOf('--usage') + 1] as string;
    const { code, stdout } = await runDrift(
      ...withOption(argv, '--usage', path.join(packageDir, usage)),
    );
    expect(code).toBe(1);
    expect(stdout.replaceAll(path.join(packageDir, usage), usage)).toBe(output.join('\n'));
  });

  it.each([
    { app: 'common-calls-only', code: 0 },
    { app: 'reads-field-removed-in-2.0', code: 1 },
  ])(
    'the CI command exits $code on $app and writes the report either way',
    async ({ app, code }) => {
      const argv = driftArgs(blockAfter('support-ci'));
      const out = path.join(tmp, `${app}.md`);
      const result = await runDrift(
        ...withOption(withOption(argv, '--usage', path.join(fixtures, app)), '--out', out),
      );
      expect(result.code).toBe(code);
      expect(await readFile(out, 'utf8')).toMatch(/^# Flink versions the code under/);
    },
  );

  it('the JSON table lists the fields of a real report', async () => {
    const table = readme.slice(readme.indexOf('### The JSON report'), readme.indexOf('### In CI'));
    const documented = new Set(
      [...table.matchAll(/^\| `([^`]+)` +\|/gm)].map((m) => m[1] as string),
    );
    const found = new Set<string>();
    const walk = (value: unknown, at: string) => {
      if (Array.isArray(value)) {
        if (value.some((v) => typeof v === 'object' && v !== null)) {
          found.add(`${at}[]`);
          for (const item of value) walk(item, `${at}[]`);
        } else found.add(at);
      } else if (typeof value === 'object' && value !== null && !at.endsWith('.status')) {
        for (const [key, v] of Object.entries(value)) walk(v, at === '' ? key : `${at}.${key}`);
      } else found.add(at);
    };
    for (const app of ['reads-field-removed-in-2.0', 'uses-2.3-endpoint']) {
      const { stdout } = await runDrift(
        'support',
        '--usage',
        path.join(fixtures, app),
        '--format',
        'json',
      );
      walk(JSON.parse(stdout), '');
    }
    // An array empty in one call and of objects in another (breaks) is listed as `[]`.
    for (const key of found) if (found.has(`${key}[]`)) found.delete(key);
    // `detail` is only there when there is more to say; check-call.test.ts shows when.
    found.add('versions[].breaks[].detail');
    expect([...documented].sort()).toEqual([...found].sort());
  });
});
