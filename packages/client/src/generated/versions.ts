// GENERATED FILE - DO NOT EDIT.
// The supported Flink lines of the client, from the version matrix.
// Regenerate: npm run generate (flink-codegen generate --all)

import type { paths as paths_1_18 } from './flink-1.18.js';
import type { paths as paths_1_19 } from './flink-1.19.js';
import type { paths as paths_1_20 } from './flink-1.20.js';
import type { paths as paths_2_0 } from './flink-2.0.js';
import type { paths as paths_2_1 } from './flink-2.1.js';
import type { paths as paths_2_2 } from './flink-2.2.js';
import type { paths as paths_2_3 } from './flink-2.3.js';
import { routes as routes_1_18 } from './flink-1.18.routes.js';
import { routes as routes_1_19 } from './flink-1.19.routes.js';
import { routes as routes_1_20 } from './flink-1.20.routes.js';
import { routes as routes_2_0 } from './flink-2.0.routes.js';
import { routes as routes_2_1 } from './flink-2.1.routes.js';
import { routes as routes_2_2 } from './flink-2.2.routes.js';
import { routes as routes_2_3 } from './flink-2.3.routes.js';

/** The generated `paths` type of each supported Flink line. */
export interface PathsByVersion {
  readonly '1.18': paths_1_18;
  readonly '1.19': paths_1_19;
  readonly '1.20': paths_1_20;
  readonly '2.0': paths_2_0;
  readonly '2.1': paths_2_1;
  readonly '2.2': paths_2_2;
  readonly '2.3': paths_2_3;
}

/** The supported lines, oldest first: what a range such as `1.18 - 2.3` walks at the type level. */
export type LineOrder = readonly ['1.18', '1.19', '1.20', '2.0', '2.1', '2.2', '2.3'];

/** The route set of each supported Flink line, oldest first. */
export const routesByVersion: { readonly [L in keyof PathsByVersion]: ReadonlySet<string> } = {
  '1.18': routes_1_18,
  '1.19': routes_1_19,
  '1.20': routes_1_20,
  '2.0': routes_2_0,
  '2.1': routes_2_1,
  '2.2': routes_2_2,
  '2.3': routes_2_3,
};
