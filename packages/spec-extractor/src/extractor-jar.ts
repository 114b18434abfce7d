import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { callMaven } from './maven-call.js';
import { extractorDir } from './paths.js';

/** The built extractor, as {@link ensureExtractorJar} returns it. */
export interface ExtractorJar {
  /** Absolute path of the built jar. */
  jar: string;
  /** sha256 over the Maven project's sources (pom.xml and src/); part of every provenance. */
  sourceSha256: string;
}

/**
 * sha256 over the extractor's pom.xml and src/ tree: each file's path (with "/") and content,
 * in path order. Identifies the extractor that produced a spec.
 */
export async function extractorSourceHash(dir = extractorDir): Promise<string> {
  const files = ['pom.xml'];
  const entries = await readdir(join(dir, 'src'), { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (entry.isFile()) {
      files.push(relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
    }
  }
  files.sort();
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(`${file}\0`);
    hash.update(await readFile(join(dir, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/**
 * The extractor jar, built with `mvn package` into extractor/target/ when it is missing or was
 * built from other sources (a stamp file next to it records the source hash).
 */
export async function ensureExtractorJar(dir = extractorDir): Promise<ExtractorJar> {
  const sourceSha256 = await extractorSourceHash(dir);
  const jar = join(dir, 'target', 'spec-extractor.jar');
  const stamp = join(dir, 'target', 'spec-extractor.sha256');
  const built =
    existsSync(jar) && existsSync(stamp) && (await readFile(stamp, 'utf8')) === sourceSha256;
  if (!built) {
    await callMaven(
      ['package', '-DskipTests'],
      dir,
      `building the extractor jar (mvn package in ${dir})`,
    );
    if (!existsSync(jar)) {
      throw new Error(`mvn package in ${dir} succeeded but wrote no ${jar}`);
    }
    await writeFile(stamp, sourceSha256, 'utf8');
  }
  return { jar, sourceSha256 };
}
