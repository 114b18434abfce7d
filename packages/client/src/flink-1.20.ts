/** Entry point pinned to Flink 1.20: `import { createFlinkClient } from '@flink-rest/client/flink-1.20'`. */
import { pinnedClient } from './create-client.js';
import type { paths } from './generated/flink-1.20.js';
import { routes } from './generated/flink-1.20.routes.js';

export type { components, operations, paths } from './generated/flink-1.20.js';
export * from './public-api.js';
export const createFlinkClient = pinnedClient<paths>('1.20', routes);
