import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pinnedSpecPath } from '@flink-rest/specs';
import { newestVersion, oldestVersion, supportedVersions } from '@flink-rest/versions';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  flinkApiDocs404,
  flinkConfig,
  type Handler,
  type LocalServer,
  reply,
  startLocalServer,
} from './local-server.js';
import { nextLine } from './matrix.js';
import { runCli } from './run-cli.js';

const newest = newestVersion;
const esc = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const unpinnedLine = nextLine(newest.line);

const validSpec = {
  openapi: '3.0.1',
  info: { title: 'Mine', version: 'custom' },
  paths: { '/a': { get: { responses: { 200: { description: 'ok' } } } } },
};

let dir: string;
let out: string;
let servers: LocalServer[] = [];

async function serve(routes: Parameters<typeof startLocalServer>[0]) {
  const server = await startLocalServer(routes);
  servers.push(server);
  return server;
}

/** A port nothing listens on: bound once, then closed. */
async function closedPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Never answers: the client's timeout has to end the request. */
const hang: Handler = () => {};

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'codegen-cli-'));
  out = path.join(dir, 'out.ts');
});
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, text: string): Promise<string> {
  const p = path.join(dir, name);
  await writeFile(p, text);
  return p;
}

/** The failure left nothing behind: the old output is untouched and no temp file remains. */
async function expectNoOutput(before: string | undefined) {
  const names = await readdir(dir);
  expect(names.filter((n) => n.endsWith('.tmp'))).toEqual([]);
  if (before === undefined) expect(names).not.toContain('out.ts');
  else expect(await readFile(out, 'utf8')).toBe(before);
}

describe('flink-codegen: bad input is one line on stderr, exit 1, no output', () => {
  const cases: {
    name: string;
    argv: () => Promise<string[]>;
    says: RegExp;
  }[] = [
    {
      name: 'malformed YAML',
      argv: async () => [
        'generate',
        '--spec',
        await file('bad.yaml', 'openapi: 3.0.1\npaths:\n  /a: [1,\n'),
        '--out',
        out,
      ],
      says: /bad\.yaml: invalid YAML at line \d+ column \d+: /,
    },
    {
      name: 'malformed JSON',
      argv: async () => [
        'generate',
        '--spec',
        await file('bad.json', '{"openapi": "3.0.1",\n "paths": {,}}'),
        '--out',
        out,
      ],
      says: /bad\.json: invalid JSON at line 2 column \d+: /,
    },
    {
      name: 'a Swagger 2.0 document',
      argv: async () => [
        'generate',
        '--spec',
        await file('s.json', '{"swagger":"2.0","paths":{}}'),
        '--out',
        out,
      ],
      says: /s\.json: not an OpenAPI 3 document: it is Swagger 2\.0 \(#\/swagger\)/,
    },
    {
      name: 'a document that is not an API description',
      argv: async () => [
        'generate',
        '--spec',
        await file('x.yaml', 'hello: world\n'),
        '--out',
        out,
      ],
      says: /x\.yaml: not an OpenAPI 3 document: #\/openapi is missing/,
    },
    {
      name: 'a dangling $ref',
      argv: async () => [
        'generate',
        '--spec',
        await file(
          'd.yaml',
          'openapi: 3.0.1\ninfo: {title: t, version: x}\npaths:\n  /a:\n    get:\n      responses:\n        "200":\n          description: ok\n          content:\n            application/json:\n              schema: {$ref: "#/components/schemas/Missing"}\n',
        ),
        '--out',
        out,
      ],
      says: /d\.yaml: \$ref "#\/components\/schemas\/Missing" at #\/paths\/~1a\/get\/responses\/200\/content\/application~1json\/schema\/\$ref does not resolve/,
    },
    {
      name: 'a missing file',
      argv: async () => ['generate', '--spec', path.join(dir, 'nope.yaml'), '--out', out],
      says: /nope\.yaml: cannot read the spec \(no such file\)/,
    },
    {
      name: 'an unreachable spec URL',
      argv: async () => [
        'generate',
        '--spec',
        `http://127.0.0.1:${await closedPort()}/spec.json`,
        '--out',
        out,
      ],
      says: /GET http:\/\/127\.0\.0\.1:\d+\/spec\.json failed: .*ECONNREFUSED/,
    },
    {
      name: 'a spec server that hangs',
      argv: async () => {
        const server = await serve({ '/spec.json': hang });
        return [
          'generate',
          '--spec',
          `${server.url}/spec.json`,
          '--out',
          out,
          '--timeout-ms',
          '300',
        ];
      },
      says: /GET http:\/\/127\.0\.0\.1:\d+\/spec\.json timed out after 300 ms/,
    },
    {
      name: 'a spec URL answering 500',
      argv: async () => {
        const server = await serve({ '/spec.json': reply(500, { errors: ['boom'] }) });
        return ['generate', '--spec', `${server.url}/spec.json`, '--out', out];
      },
      says: /GET http:\/\/127\.0\.0\.1:\d+\/spec\.json answered HTTP 500/,
    },
    {
      name: 'an unpinned --flink-version',
      argv: async () => ['generate', '--flink-version', '0.9', '--out', out],
      says: new RegExp(
        `Flink 0\\.9 has no pinned spec; nearest pinned: ${esc(`${oldestVersion.line} (${oldestVersion.version})`)}\n`,
      ),
    },
    {
      name: 'pull from an unreachable JobManager',
      argv: async () => ['pull', '--url', `http://127.0.0.1:${await closedPort()}`, '--out', out],
      says: /GET http:\/\/127\.0\.0\.1:\d+\/v1\/api-docs failed: .*ECONNREFUSED/,
    },
    {
      name: 'pull from a JobManager that hangs',
      argv: async () => {
        const server = await serve({ '/v1/api-docs': hang });
        return ['pull', '--url', server.url, '--out', out, '--timeout-ms', '250'];
      },
      says: /GET http:\/\/127\.0\.0\.1:\d+\/v1\/api-docs timed out after 250 ms/,
    },
    {
      name: 'pull from a cluster of an unpinned version',
      argv: async () => {
        const server = await serve({
          '/v1/api-docs': flinkApiDocs404,
          '/v1/config': flinkConfig(`${unpinnedLine}.0`),
        });
        return ['pull', '--url', server.url, '--out', out];
      },
      says: new RegExp(
        `Flink ${esc(unpinnedLine)}\\.0 \\(from http://127\\.0\\.0\\.1:\\d+/v1/config\\) has no pinned spec; nearest pinned: ${esc(newest.line)} `,
      ),
    },
    {
      name: 'pull from a server that is not Flink',
      argv: async () => {
        const server = await serve({ '/v1/api-docs': reply(404, 'nope', 'text/plain') });
        return ['pull', '--url', server.url, '--out', out];
      },
      says: /GET http:\/\/127\.0\.0\.1:\d+\/v1\/api-docs answered 404 and GET .*\/v1\/config answered HTTP 404: Not found: \/v1\/config: is this a Flink JobManager\?/,
    },
    {
      name: 'pull of an api-docs that is not OpenAPI 3',
      argv: async () => {
        const server = await serve({ '/v1/api-docs': reply(200, { swagger: '2.0', paths: {} }) });
        return ['pull', '--url', server.url, '--out', out];
      },
      says: /http:\/\/127\.0\.0\.1:\d+\/v1\/api-docs: not an OpenAPI 3 document: it is Swagger 2\.0/,
    },
  ];

  for (const existing of [undefined, 'previous output\n']) {
    it.each(cases)(
      `$name (${existing ? 'an old output stays as it was' : 'no output file'})`,
      async ({ argv, says }) => {
        if (existing) await writeFile(out, existing);
        const args = await argv();
        const result = await runCli(args);
        expect(result.code).toBe(1);
        expect(result.stderr).toMatch(/^flink-codegen: [^\n]+\n$/);
        expect(result.stderr).toMatch(says);
        await expectNoOutput(existing);
      },
    );
  }

  it.each([
    { name: 'no command', argv: [], code: 2, says: /Usage:/ },
    { name: 'an unknown command', argv: ['build'], code: 2, says: /unknown command "build"/ },
    {
      name: 'generate without a source',
      argv: ['generate', '--out', 'x'],
      code: 2,
      says: /exactly one of --spec, --flink-version or --all/,
    },
    {
      name: 'two sources',
      argv: ['generate', '--all', '--flink-version', '2.3'],
      code: 2,
      says: /exactly one of/,
    },
    {
      name: '--check without --all',
      argv: ['generate', '--flink-version', '2.3', '--check'],
      code: 2,
      says: /--check only goes with --all/,
    },
    {
      name: 'generate without --out',
      argv: ['generate', '--flink-version', '2.3'],
      code: 2,
      says: /generate needs --out/,
    },
    { name: 'pull without --url', argv: ['pull', '--out', 'x'], code: 2, says: /pull needs --url/ },
    {
      name: '--all without anything to keep up to date',
      argv: ['generate', '--all'],
      code: 2,
      says: /--all needs --out-dir <dir>, --package-json <file> or --readme <file>/,
    },
    {
      name: '--readme without --all',
      argv: ['generate', '--flink-version', '2.3', '--out', 'x', '--readme', 'README.md'],
      code: 2,
      says: /--readme only goes with --all/,
    },
    {
      name: 'a bad timeout',
      argv: ['pull', '--url', 'http://127.0.0.1:1', '--out', 'x', '--timeout-ms', 'soon'],
      code: 2,
      says: /--timeout-ms must be a positive whole number of ms, got "soon"/,
    },
    { name: 'an unknown flag', argv: ['generate', '--nope'], code: 2, says: /'--nope'/ },
  ])('usage error: $name', async ({ argv, code, says }) => {
    const result = await runCli(argv);
    expect(result.code).toBe(code);
    expect(result.stderr + result.stdout).toMatch(says);
  });
});

describe('flink-codegen pull', () => {
  it.each([
    { name: 'JSON', contentType: 'application/json', body: JSON.stringify(validSpec) },
    {
      name: 'YAML',
      contentType: 'application/yaml',
      body: 'openapi: 3.0.1\ninfo: {title: Mine, version: x}\npaths: {}\n',
    },
  ])(
    'saves the /v1/api-docs a server serves ($name), byte for byte',
    async ({ contentType, body }) => {
      const server = await serve({ '/v1/api-docs': reply(200, body, contentType) });
      const result = await runCli(['pull', '--url', `${server.url}/`, '--out', out]);
      expect(result).toMatchObject({ code: 0, stderr: '' });
      expect(await readFile(out, 'utf8')).toBe(body);
      expect(server.requests).toEqual(['GET /v1/api-docs']);
    },
  );

  it.each([
    { name: 'the pinned release', flinkVersion: newest.version, note: '' },
    {
      name: 'another patch release',
      flinkVersion: `${newest.line}.99`,
      note: `, extracted from ${newest.version}`,
    },
  ])(
    'answers a real-Flink 404 with the pinned spec of the cluster line ($name)',
    async ({ flinkVersion, note }) => {
      const server = await serve({
        '/v1/api-docs': flinkApiDocs404,
        '/v1/config': flinkConfig(flinkVersion),
      });
      const result = await runCli(['pull', '--url', server.url, '--out', out]);
      const pinnedFile = pinnedSpecPath(newest.line);
      expect(result.code).toBe(0);
      expect(result.stderr).toBe(
        `flink-codegen: ${server.url}/v1/api-docs answered 404 (Flink serves no spec); the cluster runs Flink ${flinkVersion} (${server.url}/v1/config), so using the pinned spec of line ${newest.line} (${pinnedFile}${note})\n`,
      );
      expect(await readFile(out, 'utf8')).toBe(await readFile(pinnedFile, 'utf8'));
      expect(server.requests).toEqual(['GET /v1/api-docs', 'GET /v1/config']);
    },
  );
});

describe('flink-codegen generate', () => {
  it('--spec of a pinned spec file applies the overlays of its line', async () => {
    const result = await runCli(['generate', '--spec', pinnedSpecPath(newest.line), '--out', out]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const text = await readFile(out, 'utf8');
    expect(text).toMatch(
      new RegExp(
        `^// GENERATED FILE - DO NOT EDIT\\.\\n// TypeScript types of the Flink ${esc(newest.line)} JobManager REST API \\(info\\.version v1/${esc(newest.version)}\\),`,
      ),
    );
    expect(text).toContain('//   - error-response-body (none filed)');
    expect(text).toContain('ErrorResponseBody: {');
  });

  it('--spec of a URL without a Flink version generates it as is, and says so', async () => {
    const server = await serve({ '/openapi.json': reply(200, validSpec) });
    const result = await runCli([
      'generate',
      '--spec',
      `${server.url}/openapi.json`,
      '--out',
      out,
      '--timeout-ms',
      '5000',
    ]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      `flink-codegen: note: ${server.url}/openapi.json #/info/version ("custom") names no Flink line, so no overlays were applied\n`,
    );
    const text = await readFile(out, 'utf8');
    expect(text).toContain('// Overlays: none\n');
    expect(text).toContain('"/a": {');
  });

  it('--flink-version with --no-overlays generates the spec as extracted', async () => {
    const result = await runCli([
      'generate',
      '--flink-version',
      newest.version,
      '--no-overlays',
      '--out',
      out,
    ]);
    expect(result.code).toBe(0);
    const text = await readFile(out, 'utf8');
    expect(text).toContain(
      `// TypeScript types of the Apache Flink ${newest.version} JobManager REST API,`,
    );
    expect(text).toContain('// Overlays: none\n');
    expect(text).not.toContain('ErrorResponseBody');
  });

  // Every version through the CLI, twice: write, then check after a hand edit. (Missing and
  // extra files, and a matrix with a line more, are in generate.test.ts on one line.)
  it('--all writes every target, and --check names a hand-edited file', async () => {
    const outDir = path.join(dir, 'src', 'generated');
    const pkg = path.join(dir, 'package.json');
    const readme = path.join(dir, 'README.md');
    await writeFile(pkg, `${JSON.stringify({ name: 'x', exports: { '.': './dist/index.js' } })}\n`);
    await writeFile(readme, 'Versions: <!-- flink-versions:releases --><!-- /flink-versions -->\n');
    const all = [
      'generate',
      '--all',
      '--out-dir',
      outDir,
      '--package-json',
      pkg,
      '--readme',
      readme,
    ];

    const written = await runCli(all);
    expect(written).toMatchObject({ code: 0, stderr: '' });
    expect(written.stdout).toMatch(/^\d+ written, 0 unchanged, 0 removed: /);
    expect((await readdir(outDir, { recursive: true })).sort()).toEqual(
      [
        ...supportedVersions.flatMap((v) => [
          `flink-${v.line}.ts`,
          `flink-${v.line}.routes.ts`,
          `entries/flink-${v.line}.ts`,
        ]),
        'entries',
        'versions.ts',
      ].sort(),
    );
    expect(await readFile(readme, 'utf8')).toContain(
      supportedVersions.map((v) => v.version).join(', '),
    );
    expect(Object.keys(JSON.parse(await readFile(pkg, 'utf8')).exports)).toEqual([
      '.',
      ...supportedVersions.map((v) => `./flink-${v.line}`),
    ]);

    const file = path.join(outDir, `flink-${newest.line}.ts`);
    await writeFile(file, `${await readFile(file, 'utf8')}// hand edit\n`);
    const stale = await runCli([...all, '--check']);
    expect(stale).toMatchObject({
      code: 1,
      stderr: `flink-codegen: generated files disagree with the version matrix and specs: ${file} (differs); run npm run generate (flink-codegen generate --all)\n`,
    });
  }, 120_000);
});
