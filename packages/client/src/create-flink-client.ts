/** `createFlinkClient` of the root entry: one line, or what a range of lines shares. */
import { type LineRange, linesOf } from '@flink-rest/versions';
import {
  createVersionedClient,
  type FlinkClient,
  type FlinkClientOptions,
} from './create-client.js';
import { type PathsByVersion, routesByVersion } from './generated/versions.js';
import type { FlinkLine, LinesOf, RangePaths } from './range-types.js';

/** The supported lines, oldest first. */
export const supportedFlinkVersions: readonly FlinkLine[] = Object.freeze(
  Object.keys(routesByVersion) as FlinkLine[],
);

/** What `flinkVersion` takes: a line, a range of lines (both ends included), or a list. */
export type FlinkVersionSpec = FlinkLine | `${FlinkLine} - ${FlinkLine}` | readonly FlinkLine[];

/** The client of a `flinkVersion`: one line's own types, or what the range's lines share. */
export type FlinkClientFor<R extends FlinkVersionSpec> = R extends FlinkLine
  ? FlinkClient<PathsByVersion[R] & object, R>
  : FlinkClient<RangePaths<LinesOf<R>>>;

/** The routes every line has: what a range client may call. */
function commonRoutes(lines: readonly FlinkLine[]): ReadonlySet<string> {
  const [first, ...rest] = lines.map((line) => routesByVersion[line]);
  return new Set([...(first ?? [])].filter((route) => rest.every((set) => set.has(route))));
}

/** How a range is named in errors and states: `1.18 - 2.3` when it has no gaps. */
function labelOf(lines: readonly string[]): string {
  const all = supportedFlinkVersions as readonly string[];
  const start = all.indexOf(lines[0] as string);
  const contiguous = lines.every((line, i) => all[start + i] === line);
  return contiguous ? `${lines[0]} - ${lines.at(-1)}` : lines.join(', ');
}

export function createFlinkClient<const R extends FlinkVersionSpec>(
  options: FlinkClientOptions & { readonly flinkVersion: R },
): FlinkClientFor<R> {
  if (options === null || typeof options !== 'object')
    throw new TypeError('options must be an object');
  const spec = options.flinkVersion as LineRange;
  const lines = linesOf(spec) as FlinkLine[];
  const label = lines.length === 1 ? (lines[0] as string) : labelOf(lines);
  const routes = lines.length === 1 ? routesByVersion[lines[0] as FlinkLine] : commonRoutes(lines);
  return createVersionedClient(label, lines, routes, options) as unknown as FlinkClientFor<R>;
}
