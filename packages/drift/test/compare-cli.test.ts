import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDrift } from './run-drift.js';

const run = runDrift;

const doc = (title: string, version: string, ops: string[]) =>
  JSON.stringify({
    openapi: '3.0.1',
    info: { title, version },
    paths: Object.fromEntries(ops.map((p) => [p, { get: { responses: {} } }])),
  });

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'drift-compare-'));
  await mkdir(join(dir, 'ours'));
  await mkdir(join(dir, 'theirs'));
  await writeFile(join(dir, 'ours', 'jobmanager-v1.yaml'), doc('JM', 'v1/2.3.0', ['/a', '/b']));
  await writeFile(join(dir, 'ours', 'provenance.json'), '{"flinkVersion":"2.3.0"}');
  await writeFile(
    join(dir, 'theirs', 'rest_v1_dispatcher.yml'),
    doc('JM', 'v1/2.3-SNAPSHOT', ['/a']),
  );
  await writeFile(
    join(dir, 'theirs', 'rest_v1_sql_gateway.yml'),
    doc('SQL', 'v1/2.3-SNAPSHOT', []),
  );
  await writeFile(join(dir, 'same.yaml'), doc('JM', 'v1/x', ['/a']));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('flink-drift compare', () => {
  it('pairs folder contents by title and API version and reports unpaired files', async () => {
    const { code, stdout } = await run(
      'compare',
      '--from',
      join(dir, 'ours'),
      '--to',
      join(dir, 'theirs'),
    );
    expect(code).toBe(1);
    expect(stdout).toContain(
      `A: ${join(dir, 'ours', 'jobmanager-v1.yaml')} (JM v1/2.3.0, 2 operations`,
    );
    expect(stdout).toContain('only in A  GET /b');
    expect(stdout).toContain(
      `only in B: ${join(dir, 'theirs', 'rest_v1_sql_gateway.yml')} (SQL v1)`,
    );
  });

  it('exits 0 when only info differs', async () => {
    const { code, stdout } = await run(
      'compare',
      '--from',
      join(dir, 'same.yaml'),
      '--to',
      join(dir, 'theirs', 'rest_v1_dispatcher.yml'),
    );
    expect(code).toBe(0);
    expect(stdout).toContain('Info: 1 difference(s)');
  });

  it('compares two pinned lines (with overlays) and writes --out atomically', async () => {
    const out = join(dir, 'compare.txt');
    const { code, stdout, stderr } = await run(
      'compare',
      '--from',
      '2.2',
      '--to',
      '2.3',
      '--out',
      out,
    );
    expect({ code, stdout, stderr }).toEqual({
      code: 1,
      stdout: '',
      stderr: `flink-drift: wrote ${out} (the specs differ)\n`,
    });
    const text = await readFile(out, 'utf8');
    expect(text).toMatch(/^A: 2\.2 \(.* v1\/2\.2\.\d+, \d+ operations, \d+ schemas\)\nB: 2\.3 \(/);
    expect(text).toContain('only in B  GET /applications/overview');
  });

  it.each([
    { name: 'a missing --to', argv: ['--from', 'a.yaml'], error: 'missing --to <version|file>' },
    { name: 'an unknown option', argv: ['--fast', '--from', 'a', '--to', 'b'], error: "'--fast'" },
    {
      name: '--format, which only diff has',
      argv: ['--from', 'a', '--to', 'b', '--format', 'json'],
      error: '--format applies to diff only, not to compare',
    },
    {
      name: 'a missing file',
      argv: ['--from', '/nonexistent/a.yaml', '--to', '/nonexistent/b.yaml'],
      error: '--from /nonexistent/a.yaml: cannot read the spec (no such file)',
    },
    {
      name: 'an unpinned version',
      argv: ['--from', '3.9', '--to', '2.3'],
      error: '--from 3.9: no pinned spec for this Flink version',
    },
  ])('rejects $name with one line and exit 2', async ({ argv, error }) => {
    const { code, stdout, stderr } = await run('compare', ...argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(error);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('rejects a file against a folder', async () => {
    const { code, stderr } = await run(
      'compare',
      '--from',
      join(dir, 'same.yaml'),
      '--to',
      join(dir, 'ours'),
    );
    expect(code).toBe(2);
    expect(stderr).toBe(
      `flink-drift: --to ${join(dir, 'ours')} is a folder, --from ${join(dir, 'same.yaml')} is not: compare a folder with a folder (see flink-drift --help)\n`,
    );
  });

  it('rejects a file that is not an OpenAPI document, naming it', async () => {
    const file = join(dir, 'ours', 'provenance.json');
    const { code, stderr } = await run('compare', '--from', file, '--to', join(dir, 'same.yaml'));
    expect(code).toBe(2);
    expect(stderr).toMatch(new RegExp(`^flink-drift: --from ${file.replace(/[.]/g, '\\.')}`));
  });
});
