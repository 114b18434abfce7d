/** Entry point pinned to Flink 2.2: `import { createFlinkClient } from '@flink-rest/client/flink-2.2'`. */
import { pinnedClient } from './create-client.js';
import type { paths } from './generated/flink-2.2.js';
import { routes } from './generated/flink-2.2.routes.js';

export type { components, operations, paths } from './generated/flink-2.2.js';
export * from './public-api.js';
export const createFlinkClient = pinnedClient<paths>('2.2', routes);
