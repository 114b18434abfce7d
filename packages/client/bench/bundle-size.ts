/**
 * Bundle size of the root entry (issue 12): what `import { createFlinkClient } from
 * '@flink-rest/client'` adds to a browser app, against `openapi-fetch` alone, bundled the same
 * way in the same run. esbuild, minified ESM; gzip is node:zlib at level 9. The built package
 * (`dist/`) is what gets bundled, resolved as an app would resolve it.
 *
 * Two client entries: `createFlinkClient` alone, and one that also reaches a helper
 * (`savepoints.trigger`), so tree-shaking cannot leave out the helpers. The larger one is held
 * to the goal. esbuild's metafile says which modules the kilobytes come from. The Node bundle
 * (`platform: 'node'`) is measured too, for comparison.
 *
 * A bundle that does not build is recorded as a failure with esbuild's first errors, not a
 * crash. A browser bundle that builds is also evaluated in a context holding only web globals
 * (no `process`, `Buffer`, `require`) and asked for a client, so the size measured is the size
 * of a bundle that loads.
 */
import path from 'node:path';
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';
import {
  build,
  version as esbuildVersion,
  type Message,
  type Metafile,
  type Plugin,
} from 'esbuild';
import { benchDir, goal, pkg, type Row, writeSection } from './results.js';

const root = path.resolve(pkg, '../..');
const GOAL_GZIP_KB = 15;
/** The generated `METHOD /path` set of one Flink line, in dist/. */
const ROUTE_TABLE = /generated[\\/]flink-[\d.]+\.routes\.js$/;

const entries = {
  client: `import { createFlinkClient } from '@flink-rest/client';\nexport default createFlinkClient;\n`,
  'client + helper': `import { createFlinkClient } from '@flink-rest/client';\nexport default (baseUrl) => createFlinkClient({ baseUrl, flinkVersion: '2.3' }).savepoints.trigger;\n`,
  'openapi-fetch': `import createClient from 'openapi-fetch';\nexport default createClient;\n`,
} as const;
type Entry = keyof typeof entries;

type Built =
  | {
      ok: true;
      /** The entry's output file. */
      code: Uint8Array;
      /** Minified bytes loaded up front: the entry's output and the chunks it imports statically. */
      bytes: number;
      /** The same, each file gzipped. */
      gzip: number;
      metafile: Metafile;
      /** With `splitting`: the other chunks, loaded by dynamic import when first needed. */
      lazy: { file: string; bytes: number }[];
    }
  | { ok: false; reason: string };

const kB = (bytes: number) => bytes / 1000;

/** esbuild's first distinct errors, each with the file that raised it. */
function describe(errors: readonly Message[]): string {
  const distinct = [
    ...new Set(
      errors.map(
        (e) => `${e.text}${e.location ? ` in ${e.location.file.replace(/^(\.\.\/)+/, '')}` : ''}`,
      ),
    ),
  ];
  return `build failed, ${errors.length} error(s): ${distinct.slice(0, 3).join('; ')}${distinct.length > 3 ? '; …' : ''}`;
}

/** Replaces every version's route table with an empty one: what the bundle is without them. */
const emptyRouteTables: Plugin = {
  name: 'empty-route-tables',
  setup(b) {
    b.onLoad({ filter: ROUTE_TABLE }, () => ({
      contents: 'export const routes = new Set();',
      loader: 'js',
    }));
  },
};

async function bundle(
  entry: Entry,
  platform: 'browser' | 'node',
  options: { format?: 'esm' | 'iife'; withoutRouteTables?: boolean; splitting?: boolean } = {},
): Promise<Built> {
  const { format = 'esm', withoutRouteTables = false, splitting = false } = options;
  try {
    const result = await build({
      stdin: { contents: entries[entry], resolveDir: pkg, loader: 'js' },
      bundle: true,
      minify: true,
      format,
      ...(format === 'iife' ? { globalName: 'entry' } : {}),
      ...(withoutRouteTables ? { plugins: [emptyRouteTables] } : {}),
      // Nothing is written (write: false): outdir and outfile only name the outputs.
      ...(splitting
        ? { splitting, outdir: path.join(benchDir, 'bundle') }
        : { outfile: path.join(benchDir, 'bundle', 'entry.js') }),
      absWorkingDir: pkg,
      platform,
      target: 'es2022',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    // What loads up front: the entry's output and the chunks it imports statically; the rest
    // (with `splitting`) waits for a dynamic import().
    const outputs = result.metafile.outputs;
    const entryOut = Object.keys(outputs).find((o) => outputs[o]?.entryPoint === '<stdin>');
    const upFront = new Set<string>();
    const visit = (out: string) => {
      if (upFront.has(out)) return;
      upFront.add(out);
      for (const i of outputs[out]?.imports ?? []) {
        if (i.kind === 'import-statement' && !i.external) visit(i.path);
      }
    };
    if (entryOut) visit(entryOut);
    const files = result.outputFiles.map((f) => ({
      out: path.relative(pkg, f.path),
      contents: f.contents,
    }));
    const loaded = files.filter((f) => upFront.has(f.out));
    const code = files.find((f) => f.out === entryOut)?.contents;
    if (!code || code.byteLength === 0) return { ok: false, reason: 'empty output' };
    const lazy = files
      .filter((f) => !upFront.has(f.out))
      .map((f) => {
        const from = outputs[f.out]?.entryPoint;
        return {
          file: from ? path.relative(root, path.resolve(pkg, from)) : f.out,
          bytes: f.contents.byteLength,
        };
      });
    return {
      ok: true,
      code,
      bytes: loaded.reduce((sum, f) => sum + f.contents.byteLength, 0),
      gzip: loaded.reduce((sum, f) => sum + gzipSync(f.contents, { level: 9 }).byteLength, 0),
      metafile: result.metafile,
      lazy,
    };
  } catch (error) {
    const errors = (error as { errors?: Message[] }).errors;
    return { ok: false, reason: errors ? describe(errors) : String(error) };
  }
}

/**
 * Runs the IIFE form of the browser bundle with web globals only and makes a client through it:
 * `ok`, or the error a browser would throw.
 */
async function loadsWithWebGlobalsOnly(): Promise<string> {
  const built = await bundle('client + helper', 'browser', { format: 'iife' });
  if (!built.ok) return built.reason;
  const web = [
    'fetch',
    'Request',
    'Response',
    'Headers',
    'FormData',
    'Blob',
    'File',
    'URL',
    'URLSearchParams',
    'AbortController',
    'AbortSignal',
    'TextEncoder',
    'TextDecoder',
    'ReadableStream',
    'crypto',
    'setTimeout',
    'clearTimeout',
    'queueMicrotask',
    'structuredClone',
    'console',
    'DOMException',
    'Event',
    'EventTarget',
    'atob',
    'btoa',
    'performance',
  ] as const;
  const context = vm.createContext(
    Object.fromEntries(web.map((name) => [name, (globalThis as Record<string, unknown>)[name]])),
  );
  try {
    vm.runInContext(new TextDecoder().decode(built.code), context);
    const make = (context.entry as { default: (baseUrl: string) => unknown }).default;
    const trigger = make('http://localhost:8081');
    return typeof trigger === 'function' ? 'ok' : `savepoints.trigger is ${typeof trigger}`;
  } catch (error) {
    return `${(error as Error)?.name}: ${(error as Error)?.message}`;
  }
}

/** Every input with its minified bytes in the output, largest first, named from the repository root. */
function inputs(metafile: Metafile) {
  const output = Object.values(metafile.outputs)[0];
  if (!output) return [];
  return Object.entries(output.inputs)
    .map(([file, { bytesInOutput }]) => ({
      file: path.relative(root, path.resolve(pkg, file)),
      bytes: bytesInOutput,
    }))
    .sort((a, b) => b.bytes - a.bytes);
}

/** The package an input belongs to: `openapi-fetch`, or `packages/client` for ours. */
function packageOf(file: string): string {
  const installed = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
  if (installed) return installed[1] as string;
  const ours = /^packages\/[^/]+/.exec(file);
  return ours ? ours[0] : file;
}

/**
 * Rows that say where a bundle's kilobytes come from: by package, then (with `top`) the route
 * tables together and the largest other inputs.
 */
function whereTheBytesGo(platform: string, metafile: Metafile, total: number, top = 0): Row[] {
  const all = inputs(metafile);
  const share = (bytes: number) => `${((bytes / total) * 100).toFixed(1)} % of the minified bundle`;
  const byPackage = new Map<string, number>();
  for (const { file, bytes } of all) {
    byPackage.set(packageOf(file), (byPackage.get(packageOf(file)) ?? 0) + bytes);
  }
  const rows: Row[] = [...byPackage]
    .sort((a, b) => b[1] - a[1])
    .map(([name, bytes]) => ({
      name: `${platform} bundle, from ${name}`,
      value: kB(bytes),
      unit: 'kB',
      note: share(bytes),
    }));
  if (top === 0) return rows;
  const routeTables = all.filter(({ file }) => ROUTE_TABLE.test(file));
  const routeBytes = routeTables.reduce((sum, { bytes }) => sum + bytes, 0);
  return [
    ...rows,
    {
      name: `${platform} bundle, the ${routeTables.length} route tables (generated/flink-*.routes.js) together`,
      value: kB(routeBytes),
      unit: 'kB',
      note: share(routeBytes),
    },
    ...all
      .filter(({ file }) => !ROUTE_TABLE.test(file))
      .slice(0, top)
      .map(({ file, bytes }) => ({
        name: `${platform} bundle input: ${file}`,
        value: kB(bytes),
        unit: 'kB',
        note: share(bytes),
      })),
  ];
}

const label: Record<Entry, string> = {
  client: 'createFlinkClient only',
  'client + helper': 'createFlinkClient + savepoints.trigger',
  'openapi-fetch': 'openapi-fetch alone (createClient)',
};
const rows: Row[] = [];
const sizeRows = (name: string, b: Built, gzipNote = '') => {
  rows.push(
    {
      name: `${name}: minified`,
      value: b.ok ? kB(b.bytes) : null,
      unit: 'kB',
      note: b.ok ? '' : b.reason,
    },
    {
      name: `${name}: minified + gzip`,
      value: b.ok ? kB(b.gzip) : null,
      unit: 'kB',
      note: b.ok ? gzipNote : 'build failed (see above)',
    },
  );
};

// Browser: the goal.
const browser = {
  'openapi-fetch': await bundle('openapi-fetch', 'browser'),
  client: await bundle('client', 'browser'),
  'client + helper': await bundle('client + helper', 'browser'),
};
const helper = browser['client + helper'];
const base = browser['openapi-fetch'];
sizeRows(`browser, ${label['openapi-fetch']}`, base);
sizeRows(`browser, ${label.client}`, browser.client);
sizeRows(
  `browser, ${label['client + helper']}`,
  helper,
  `${goal(helper.ok ? kB(helper.gzip) : null, GOAL_GZIP_KB, `≤ ${GOAL_GZIP_KB} kB gzip`)}; run with web globals only: ${helper.ok ? await loadsWithWebGlobalsOnly() : 'not built'}`,
);
rows.push(
  {
    name: 'browser, client + helper / openapi-fetch alone, minified',
    value: helper.ok && base.ok ? helper.bytes / base.bytes : null,
    unit: 'x',
    note: '',
  },
  {
    name: 'browser, client + helper / openapi-fetch alone, minified + gzip',
    value: helper.ok && base.ok ? helper.gzip / base.gzip : null,
    unit: 'x',
    note: '',
  },
);
if (helper.ok) {
  const without = await bundle('client + helper', 'browser', { withoutRouteTables: true });
  const tables = inputs(helper.metafile).filter(({ file }) => ROUTE_TABLE.test(file)).length;
  rows.push({
    name: `browser bundle, gzip bytes the ${tables} route tables add`,
    value: without.ok ? kB(helper.gzip - without.gzip) : null,
    unit: 'kB',
    note: without.ok
      ? `gzip of the bundle minus gzip of the same bundle with every route table empty (${kB(without.gzip).toFixed(2)} kB)`
      : without.reason,
  });
  rows.push(...whereTheBytesGo('browser', helper.metafile, helper.bytes, 8));
}

// Node: one file, as the old figure was taken, and split, as a Node app loads it.
const node = await bundle('client + helper', 'node');
const split = await bundle('client + helper', 'node', { splitting: true });
sizeRows(`node, ${label['client + helper']}, one file`, node);
sizeRows(`node, ${label['client + helper']}, code-split: what loads up front`, split);
if (split.ok) {
  for (const { file, bytes } of split.lazy) {
    rows.push({
      name: `node, code-split: chunk of ${file}`,
      value: kB(bytes),
      unit: 'kB',
      note: 'minified; loaded by a dynamic import() when first needed',
    });
  }
}
if (node.ok) rows.push(...whereTheBytesGo('node', node.metafile, node.bytes));

await writeSection(
  'bundle.json',
  `client: bundle size of the root entry (esbuild ${esbuildVersion}, minified ESM, target es2022; gzip: node:zlib level 9; 1 kB = 1000 bytes)`,
  rows,
  { timed: false },
);
