// moves to @flink-rest/specs
// The test kit's one use of @flink-rest/codegen: the mock serves the pinned spec with our
// overlays at /v1/api-docs, and codegen is where the loader lives until @flink-rest/specs does.
// Imported on first use: codegen loads openapi-typescript (and so TypeScript), which handlers
// and a mock's --help must not pay for.

/** The pinned spec of a supported line, with our overlays when `overlays` is true. */
export async function loadPinnedSpec(
  line: string,
  options: { overlays: boolean },
): Promise<unknown> {
  const codegen = await import('@flink-rest/codegen');
  return codegen.loadPinnedSpec(line, options);
}
