export { compareLines, LINE, lineOf, RELEASE } from './flink-version.js';
export { type LineRange, linesOf } from './line-range.js';
export {
  type FlinkRelease,
  newestVersion,
  oldestVersion,
  supportedLines,
  supportedVersions,
} from './matrix.js';
export { parseMatrix } from './parse-matrix.js';
export { describeSupported, findRelease, findSupported, nearestSupported } from './resolve.js';
