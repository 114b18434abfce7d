import { generatedFileName, routesFileName } from './output-names.js';

/**
 * The entry point pinned to one line, `entries/flink-<line>.ts` under `--out-dir`: a
 * `createFlinkClient` that needs no `flinkVersion`, the line's types, and the client's public
 * API. It imports two modules of the package it is generated into, from the folder above
 * `--out-dir`: `create-client.js` (`pinnedClient`) and `public-api.js`.
 */
export function renderEntryModule(header: string, line: string): string {
  const types = `../${generatedFileName(line).replace(/\.ts$/, '.js')}`;
  const routes = `../${routesFileName(line).replace(/\.ts$/, '.js')}`;
  return [
    header.trimEnd(),
    '',
    "import { pinnedClient } from '../../create-client.js';",
    `import type { paths } from '${types}';`,
    `import { routes } from '${routes}';`,
    '',
    `export type { components, operations, paths } from '${types}';`,
    "export * from '../../public-api.js';",
    `/** A client of Flink ${line}'s REST API: \`createFlinkClient({ baseUrl })\`, no \`flinkVersion\`. */`,
    `export const createFlinkClient = pinnedClient<paths>('${line}', routes);`,
    '',
  ].join('\n');
}
