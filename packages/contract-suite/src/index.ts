/**
 * Public API. Each area keeps its own explicit export list; this file only joins them.
 * - drift: spec-vs-spec comparison (`flink-drift diff`)
 * - recording: fixtures, normalization, replay (msw handlers), validation against specs
 * - mock: a standalone mock JobManager answering from a version's fixtures
 */
export * from './drift/index.js';
export * from './mock/index.js';
export * from './recording/index.js';
