import {
  applyOverlayList,
  listOverlays,
  loadPinnedSpec,
  type Overlay,
  overlayAppliesTo,
} from '@flink-rest/codegen';
import { fixturePath } from './fixture-files.js';
import type { Fixture } from './fixture-format.js';
import { createSpecValidator, type Mismatch } from './spec-validator.js';

/** Every mismatch of every exchange of the fixtures against one document. */
export function validateFixtures(
  fixtures: readonly Fixture[],
  // biome-ignore lint/suspicious/noExplicitAny: an OpenAPI document.
  doc: any,
  dir?: string,
): Mismatch[] {
  const out: Mismatch[] = [];
  for (const fixture of fixtures) {
    const validator = createSpecValidator(doc, fixture.flinkVersion);
    const file = fixturePath(fixture.flinkVersion, fixture.scenario, dir);
    fixture.exchanges.forEach((e, i) => {
      out.push(...validator.validate(e, `${file} exchanges[${i}]`));
    });
  }
  return out;
}

export interface OverlayProof {
  readonly id: string;
  readonly upstream: string;
  readonly title: string;
  /**
   * Mismatches that appear when this overlay alone is left out (beyond those with every
   * overlay); none means no fixture needs it.
   */
  readonly withoutIt: readonly Mismatch[];
  /** Mismatches that this overlay causes (gone when it is left out): a fixture contradicts it. */
  readonly contradicted: readonly Mismatch[];
}

const keyOf = (m: Mismatch) =>
  [m.operation, m.step, m.part, m.pointer, m.expected, m.actual].join('\u0000');

/** The mismatches of `after` that `before` does not have (as multisets). */
export function introduced(before: readonly Mismatch[], after: readonly Mismatch[]): Mismatch[] {
  const counts = new Map<string, number>();
  for (const m of before) counts.set(keyOf(m), (counts.get(keyOf(m)) ?? 0) + 1);
  return after.filter((m) => {
    const n = counts.get(keyOf(m)) ?? 0;
    if (n > 0) counts.set(keyOf(m), n - 1);
    return n === 0;
  });
}

export interface VersionReport {
  readonly version: string;
  /** Against the spec as extracted. */
  readonly extracted: readonly Mismatch[];
  /** Against the spec with every overlay: must be empty. */
  readonly corrected: readonly Mismatch[];
  /** One entry per overlay that applies to the version. */
  readonly overlays: readonly OverlayProof[];
}

/**
 * Spec vs reality for one version: the fixtures against the extracted spec, against the spec
 * with all overlays, and against the spec with all overlays but one, for each overlay.
 */
export async function checkVersion(
  version: string,
  fixtures: readonly Fixture[],
  options: { overlays?: readonly Overlay[]; dir?: string } = {},
): Promise<VersionReport> {
  const raw = await loadPinnedSpec(version, { overlays: false });
  const overlays = (options.overlays ?? (await listOverlays())).filter((o) =>
    overlayAppliesTo(o, version),
  );
  const corrected = applyOverlayList(raw, overlays, version).document;
  const all = validateFixtures(fixtures, corrected, options.dir);
  const proofs = overlays.map((o) => {
    const without = validateFixtures(
      fixtures,
      applyOverlayList(
        raw,
        overlays.filter((x) => x !== o),
        version,
      ).document,
      options.dir,
    );
    return {
      id: o.id,
      upstream: o.upstream,
      title: o.title,
      withoutIt: introduced(all, without),
      contradicted: introduced(without, all),
    };
  });
  return {
    version,
    extracted: validateFixtures(fixtures, raw, options.dir),
    corrected: all,
    overlays: proofs,
  };
}

/** Mismatches grouped by operation, part, pointer (array indexes as `*`) and expectation. */
export function groupMismatches(list: readonly Mismatch[]): { key: Mismatch; count: number }[] {
  const groups = new Map<string, { key: Mismatch; count: number }>();
  for (const m of list) {
    const pointer = m.pointer.replace(/\/\d+(?=\/|$)/g, '/*');
    const id = [m.operation, m.part, pointer, m.expected].join('\u0000');
    const g = groups.get(id);
    if (g) g.count++;
    else groups.set(id, { key: { ...m, pointer }, count: 1 });
  }
  return [...groups.values()];
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The Markdown report: per version, each overlay's proof, then every mismatch. */
export function renderReport(reports: readonly VersionReport[]): string {
  const lines: string[] = ['# Spec vs reality', ''];
  lines.push(
    "Recorded exchanges (fixtures/<line>/*.json) validated against each version's spec as extracted and with our overlays (specs/overlays). Written by `npm test` (test/spec-vs-reality.test.ts).",
    '',
    '| version | mismatches as extracted | with all overlays | overlays not needed by any fixture |',
    '|---|---|---|---|',
  );
  for (const r of reports) {
    const unneeded = r.overlays.filter((o) => o.withoutIt.length === 0).map((o) => o.id);
    lines.push(
      `| ${r.version} | ${r.extracted.length} (${groupMismatches(r.extracted).length} distinct) | ${r.corrected.length} | ${unneeded.join(', ') || 'none'} |`,
    );
  }
  for (const r of reports) {
    lines.push(
      '',
      `## Flink ${r.version}`,
      '',
      '### What each overlay fixes (mismatches when it alone is left out)',
      '',
    );
    lines.push(
      '| overlay | upstream | mismatches without it | mismatches it causes | first: operation, part, pointer, expected vs actual |',
      '|---|---|---|---|---|',
    );
    for (const o of r.overlays) {
      const first = groupMismatches(o.withoutIt)[0]?.key;
      lines.push(
        `| ${o.id} | ${o.upstream} | ${o.withoutIt.length} | ${o.contradicted.length} | ${first ? cell(`${first.operation}, ${first.part}, \`${first.pointer || '/'}\`, ${first.expected} vs ${first.actual}`) : '**none: no fixture needs it**'} |`,
      );
    }
    for (const [title, list] of [
      ['As extracted', r.extracted],
      ['With all overlays', r.corrected],
    ] as const) {
      lines.push('', `### ${title}: ${list.length} mismatches`, '');
      if (list.length === 0) continue;
      lines.push(
        '| operation | part | pointer | expected | actual | count |',
        '|---|---|---|---|---|---|',
      );
      for (const { key, count } of groupMismatches(list)) {
        lines.push(
          `| ${cell(key.operation)} | ${cell(key.part)} | \`${cell(key.pointer || '/')}\` | ${cell(key.expected)} | ${cell(key.actual)} | ${count} |`,
        );
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
