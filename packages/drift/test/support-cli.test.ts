import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { supportedLines } from '@flink-rest/versions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SupportReport } from '../src/support-report.js';
import { runDrift as run } from './run-drift.js';

const fixtures = fileURLToPath(new URL('./fixtures/support/', import.meta.url));
const USES_2_3 = path.join(fixtures, 'uses-2.3-endpoint');
const REMOVED_IN_2_0 = path.join(fixtures, 'reads-field-removed-in-2.0');
const COMMON = path.join(fixtures, 'common-calls-only');
const SUPPORTED = `supported: ${supportedLines.join(', ')}`;

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'drift-support-'));
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

/** Exit 2, nothing on stdout, one line on stderr that contains each of `want`. */
function expectInputError(
  result: { code: number; stdout: string; stderr: string },
  ...want: string[]
) {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  for (const text of want) expect(result.stderr).toContain(text);
}

describe('flink-drift support: usage and input errors exit 2 with one line', () => {
  it.each([
    { name: 'no --usage', argv: ['support'], want: ['missing --usage <dir>', '--help'] },
    {
      name: '--from is diff’s',
      argv: ['support', '--usage', COMMON, '--from', '1.20'],
      want: ['--from applies to diff and compare, not to support'],
    },
    {
      name: '--no-overlays is diff’s and compare’s',
      argv: ['support', '--usage', COMMON, '--no-overlays'],
      want: ['--no-overlays applies to diff and compare, not to support'],
    },
    {
      name: '--flink-version is support’s',
      argv: ['diff', '--from', '1.20', '--to', '2.0', '--flink-version', '2.0'],
      want: ['--flink-version applies to support only, not to diff'],
    },
    {
      name: 'an unknown format',
      argv: ['support', '--usage', COMMON, '--format', 'html'],
      want: ['--format html: expected one of markdown, json'],
    },
    {
      name: 'an empty --flink-version',
      argv: ['support', '--usage', COMMON, '--flink-version', ' '],
      want: ['--flink-version needs a non-empty value'],
    },
  ])('$name', async ({ argv, want }) => {
    expectInputError(await run(...argv), ...want);
  });

  it.each([
    { range: '3.0', want: '--flink-version 3.0 is not a supported Flink line' },
    { range: '1.10 - 2.3', want: "--flink-version '1.10 - 2.3': the range start 1.10" },
    { range: 'latest', want: '--flink-version "latest" is not a line' },
    { range: '2.3 - 1.18', want: "--flink-version '2.3 - 1.18' runs backwards" },
    { range: '1.20,2.4', want: "--flink-version '1.20,2.4': 2.4 is not a supported Flink line" },
  ])('a bad range ($range) names the supported lines', async ({ range, want }) => {
    const result = await run('support', '--usage', COMMON, '--flink-version', range);
    expectInputError(result, `flink-drift: ${want}`, SUPPORTED);
  });

  it('an unreadable --usage directory is named', async () => {
    const missing = path.join(tmp, 'nope');
    expectInputError(
      await run('support', '--usage', missing),
      `flink-drift: --usage ${missing}: cannot read the directory (ENOENT)`,
    );
  });

  it('code without a client call is an input error, not a pass', async () => {
    const empty = path.join(tmp, 'no-calls');
    await mkdir(empty);
    await writeFile(path.join(empty, 'index.ts'), 'export const answer = 42;\n');
    expectInputError(
      await run('support', '--usage', empty),
      `--usage ${empty}: no call of the Flink client`,
    );
  });

  // A directory is unwritable as a file whoever runs the test, root included (a read-only
  // folder is not, for root).
  it('an unwritable --out exits 2 and leaves nothing behind', async () => {
    const out = path.join(tmp, 'a-dir');
    await mkdir(out, { recursive: true });
    const before = (await readdir(tmp)).sort();
    expectInputError(
      await run('support', '--usage', COMMON, '--out', out),
      `flink-drift: --out ${out}: cannot write the report (EISDIR)`,
    );
    expect((await readdir(tmp)).sort()).toEqual(before);
  });

  it('--out into a missing directory exits 2', async () => {
    const out = path.join(tmp, 'no-such-dir', 'support.json');
    expectInputError(
      await run('support', '--usage', COMMON, '--out', out),
      `flink-drift: --out ${out}: cannot write the report (ENOENT)`,
    );
  });
});

describe('flink-drift support: the exit status follows --flink-version', () => {
  it.each([
    { app: USES_2_3, range: '2.3', code: 0, brokenInRange: '' },
    { app: REMOVED_IN_2_0, range: '1.18 - 2.3', code: 1, brokenInRange: '2.0, 2.1, 2.2, 2.3' },
    { app: REMOVED_IN_2_0, range: '1.18 - 1.20', code: 0, brokenInRange: '' },
    { app: REMOVED_IN_2_0, range: '1.19,2.0', code: 1, brokenInRange: '2.0' },
    { app: COMMON, range: undefined, code: 0, brokenInRange: '' },
  ])(
    '$app with --flink-version $range exits $code',
    async ({ app, range, code, brokenInRange }) => {
      const argv = ['support', '--usage', app, '--format', 'json'];
      const result = await run(...argv, ...(range === undefined ? [] : ['--flink-version', range]));
      expect(result.stderr).toBe('');
      expect(result.code).toBe(code);
      const report = JSON.parse(result.stdout) as SupportReport;
      expect(report.summary.brokenInRange.join(', ')).toBe(brokenInRange);
      // Every supported line is reported, in range or not.
      expect(report.versions.map((v) => v.line)).toEqual(supportedLines);
    },
  );
});

describe('flink-drift support: output', () => {
  it('Markdown: the versions × status table, the calls matrix and the reasons', async () => {
    const { code, stdout } = await run('support', '--usage', REMOVED_IN_2_0);
    expect(code).toBe(1);
    expect(stdout).toContain(`# Flink versions the code under \`${REMOVED_IN_2_0}\` supports`);
    expect(stdout).toContain(
      'Supported: 1.18 – 1.20. **Broken in `--flink-version`: 2.0, 2.1, 2.2, 2.3.**',
    );
    expect(stdout).toContain('| 1.20 | v1/1.20.5 | yes | ok | 0 |');
    expect(stdout).toContain('| 2.0 | v1/2.0.2 | yes | **broken** | 1 |');
    expect(stdout).toContain(
      '| `GET /jobs/{jobid}/exceptions` | `exceptions.ts:9` | ok | ok | ok | **broken** | **broken** | **broken** | **broken** |',
    );
    expect(stdout).toContain(
      '- `exceptions.ts:9` `GET /jobs/{jobid}/exceptions`: field removed: response field `root-exception`. In 2.0 – 2.3.',
    );
  });

  it('lines outside --flink-version are shown, marked so', async () => {
    const { code, stdout } = await run('support', '--usage', USES_2_3, '--flink-version', '2.3');
    expect(code).toBe(0);
    expect(stdout).toContain('`--flink-version`: 2.3.');
    expect(stdout).toContain('Supported: 2.3. No break in `--flink-version`.');
    expect(stdout).toContain('| 2.2 | v1/2.2.1 | no | **broken** | 1 |');
  });

  it('--out writes the report atomically and says what it found on stderr', async () => {
    const out = path.join(tmp, 'support.json');
    await writeFile(out, 'old contents');
    const { code, stdout, stderr } = await run(
      'support',
      '--usage',
      USES_2_3,
      '--format',
      'json',
      '--out',
      out,
    );
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `flink-drift: wrote ${out} (supported: 2.3; broken in --flink-version: 1.18, 1.19, 1.20, 2.0, 2.1, 2.2)\n`,
    );
    const report = JSON.parse(await readFile(out, 'utf8')) as SupportReport;
    expect(report.versions.find((v) => v.line === '2.2')?.breaks).toEqual([
      {
        operation: 'GET /applications/overview',
        at: 'applications.ts:8',
        via: 'GET',
        reason: 'operation missing',
        where: 'operation',
      },
    ]);
    expect((await readdir(tmp)).filter((f) => f.includes('support.json.'))).toEqual([]);
  });

  it('--help shows support', async () => {
    const { code, stdout } = await run('support', '--help');
    expect(code).toBe(0);
    expect(stdout).toContain(
      'flink-drift support --usage <dir> [--flink-version <range>] [--format markdown|json] [--out <file>]',
    );
  });
});
