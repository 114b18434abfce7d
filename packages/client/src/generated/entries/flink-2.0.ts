// GENERATED FILE - DO NOT EDIT.
// The entry point of Flink 2.0 (2.0.2), from the version matrix.
// Regenerate: npm run generate (flink-codegen generate --all)

import { pinnedClient } from '../../create-client.js';
import type { paths } from '../flink-2.0.js';
import { routes } from '../flink-2.0.routes.js';

export type { components, operations, paths } from '../flink-2.0.js';
export * from '../../public-api.js';
/** A client of Flink 2.0's REST API: `createFlinkClient({ baseUrl })`, no `flinkVersion`. */
export const createFlinkClient = pinnedClient<paths>('2.0', routes);
