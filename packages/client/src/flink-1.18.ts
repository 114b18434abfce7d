/** Entry point pinned to Flink 1.18: `import { createFlinkClient } from '@flink-rest/client/flink-1.18'`. */
import { pinnedClient } from './create-client.js';
import type { paths } from './generated/flink-1.18.js';
import { routes } from './generated/flink-1.18.routes.js';

export type { components, operations, paths } from './generated/flink-1.18.js';
export * from './public-api.js';
export const createFlinkClient = pinnedClient<paths>('1.18', routes);
