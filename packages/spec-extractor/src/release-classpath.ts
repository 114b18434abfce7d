import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, delimiter, join } from 'node:path';
import { runMaven } from './maven.js';
import { extractorDir } from './paths.js';

/** One jar a spec was extracted from, for the provenance file. */
export interface ArtifactRecord {
  file: string;
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
 * The version of flink-shaded-swagger that a published flink-runtime pom declares (an optional
 * dependency there, so Maven does not pull it transitively).
 */
export function shadedSwaggerVersion(pom: string, pomName: string): string {
  const dependency = pom
    .split('<dependency>')
    .find((block) => /<artifactId>\s*flink-shaded-swagger\s*<\/artifactId>/.test(block));
  if (!dependency) {
    throw new Error(`${pomName} declares no flink-shaded-swagger dependency`);
  }
  const version = /<version>\s*([^<\s]+)\s*<\/version>/.exec(dependency)?.[1];
  if (!version || version.includes('${')) {
    throw new Error(`${pomName}: flink-shaded-swagger has no literal <version> (found ${version})`);
  }
  return version;
}

/**
 * Resolves, through Maven and into the default local repository, the classpath on which the
 * extractor runs for one Flink release. Two Maven calls: one fetches flink-runtime's pom to learn
 * its flink-shaded version, the other resolves the extractor pom's dependencies at that release.
 */
export async function resolveReleaseClasspath(
  flinkVersion: string,
  dir = extractorDir,
): Promise<ReleaseClasspath> {
  const work = await mkdtemp(join(tmpdir(), 'spec-extractor-'));
  try {
    const runtimePom = `org.apache.flink:flink-runtime:${flinkVersion}:pom`;
    await runMaven(
      ['dependency:copy', `-Dartifact=${runtimePom}`, `-DoutputDirectory=${work}`],
      dir,
      `Flink ${flinkVersion}: cannot fetch ${runtimePom} from Maven Central (mvn dependency:copy in ${dir})`,
    );
    const pomName = `flink-runtime-${flinkVersion}.pom`;
    const shadedVersion = shadedSwaggerVersion(
      await readFile(join(work, pomName), 'utf8'),
      pomName,
    );

    const classpathFile = join(work, 'classpath.txt');
    await runMaven(
      [
        'dependency:build-classpath',
        `-Dflink.version=${flinkVersion}`,
        `-Dflink.shaded.version=${shadedVersion}`,
        `-Dmdep.outputFile=${classpathFile}`,
      ],
      dir,
      `Flink ${flinkVersion}: cannot resolve its jars (mvn dependency:build-classpath in ${dir})`,
    );
    const entries = (await readFile(classpathFile, 'utf8'))
      .trim()
      .split(delimiter)
      .filter((entry) => entry !== '');
    const artifacts: ArtifactRecord[] = [];
    for (const entry of entries.filter((e) => SPEC_ARTIFACTS.test(basename(e))).sort()) {
      const sha256 = createHash('sha256')
        .update(await readFile(entry))
        .digest('hex');
      artifacts.push({ file: basename(entry), sha256 });
    }
    artifacts.sort((a, b) => (a.file < b.file ? -1 : 1));
    return { entries, shadedVersion, artifacts };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
