/** Entry point pinned to Flink 1.19: `import { createFlinkClient } from '@flink-rest/client/flink-1.19'`. */
import { pinnedClient } from './create-client.js';
import type { paths } from './generated/flink-1.19.js';
import { routes } from './generated/flink-1.19.routes.js';

export type { components, operations, paths } from './generated/flink-1.19.js';
export * from './public-api.js';
export const createFlinkClient = pinnedClient<paths>('1.19', routes);
