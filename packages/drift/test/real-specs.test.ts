import { loadPinnedSpec } from '@flink-rest/specs';
import { supportedVersions } from '@flink-rest/versions';
import { describe, expect, it } from 'vitest';
import type { Change, DriftReport } from '../src/change.js';
import { diffSpecs } from '../src/diff-specs.js';

// `diff` over each consecutive pair of our pinned specs (with overlays), checked against facts
// read in the YAML files themselves (specs/flink-<line>/jobmanager-v1.yaml).

const lines = supportedVersions.map((v) => v.line);
const pairs = lines.slice(1).map((to, i) => [lines[i] as string, to] as const);

async function diffLines(from: string, to: string, overlays = true): Promise<DriftReport> {
  const [a, b] = await Promise.all([
    loadPinnedSpec(from, { overlays }),
    loadPinnedSpec(to, { overlays }),
  ]);
  return diffSpecs(a, b, { fromLabel: from, toLabel: to });
}

const find = (report: DriftReport, want: Partial<Change>) =>
  report.changes.filter((c) =>
    Object.entries(want).every(([k, v]) => (c as unknown as Record<string, unknown>)[k] === v),
  );

interface Fact {
  readonly name: string;
  readonly want: Partial<Change>;
  /** How many changes match; default 1. */
  readonly count?: number;
}

interface PairFacts {
  readonly from: string;
  readonly to: string;
  readonly breaking: number;
  readonly nonBreaking: number;
  readonly added: number;
  readonly facts: readonly Fact[];
}

const expected: readonly PairFacts[] = [
  {
    from: '1.18',
    to: '1.19',
    breaking: 0,
    nonBreaking: 9,
    added: 0,
    facts: [
      {
        name: 'subtask infos gain endpoint (host:port)',
        want: {
          kind: 'property-added',
          operation: 'GET /jobs/{jobid}/vertices/{vertexid}/subtasks/{subtaskindex}',
          pointer: 'endpoint',
          breaking: false,
        },
      },
    ],
  },
  {
    from: '1.19',
    to: '1.20',
    breaking: 0,
    nonBreaking: 13,
    added: 1,
    facts: [
      {
        name: 'JobManager operator metrics appear',
        want: {
          kind: 'operation-added',
          operation: 'GET /jobs/{jobid}/vertices/{vertexid}/jm-operator-metrics',
          breaking: false,
        },
      },
      {
        name: 'the skew aggregation is accepted (lower and upper case, after the overlay)',
        want: { kind: 'enum-value-added', operation: 'GET /jobs/metrics', breaking: false },
        count: 2,
      },
      {
        name: 'jar run takes claimMode',
        want: { kind: 'property-added', operation: 'POST /jars/{jarid}/run', pointer: 'claimMode' },
      },
    ],
  },
  {
    from: '1.20',
    to: '2.0',
    breaking: 22,
    nonBreaking: 5,
    added: 0,
    facts: [
      {
        name: 'program-args goes from jar run (query and body)',
        want: {
          kind: 'parameter-removed',
          operation: 'POST /jars/{jarid}/run',
          location: 'query parameter program-args',
          breaking: true,
          flinkCheck: 'query-parameters',
        },
      },
      {
        name: 'the deprecated host fields go (endpoint replaced them in 1.19)',
        want: {
          kind: 'property-removed',
          schema: 'SubtaskExecutionAttemptDetailsInfo',
          breaking: true,
        },
        count: 3,
      },
      {
        name: 'the old exception fields go',
        want: {
          kind: 'property-removed',
          operation: 'GET /jobs/{jobid}/exceptions',
          pointer: 'root-exception',
          breaking: true,
        },
      },
      {
        name: 'POST /jobs becomes hidden from the docs (FLINK-36446), still served',
        want: { kind: 'operation-hidden-from-docs', operation: 'POST /jobs', breaking: false },
      },
      {
        name: 'job submission names an execution plan file instead of a job graph file',
        want: {
          kind: 'property-removed',
          operation: 'POST /jobs',
          pointer: 'request.jobGraphFileName',
        },
      },
      {
        name: 'the coordinator path parameter is renamed',
        want: {
          kind: 'path-parameter-renamed',
          from: '/jobs/{jobid}/coordinators/{operatorid}',
          to: '/jobs/{jobid}/coordinators/{operatorUid}',
          breaking: true,
        },
      },
      { name: 'no operation is removed', want: { kind: 'operation-removed' }, count: 0 },
    ],
  },
  {
    from: '2.0',
    to: '2.1',
    breaking: 0,
    nonBreaking: 16,
    added: 0,
    facts: [
      {
        name: 'plan is typed as Plan instead of raw JSON (FLINK-37511)',
        want: {
          kind: 'property-added',
          operation: 'GET /jobs/{jobid}/plan',
          pointer: 'plan.nodes',
          schema: 'Plan',
        },
      },
    ],
  },
  { from: '2.1', to: '2.2', breaking: 0, nonBreaking: 0, added: 0, facts: [] },
  {
    from: '2.2',
    to: '2.3',
    breaking: 7,
    nonBreaking: 24,
    added: 11,
    facts: [
      {
        name: 'GET /applications/overview is added, non-breaking',
        want: { kind: 'operation-added', operation: 'GET /applications/overview', breaking: false },
      },
      {
        name: 'jar run gets run-application beside it',
        want: { kind: 'operation-added', operation: 'POST /jars/{jarid}/run-application' },
      },
      {
        name: 'JobResult loses applicationStatus',
        want: {
          kind: 'property-removed',
          operation: 'GET /jobs/{jobid}/execution-result',
          pointer: 'job-execution-result.applicationStatus',
          breaking: true,
        },
      },
      {
        name: 'serialized values are documented as a base64 string, not a byte array',
        want: { kind: 'type-changed', from: 'array', to: 'string', breaking: true },
        count: 4,
      },
      {
        name: 'JobSubmitRequestBody makes its jar and artifact lists required',
        want: { kind: 'property-became-required', operation: 'POST /jobs', breaking: true },
        count: 2,
      },
    ],
  },
];

describe('consecutive pinned versions (with overlays)', () => {
  it('covers every consecutive pair of the version matrix', () => {
    expect(expected.map((p) => `${p.from}→${p.to}`)).toEqual(pairs.map(([a, b]) => `${a}→${b}`));
  });

  describe.each(expected)('$from → $to', (pair) => {
    let report: DriftReport;
    it('has the expected counts', async () => {
      report = await diffLines(pair.from, pair.to);
      expect({
        breaking: report.summary.breaking,
        nonBreaking: report.summary.nonBreaking,
        added: report.summary.operationsAdded,
        removed: report.summary.operationsRemoved,
      }).toEqual({
        breaking: pair.breaking,
        nonBreaking: pair.nonBreaking,
        added: pair.added,
        removed: 0,
      });
    });

    it.each(pair.facts)('$name', async ({ want, count = 1 }) => {
      report ??= await diffLines(pair.from, pair.to);
      expect(find(report, want)).toHaveLength(count);
    });
  });
});

describe('as extracted (--no-overlays)', () => {
  it('2.2 → 2.3 also reports SlotSharingGroupId.bytes, which the hex-string overlay hides', async () => {
    const raw = await diffLines('2.2', '2.3', false);
    expect(raw.summary.breaking).toBe(8);
    expect(
      find(raw, { kind: 'type-changed', pointer: 'vertices[].slotSharingGroupId.bytes' }),
    ).toHaveLength(1);
  });
});
