import { describe, expect, it } from 'vitest';
import { renderEntryModule } from '../src/render-entry.js';

describe('renderEntryModule', () => {
  it('pins createFlinkClient to the line and re-exports its types and the public API', () => {
    expect(renderEntryModule('// GENERATED\n', '2.3').split('\n')).toEqual([
      '// GENERATED',
      '',
      "import { pinnedClient } from '../../create-client.js';",
      "import type { paths } from '../flink-2.3.js';",
      "import { routes } from '../flink-2.3.routes.js';",
      '',
      "export type { components, operations, paths } from '../flink-2.3.js';",
      "export * from '../../public-api.js';",
      "/** A client of Flink 2.3's REST API: `createFlinkClient({ baseUrl })`, no `flinkVersion`. */",
      "export const createFlinkClient = pinnedClient<paths>('2.3', routes);",
      '',
    ]);
  });
});
