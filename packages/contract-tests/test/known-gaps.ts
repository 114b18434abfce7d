/**
 * Mismatches that remain with every overlay applied: real differences between what Flink sends
 * and its spec that no overlay in specs/overlays/ corrects yet. Each is reported to the owner of
 * the overlays (@flink-rest/codegen) with the overlay it needs. The test fails on any mismatch
 * not listed here, and on any entry here that no fixture shows any more.
 */
export interface KnownGap {
  /** The overlay that would close it (not written yet). */
  readonly needs: string;
  readonly operation: string;
  /** Matches the mismatch's JSON pointer, array indexes included. */
  readonly pointer: RegExp;
  readonly expected: string;
  readonly actual: RegExp;
  /** The lines whose fixtures show it. */
  readonly versions: readonly string[];
}

const ALL = ['1.18', '1.19', '1.20', '2.0', '2.1', '2.2', '2.3'];
const ONE = ['1.18', '1.19', '1.20'];
const CHECKPOINTS = 'GET /jobs/{jobid}/checkpoints';

export const knownGaps: readonly KnownGap[] = [
  ...(
    [
      ['GET /jars', /^\/files\/\d+\/entry\/\d+\/description$/, 'type string'],
      [CHECKPOINTS, /^\/history\/\d+\/savepointFormat$/, 'type string'],
      [CHECKPOINTS, /^\/latest\/completed\/savepointFormat$/, 'type string'],
      [CHECKPOINTS, /^\/latest\/(completed|failed|restored|savepoint)$/, 'type object'],
      [
        'GET /jobs/{jobid}/checkpoints/details/{checkpointid}',
        /^\/savepointFormat$/,
        'type string',
      ],
    ] as const
  ).map(([operation, pointer, expected]) => ({
    needs: 'nullable-fields (null where the spec says a value)',
    operation,
    pointer,
    expected,
    actual: /^null$/,
    versions: ALL,
  })),
  ...(
    [
      [/^\/root-exception$/, 'type string'],
      [/^\/timestamp$/, 'type integer'],
    ] as const
  ).map(([pointer, expected]) => ({
    needs: 'nullable-fields (null where the spec says a value)',
    operation: 'GET /jobs/{jobid}/exceptions',
    pointer,
    expected,
    actual: /^null$/,
    versions: ONE,
  })),
  {
    needs: 'stats-summary-nan (percentiles of an empty summary are the string "NaN")',
    operation: CHECKPOINTS,
    pointer: /^\/summary\/[a-z_]+\/p(50|90|95|99|999)$/,
    expected: 'type number',
    actual: /^"NaN"$/,
    versions: ALL,
  },
  ...(
    [
      ['POST /jars/{jarid}/run', /^\/applicationId$/],
      ['GET /jobs/{jobid}', /^\/application-id$/],
    ] as const
  ).map(([operation, pointer]) => ({
    needs: 'application-id-hex (ApplicationID is documented as a bean, sent as 32 hex digits)',
    operation,
    pointer,
    expected: 'type object',
    actual: /^"[0-9a-f]{32}"$/,
    versions: ['2.3'],
  })),
];

/**
 * Overlays that no recorded exchange can prove, because the spec as extracted already accepts
 * what Flink sends. Reported, not hidden: the test checks that they still prove nothing, so an
 * entry here goes stale loudly.
 */
export const unprovableOverlays: Readonly<Record<string, string>> = {
  'jar-upload-multipart':
    'our extractor already writes POST /jars/upload as multipart/form-data with a jarfile part, so the spec as extracted and the overlay say the same',
  'serialized-throwable-fields':
    'the extracted SerializedThrowable is an open object whose only property (serialized-throwable, binary) accepts any string, so class and stack-trace validate without the overlay; the overlay adds types, not validity',
};
