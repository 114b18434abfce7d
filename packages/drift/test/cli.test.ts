import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { supportedLines } from '@flink-rest/versions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DriftReport } from '../src/change.js';
import { runDrift } from './run-drift.js';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
const OLD = path.join(fixtures, 'specs/old.yaml');
const NEW = path.join(fixtures, 'specs/new.yaml');
const APP = path.join(fixtures, 'usage-app');

const run = runDrift;

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'drift-cli-'));
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

describe('flink-drift: usage errors exit 2 with one line on stderr', () => {
  it.each([
    { name: 'no command', argv: [], want: 'missing command' },
    { name: 'an unknown command', argv: ['check'], want: 'unknown command "check"' },
    { name: 'no --to', argv: ['diff', '--from', '1.20'], want: 'missing --to' },
    { name: 'no --from', argv: ['diff', '--to', '1.20'], want: 'missing --from' },
    {
      name: 'an unknown option',
      argv: ['diff', '--from', 'a', '--to', 'b', '--bogus'],
      want: "'--bogus'",
    },
    { name: 'an option without value', argv: ['diff', '--from'], want: '--from' },
    {
      name: 'an empty value',
      argv: ['diff', '--from', '', '--to', 'b'],
      want: '--from needs a non-empty value',
    },
    {
      name: 'an unknown format',
      argv: ['diff', '--from', OLD, '--to', NEW, '--format', 'xml'],
      want: '--format xml: expected one of markdown, json',
    },
    {
      name: 'a stray argument',
      argv: ['diff', 'x', '--from', OLD, '--to', NEW],
      want: 'unexpected argument "x"',
    },
  ])('$name', async ({ argv, want }) => {
    const { code, stdout, stderr } = await run(...argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(want);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('--help prints the usage and exits 0', async () => {
    const { code, stdout } = await run('--help');
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: flink-drift diff --from <version|file> --to <version|file>');
  });
});

describe('flink-drift: bad input exits 2, naming what is wrong', () => {
  it('an unknown version names the supported ones', async () => {
    const { code, stderr } = await run('diff', '--from', '3.9', '--to', '2.0');
    expect(code).toBe(2);
    expect(stderr).toBe(
      `flink-drift: --from 3.9: no pinned spec for this Flink version; supported: ${supportedLines.join(', ')}\n`,
    );
  });

  it('a missing file is named', async () => {
    const missing = path.join(tmp, 'missing.yaml');
    const { code, stderr } = await run('diff', '--from', OLD, '--to', missing);
    expect(code).toBe(2);
    expect(stderr).toBe(`flink-drift: --to ${missing}: cannot read the spec (no such file)\n`);
  });

  it.each([
    { name: 'malformed YAML', text: 'openapi: 3.0.1\npaths: [\n', want: 'invalid YAML at line' },
    {
      name: 'not OpenAPI 3',
      text: '{"swagger": "2.0", "paths": {}}',
      want: 'not an OpenAPI 3 document',
    },
    {
      name: 'a dangling $ref',
      text: 'openapi: 3.0.1\ninfo: {title: t, version: "1"}\npaths:\n  /a:\n    get:\n      responses:\n        "200":\n          description: ok\n          content:\n            application/json:\n              schema: {$ref: "#/components/schemas/Nope"}\n',
      want: '#/components/schemas/Nope',
    },
  ])('$name is named with its file', async ({ name, text, want }) => {
    const file = path.join(tmp, `${name.replace(/\W+/g, '-')}.yaml`);
    await writeFile(file, text);
    const { code, stderr } = await run('diff', '--from', file, '--to', NEW);
    expect(code).toBe(2);
    expect(stderr).toContain(`flink-drift: --from ${file}`);
    expect(stderr).toContain(want);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('an unreadable --usage directory is named', async () => {
    const { code, stderr } = await run(
      'diff',
      '--from',
      OLD,
      '--to',
      NEW,
      '--usage',
      path.join(tmp, 'nope'),
    );
    expect(code).toBe(2);
    expect(stderr).toContain(`--usage ${path.join(tmp, 'nope')}: cannot read the directory`);
  });
});

describe('flink-drift diff on spec files', () => {
  it('identical specs: no changes, exit 0', async () => {
    const { code, stdout } = await run('diff', '--from', OLD, '--to', OLD);
    expect(code).toBe(0);
    expect(stdout).toContain('No changes.');
  });

  it('a breaking change: Markdown on stdout, exit 1', async () => {
    const { code, stdout, stderr } = await run('diff', '--from', OLD, '--to', NEW);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(stdout).toContain(`# Flink REST API drift: \`${OLD}\` (v1/old) → \`${NEW}\` (v1/new)`);
    expect(stdout).toContain('**1 breaking**, 2 non-breaking change(s).');
    expect(stdout).toContain('## Breaking changes (1)');
    expect(stdout).toContain(
      '| `GET /jobs/{jobid}` | response 200 application/json (Job) | property removed `host` (optional) | clients that read this field get nothing | response |',
    );
    expect(stdout).toContain('| `GET /overview` | operation | operation added |');
  });

  it('new → old is breaking too (the new operation and field go)', async () => {
    const { code } = await run('diff', '--from', NEW, '--to', OLD);
    expect(code).toBe(1);
  });

  it('--format json gives the report as JSON', async () => {
    const { code, stdout } = await run('diff', '--from', OLD, '--to', NEW, '--format', 'json');
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as DriftReport;
    expect(report.summary).toEqual({
      breaking: 1,
      nonBreaking: 2,
      operationsAdded: 1,
      operationsRemoved: 0,
      operationsChanged: 1,
    });
    expect(report.changes.map((c) => [c.kind, c.operation, c.pointer, c.breaking])).toEqual([
      ['property-added', 'GET /jobs/{jobid}', 'endpoint', false],
      ['property-removed', 'GET /jobs/{jobid}', 'host', true],
      ['operation-added', 'GET /overview', '', false],
    ]);
  });

  it('--out writes the report atomically, not to stdout, and keeps the exit status', async () => {
    const out = path.join(tmp, 'report.json');
    await writeFile(out, 'old contents');
    const { code, stdout, stderr } = await run(
      'diff',
      '--from',
      OLD,
      '--to',
      NEW,
      '--format',
      'json',
      '--out',
      out,
    );
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(`flink-drift: wrote ${out} (1 breaking, 2 non-breaking)\n`);
    expect((JSON.parse(await readFile(out, 'utf8')) as DriftReport).summary.breaking).toBe(1);
    expect((await readdir(tmp)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('--out into a missing directory exits 2 and leaves nothing behind', async () => {
    const out = path.join(tmp, 'no-such-dir', 'report.md');
    const { code, stderr } = await run('diff', '--from', OLD, '--to', NEW, '--out', out);
    expect(code).toBe(2);
    expect(stderr).toBe(`flink-drift: --out ${out}: cannot write the report (ENOENT)\n`);
  });
});

describe('flink-drift diff on pinned versions', () => {
  it('2.1 → 2.2: no changes, exit 0', async () => {
    const { code, stdout } = await run('diff', '--from', '2.1', '--to', '2.2');
    expect(code).toBe(0);
    expect(stdout).toContain('Specs: 2.1 with overlays, 2.2 with overlays.');
    expect(stdout).toContain('No changes.');
  });

  it('a release version resolves to its line; --no-overlays is said in the report', async () => {
    const { code, stdout } = await run(
      'diff',
      '--from',
      '2.1.3',
      '--to',
      '2.2',
      '--no-overlays',
      '--format',
      'json',
    );
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as DriftReport;
    expect(report.from).toMatchObject({ label: '2.1', version: 'v1/2.1.3', overlays: false });
  });

  it('1.20 → 2.0 is breaking', async () => {
    const { code, stdout } = await run('diff', '--from', '1.20', '--to', '2.0');
    expect(code).toBe(1);
    expect(stdout).toContain(
      '`POST /jars/{jarid}/run` | query parameter program-args | parameter removed',
    );
  });

  it('--usage narrows 1.20 → 2.0 to what the fixture app calls', async () => {
    const { code, stdout } = await run(
      'diff',
      '--from',
      '1.20',
      '--to',
      '2.0',
      '--usage',
      APP,
      '--format',
      'json',
    );
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as DriftReport;
    expect(report.usage).toMatchObject({ used: 11, matched: 11, unmatched: [], dir: APP });
    expect(report.usage?.callers?.['POST /jars/{jarid}/run']).toEqual(['jobs.ts:20']);
    const operations = new Set(report.changes.map((c) => c.operation));
    expect([...operations].sort()).toEqual([
      'GET /jobs/overview',
      'GET /jobs/{jobid}',
      'GET /jobs/{jobid}/exceptions',
      'POST /jars/{jarid}/plan',
      'POST /jars/{jarid}/run',
    ]);
  });

  it('--usage in Markdown says how many operations were used and matched', async () => {
    const { stdout } = await run('diff', '--from', '2.1', '--to', '2.3', '--usage', APP);
    expect(stdout).toContain(
      `Usage: the code under \`${APP}\` calls 11 operation(s); 11 of them are in the specs`,
    );
    expect(stdout).toContain('## Where the code calls changed operations');
    expect(stdout).toContain('| `GET /jobs/{jobid}` | `jobs.ts:8`, `jobs.ts:21` |');
  });
});
