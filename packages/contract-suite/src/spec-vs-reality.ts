import { createSpecValidator, DriftError, type Mismatch } from '@flink-rest/drift';
import {
  applyOverlayList,
  listOverlays,
  loadPinnedSpec,
  type Overlay,
  overlayAppliesTo,
} from '@flink-rest/specs';
import { type Fixture, fixturePath } from '@flink-rest/testing';

/**
 * Every mismatch of every exchange of the fixtures against one document. An exchange of an
 * ordinary step whose path the document lacks throws (`UNKNOWN_OPERATION`), unless `unknown` is
 * `'report'`: then it is a mismatch of its path (a spec without an overlay that adds the path).
 */
export function validateFixtures(
  fixtures: readonly Fixture[],
  // biome-ignore lint/suspicious/noExplicitAny: an OpenAPI document.
  doc: any,
  dir?: string,
  unknown: 'throw' | 'report' = 'throw',
): Mismatch[] {
  const out: Mismatch[] = [];
  for (const fixture of fixtures) {
    const validator = createSpecValidator(doc, fixture.flinkVersion);
    const file = fixturePath(fixture.flinkVersion, fixture.scenario, dir);
    fixture.exchanges.forEach((e, i) => {
      try {
        out.push(...validator.validate(e, `${file} exchanges[${i}]`));
      } catch (error) {
        if (unknown === 'throw' || !(error instanceof DriftError)) throw error;
        if (error.code !== 'UNKNOWN_OPERATION') throw error;
        const request = `${e.request.method} ${e.request.path}`;
        out.push({
          version: fixture.flinkVersion,
          operation: `${request} (no operation)`,
          step: e.step,
          part: 'path',
          pointer: '',
          expected: 'an operation of the spec',
          actual: request,
        });
      }
    });
  }
  return out;
}

/** A property that an overlay adds to a schema, and how often recorded exchanges carry it. */
export interface AddedProperty {
  /** JSON pointer of the property's schema in the corrected spec. */
  readonly schema: string;
  /** Values of it in recorded requests and responses (at a location of that schema). */
  readonly seen: number;
  /** Where the first one is: operation, part and JSON pointer. */
  readonly firstAt?: string;
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
  /**
   * Every property the overlay adds to a schema (in the spec with every overlay, absent from
   * the spec without it), with the recorded values of it. A property that only documents what
   * Flink sends changes no validation, so leaving its overlay out proves nothing; that every
   * one of them is sent is the other proof.
   */
  readonly added: readonly AddedProperty[];
}

/**
 * An overlay is proven when a fixture needs it (leaving it out makes some recorded exchange
 * disagree with the spec), or when it adds properties and recorded exchanges carry every one
 * of them where the spec says (a fixture shows what it documents).
 */
export function isProven(proof: OverlayProof): boolean {
  return (
    proof.withoutIt.length > 0 || (proof.added.length > 0 && proof.added.every((a) => a.seen > 0))
  );
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);
const escapeKey = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

// biome-ignore lint/suspicious/noExplicitAny: OpenAPI documents are untyped trees.
function nodeAt(doc: any, pointer: string): unknown {
  let v = doc;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    v = isObject(v) || Array.isArray(v) ? (v as Record<string, unknown>)[key] : undefined;
  }
  return v;
}

/**
 * JSON pointers of the property schemas (`…/properties/<name>`) that `withIt` declares and
 * `without` does not: what an overlay adds, found by comparing the spec with every overlay to
 * the spec without that one. Keys inside a `properties` map are names, not keywords.
 */
// biome-ignore lint/suspicious/noExplicitAny: OpenAPI documents are untyped trees.
export function addedProperties(withIt: any, without: any): string[] {
  const out: string[] = [];
  const visit = (node: unknown, pointer: string, names: boolean): void => {
    if (Array.isArray(node)) {
      node.forEach((v, i) => {
        visit(v, `${pointer}/${i}`, false);
      });
      return;
    }
    if (!isObject(node)) return;
    for (const [key, value] of Object.entries(node)) {
      const at = `${pointer}/${escapeKey(key)}`;
      if (!names && key === 'properties' && isObject(value)) {
        for (const name of Object.keys(value)) {
          if (nodeAt(without, `${at}/${escapeKey(name)}`) === undefined)
            out.push(`${at}/${escapeKey(name)}`);
        }
        visit(value, at, true);
      } else {
        visit(value, at, false);
      }
    }
  };
  visit(withIt, '', false);
  return out;
}

const probeMark = (i: number) => `#probe-${i}`;

/**
 * How often the fixtures carry each added property: each property's schema is replaced by a
 * `const` that no real value equals, and ajv reports every value of it, at every location
 * where that schema applies. It errs towards unseen, never towards seen: a value under a
 * branch of an anyOf/oneOf that another branch satisfies is not reported, and a property
 * inside another added one is replaced with its parent.
 */
function countAdded(
  fixtures: readonly Fixture[],
  // biome-ignore lint/suspicious/noExplicitAny: an OpenAPI document.
  corrected: any,
  schemas: readonly string[],
  dir?: string,
): AddedProperty[] {
  if (schemas.length === 0) return [];
  const probe = structuredClone(corrected);
  schemas.forEach((pointer, i) => {
    const parts = pointer.split('/');
    const name = (parts.pop() as string).replace(/~1/g, '/').replace(/~0/g, '~');
    (nodeAt(probe, parts.join('/')) as Record<string, unknown>)[name] = { const: probeMark(i) };
  });
  const found = validateFixtures(fixtures, probe, dir);
  return schemas.map((schema, i) => {
    const hits = found.filter((m) => m.expected === `equal to ${JSON.stringify(probeMark(i))}`);
    const first = hits[0];
    return {
      schema,
      seen: hits.length,
      ...(first ? { firstAt: `${first.operation}, ${first.part}, ${first.pointer || '/'}` } : {}),
    };
  });
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
    const withoutDoc = applyOverlayList(
      raw,
      overlays.filter((x) => x !== o),
      version,
    ).document;
    const without = validateFixtures(fixtures, withoutDoc, options.dir, 'report');
    return {
      id: o.id,
      upstream: o.upstream,
      title: o.title,
      withoutIt: introduced(all, without),
      contradicted: introduced(without, all),
      added: countAdded(fixtures, corrected, addedProperties(corrected, withoutDoc), options.dir),
    };
  });
  return {
    version,
    extracted: validateFixtures(fixtures, raw, options.dir, 'report'),
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
    "Recorded exchanges (@flink-rest/testing's fixtures/<line>/*.json) validated against each version's spec as extracted and with our overlays (specs/overlays). Written by @flink-rest/contract-suite's `npm test` (test/spec-vs-reality.test.ts) and `npm run spec-report`.",
    '',
    '| version | mismatches as extracted | with all overlays | overlays no fixture proves |',
    '|---|---|---|---|',
  );
  for (const r of reports) {
    const unneeded = r.overlays.filter((o) => !isProven(o)).map((o) => o.id);
    lines.push(
      `| ${r.version} | ${r.extracted.length} (${groupMismatches(r.extracted).length} distinct) | ${r.corrected.length} | ${unneeded.join(', ') || 'none'} |`,
    );
  }
  for (const r of reports) {
    lines.push(
      '',
      `## Flink ${r.version}`,
      '',
      '### What each overlay fixes (mismatches when it alone is left out) and the properties it adds',
      '',
    );
    lines.push(
      '| overlay | upstream | mismatches without it | mismatches it causes | first: operation, part, pointer, expected vs actual | properties it adds: recorded values |',
      '|---|---|---|---|---|---|',
    );
    for (const o of r.overlays) {
      const first = groupMismatches(o.withoutIt)[0]?.key;
      const added = o.added
        .map((a) => `\`${a.schema.replace(/^\/components\/schemas\//, '')}\`: ${a.seen}`)
        .join(', ');
      const firstCell = first
        ? cell(
            `${first.operation}, ${first.part}, \`${first.pointer || '/'}\`, ${first.expected} vs ${first.actual}`,
          )
        : 'none: no fixture needs it';
      lines.push(
        `| ${o.id} | ${o.upstream} | ${o.withoutIt.length} | ${o.contradicted.length} | ${firstCell} | ${cell(added) || 'none'}${isProven(o) ? '' : ' **(not proven)**'} |`,
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
