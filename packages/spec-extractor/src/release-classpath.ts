import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, delimiter, join } from 'node:path';
import { callMaven } from './maven-call.js';
import { extractorDir } from './paths.js';

/** One jar a spec was extracted from, for the provenance file. */
export interface ArtifactRecord {
  /** The jar's file name, e.g. `flink-runtime-2.3.0.jar`. */
  file: string;
  /** sha256 of the jar, hex. */
  sha256: string;
}

export interface ReleaseClasspath {
  /** Jars of the release, from the local Maven repository. */
  entries: string[];
  /** The flink-shaded release this Flink release was built with, e.g. "21.0". */
  shadedVersion: string;
  /** flink-runtime, its test-jar, flink-runtime-web and flink-shaded-swagger, with sha256. */
  artifacts: ArtifactRecord[];
}

/** The jars whose classes make up the spec. */
const SPEC_ARTIFACTS =
  /^(flink-runtime|flink-runtime-web|flink-shaded-swagger)-[\d.]+(-tests)?\.jar$/;

/**
 * The flink-shaded release a resolved classpath was built with, and the one of the
 * flink-shaded-swagger on it. Flink's poms version every flink-shaded module from one property
 * (flink-shaded-jackson is "<jackson>-<shaded>", e.g. 2.14.2-17.0), so the jackson jar that
 * flink-runtime pulls in names the flink-shaded release, and swagger must match it.
 */
export function shadedVersions(entries: string[]): { release?: string; swagger?: string } {
  const names = entries.map((entry) => basename(entry));
  const release = names
    .map((name) => /^flink-shaded-jackson-[^-]+-(\d+\.\d+)\.jar$/.exec(name)?.[1])
    .find((v) => v !== undefined);
  const swagger = names
    .map((name) => /^flink-shaded-swagger-(\d+\.\d+)\.jar$/.exec(name)?.[1])
    .find((v) => v !== undefined);
  return { release, swagger };
}

async function buildClasspath(
  flinkVersion: string,
  shadedVersion: string,
  dir: string,
): Promise<string[]> {
  const work = await mkdtemp(join(tmpdir(), 'spec-extractor-'));
  try {
    const classpathFile = join(work, 'classpath.txt');
    await callMaven(
      [
        'dependency:build-classpath',
        `-Dflink.version=${flinkVersion}`,
        `-Dflink.shaded.version=${shadedVersion}`,
        `-Dmdep.outputFile=${classpathFile}`,
      ],
      dir,
      `Flink ${flinkVersion}: cannot resolve its jars from Maven Central (mvn dependency:build-classpath in ${dir})`,
    );
    return (await readFile(classpathFile, 'utf8'))
      .trim()
      .split(delimiter)
      .filter((entry) => entry !== '');
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * Resolves, through Maven and into the default local repository, the classpath on which the
 * extractor runs for one Flink release. flink-shaded-swagger is optional in flink-runtime's pom,
 * so its version is not resolved transitively: Maven resolves with `shadedHint` first (one call
 * when the hint is right), and again with the release's own flink-shaded version otherwise.
 */
export async function resolveReleaseClasspath(
  flinkVersion: string,
  shadedHint: string,
  dir = extractorDir,
): Promise<ReleaseClasspath> {
  let entries = await buildClasspath(flinkVersion, shadedHint, dir);
  const shaded = shadedVersions(entries);
  const release = shaded.release;
  if (release === undefined) {
    throw new Error(
      `Flink ${flinkVersion}: no flink-shaded-jackson jar on its classpath, cannot tell its flink-shaded version`,
    );
  }
  if (shaded.swagger !== release) {
    entries = await buildClasspath(flinkVersion, release, dir);
  }
  const artifacts: ArtifactRecord[] = [];
  for (const entry of entries.filter((e) => SPEC_ARTIFACTS.test(basename(e)))) {
    const sha256 = createHash('sha256')
      .update(await readFile(entry))
      .digest('hex');
    artifacts.push({ file: basename(entry), sha256 });
  }
  artifacts.sort((a, b) => (a.file < b.file ? -1 : 1));
  return { entries, shadedVersion: release, artifacts };
}
