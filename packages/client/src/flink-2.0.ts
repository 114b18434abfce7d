/** Entry point pinned to Flink 2.0: `import { createFlinkClient } from '@flink-rest/client/flink-2.0'`. */
import { pinnedClient } from './create-client.js';
import type { paths } from './generated/flink-2.0.js';
import { routes } from './generated/flink-2.0.routes.js';

export type { components, operations, paths } from './generated/flink-2.0.js';
export * from './public-api.js';
export const createFlinkClient = pinnedClient<paths>('2.0', routes);
