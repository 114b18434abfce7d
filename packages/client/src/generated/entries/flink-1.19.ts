// GENERATED FILE - DO NOT EDIT.
// The entry point of Flink 1.19 (1.19.3), from the version matrix.
// Regenerate: npm run generate (flink-codegen generate --all)

import { pinnedClient } from '../../create-client.js';
import type { paths } from '../flink-1.19.js';
import { routes } from '../flink-1.19.routes.js';

export type { components, operations, paths } from '../flink-1.19.js';
export * from '../../public-api.js';
/** A client of Flink 1.19's REST API: `createFlinkClient({ baseUrl })`, no `flinkVersion`. */
export const createFlinkClient = pinnedClient<paths>('1.19', routes);
