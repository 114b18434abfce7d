// GENERATED FILE - DO NOT EDIT.
// The entry point of Flink 1.20 (1.20.5), from the version matrix.
// Regenerate: npm run generate (flink-codegen generate --all)

import { pinnedClient } from '../../create-client.js';
import type { paths } from '../flink-1.20.js';
import { routes } from '../flink-1.20.routes.js';

export type { components, operations, paths } from '../flink-1.20.js';
export * from '../../public-api.js';
/** A client of Flink 1.20's REST API: `createFlinkClient({ baseUrl })`, no `flinkVersion`. */
export const createFlinkClient = pinnedClient<paths>('1.20', routes);
