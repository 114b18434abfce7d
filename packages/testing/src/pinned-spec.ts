// moves to @flink-rest/specs
// The test kit's one import of @flink-rest/codegen: the mock serves the pinned spec with our
// overlays at /v1/api-docs, and codegen is where the loader lives until @flink-rest/specs does.
export { loadPinnedSpec } from '@flink-rest/codegen';
