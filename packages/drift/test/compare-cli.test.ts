import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/compare-cli.js';

const doc = (title: string, version: string, ops: string[]) =>
  JSON.stringify({
    openapi: '3.0.1',
    info: { title, version },
    paths: Object.fromEntries(ops.map((p) => [p, { get: { responses: {} } }])),
  });

async function fixtures() {
  const dir = await mkdtemp(join(tmpdir(), 'compare-cli-test-'));
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
  return dir;
}

describe('compare-specs command', () => {
  it('pairs folder contents by title and API version and reports unpaired files', async () => {
    const dir = await fixtures();
    let out = '';
    const code = await main([join(dir, 'ours'), join(dir, 'theirs')], (t) => {
      out += t;
    });
    expect(code).toBe(1);
    expect(out).toContain('only in A  GET /b');
    expect(out).toContain(`only in B: ${join(dir, 'theirs', 'rest_v1_sql_gateway.yml')} (SQL v1)`);
  });

  it('exits 0 when only info differs', async () => {
    const dir = await fixtures();
    const code = await main(
      [join(dir, 'same.yaml'), join(dir, 'theirs', 'rest_v1_dispatcher.yml')],
      () => {},
    );
    expect(code).toBe(0);
  });

  it.each([
    { name: 'one argument', argv: ['a.yaml'], error: 'expected two arguments, got 1' },
    { name: 'an unknown option', argv: ['--fast', 'a', 'b'], error: 'unknown option --fast' },
    {
      name: 'a missing file',
      argv: ['/nonexistent/a.yaml', '/nonexistent/b.yaml'],
      error: '/nonexistent/a.yaml does not exist',
    },
  ])('rejects $name', async ({ argv, error }) => {
    await expect(main(argv, () => {})).rejects.toThrow(error);
  });

  it('rejects a file against a folder', async () => {
    const dir = await fixtures();
    await expect(main([join(dir, 'same.yaml'), join(dir, 'ours')], () => {})).rejects.toThrow(
      /compare a file with a file or a folder with a folder/,
    );
  });

  it('rejects a file that is not an OpenAPI document', async () => {
    const dir = await fixtures();
    await expect(
      main([join(dir, 'ours', 'provenance.json'), join(dir, 'same.yaml')], () => {}),
    ).rejects.toThrow(
      `${join(dir, 'ours', 'provenance.json')} is not an OpenAPI document (no "paths")`,
    );
  });
});
