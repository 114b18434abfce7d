/**
 * What flink-dist's default `env.java.opts.all` adds for Java 17 (1.18+): Flink's Kryo and
 * reflection need these packages opened to the unnamed module.
 */
export const JAVA17_FLAGS: readonly string[] = [
  '--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED',
  '--add-exports=jdk.compiler/com.sun.tools.javac.api=ALL-UNNAMED',
  '--add-exports=jdk.compiler/com.sun.tools.javac.file=ALL-UNNAMED',
  '--add-exports=jdk.compiler/com.sun.tools.javac.parser=ALL-UNNAMED',
  '--add-exports=jdk.compiler/com.sun.tools.javac.tree=ALL-UNNAMED',
  '--add-exports=jdk.compiler/com.sun.tools.javac.util=ALL-UNNAMED',
  '--add-exports=java.security.jgss/sun.security.krb5=ALL-UNNAMED',
  ...[
    'java.lang',
    'java.net',
    'java.io',
    'java.nio',
    'sun.nio.ch',
    'java.lang.reflect',
    'java.text',
    'java.time',
    'java.util',
    'java.util.concurrent',
    'java.util.concurrent.atomic',
    'java.util.concurrent.locks',
  ].map((pkg) => `--add-opens=java.base/${pkg}=ALL-UNNAMED`),
];

export interface ResourceParams {
  /** Heap, direct and metaspace limits: `-Xmx…`, `-Xms…`, `-XX:…`. */
  readonly jvmArgs: string[];
  /** Derived memory settings as `-D key=value` program arguments. */
  readonly dynamicArgs: string[];
}

const MARKER = 'BASH_JAVA_UTILS_EXEC_RESULT:';

/**
 * Parses the output of Flink's `BashJavaUtils GET_{JM,TM}_RESOURCE_PARAMS`: the same two
 * marked lines flink-dist's scripts read (JVM flags, then dynamic properties). Other lines
 * (logging) are ignored.
 */
export function parseResourceParams(output: string): ResourceParams {
  const results = output
    .split('\n')
    .filter((l) => l.startsWith(MARKER))
    .map((l) => l.slice(MARKER.length).trim());
  if (results.length < 2) {
    throw new Error(`expected 2 "${MARKER}" lines from BashJavaUtils, got ${results.length}`);
  }
  const split = (s: string) => s.split(/\s+/).filter(Boolean);
  return { jvmArgs: split(results[0] as string), dynamicArgs: split(results[1] as string) };
}
