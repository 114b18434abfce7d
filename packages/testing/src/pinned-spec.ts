// The mock serves the pinned spec with our overlays at /v1/api-docs. The loader is imported on
// first use, so msw handlers and a mock's --help do not pay for parsing YAML they never read.

/** The pinned spec of a supported line, with our overlays when `overlays` is true. */
export async function loadPinnedSpec(
  line: string,
  options: { overlays: boolean },
): Promise<unknown> {
  const specs = await import('@flink-rest/specs');
  return specs.loadPinnedSpec(line, options);
}
