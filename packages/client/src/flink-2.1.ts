/** Entry point pinned to Flink 2.1: `import { createFlinkClient } from '@flink-rest/client/flink-2.1'`. */
import { pinnedClient } from './create-client.js';
import type { paths } from './generated/flink-2.1.js';
import { routes } from './generated/flink-2.1.routes.js';

export type { components, operations, paths } from './generated/flink-2.1.js';
export * from './public-api.js';
export const createFlinkClient = pinnedClient<paths>('2.1', routes);
