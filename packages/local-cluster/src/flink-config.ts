import { stringify } from 'yaml';
import { LocalClusterError } from './errors.js';
import type { FlinkVersion } from './versions.js';

/** A Flink configuration value; numbers and booleans are written as Flink reads them. */
export type ConfigValue = string | number | boolean;

export interface ClusterLayout {
  readonly version: FlinkVersion;
  readonly restPort: number;
  readonly rpcPort: number;
  readonly slotsPerTaskManager: number;
  /** Absolute directory for checkpoints, savepoints, uploads and temporary files. */
  readonly workDir: string;
}

function atLeast(version: FlinkVersion, major: number, minor: number): boolean {
  const [ma = 0, mi = 0] = version.version.split('.').map(Number);
  return ma > major || (ma === major && mi >= minor);
}

/**
 * The configuration every local cluster gets. Everything binds to 127.0.0.1, every port is
 * either chosen by us (REST, JobManager RPC) or left to the OS (0 is Flink's default for blob
 * server, TaskManager RPC and data ports), so clusters of different versions run side by side.
 * Memory sizes are small enough for several clusters on a 2-core, 24 GB machine.
 */
export function clusterConfig(
  layout: ClusterLayout,
  overrides: Readonly<Record<string, ConfigValue>> = {},
): Record<string, ConfigValue> {
  const { version, workDir } = layout;
  // 1.20 renamed the checkpoint/savepoint directory keys; 2.0 keeps only the new names.
  const dirKeys = atLeast(version, 1, 20)
    ? {
        checkpoints: 'execution.checkpointing.dir',
        savepoints: 'execution.checkpointing.savepoint-dir',
      }
    : { checkpoints: 'state.checkpoints.dir', savepoints: 'state.savepoints.dir' };
  return {
    'jobmanager.rpc.address': '127.0.0.1',
    'jobmanager.bind-host': '127.0.0.1',
    'jobmanager.rpc.port': layout.rpcPort,
    'rest.address': '127.0.0.1',
    'rest.bind-address': '127.0.0.1',
    'rest.port': layout.restPort,
    'taskmanager.host': '127.0.0.1',
    'taskmanager.bind-host': '127.0.0.1',
    'taskmanager.numberOfTaskSlots': layout.slotsPerTaskManager,
    'jobmanager.memory.process.size': '1024m',
    'taskmanager.memory.process.size': '1536m',
    'taskmanager.memory.managed.fraction': 0.2,
    'parallelism.default': 1,
    // A TaskManager that starts before the JobManager retries after this delay (default 10 s).
    'cluster.registration.error-delay': 1000,
    [dirKeys.checkpoints]: `file://${workDir}/checkpoints`,
    [dirKeys.savepoints]: `file://${workDir}/savepoints`,
    'io.tmp.dirs': `${workDir}/tmp`,
    'web.tmpdir': `${workDir}/web`,
    'web.upload.dir': `${workDir}/uploads`,
    ...overrides,
  };
}

/**
 * Flat `key: value` lines in sorted order. `yaml` (2.x `config.yaml`) is standard YAML, so
 * strings are quoted where YAML would misread them. `legacy` (1.x `flink-conf.yaml`) is read
 * line by line with no unquoting and `#` starting a comment, so values are written raw and a
 * value it cannot carry is refused.
 */
export function renderFlinkConfig(
  entries: Readonly<Record<string, ConfigValue>>,
  format: 'yaml' | 'legacy' = 'yaml',
): string {
  const lines = Object.keys(entries)
    .sort()
    .map((key) => {
      const value = entries[key] as ConfigValue;
      if (format === 'legacy') {
        const raw = String(value);
        if (/[\n#]/.test(raw) || /[\n#:]/.test(key) || raw.trim() !== raw) {
          throw new LocalClusterError(
            'INVALID_OPTION',
            `config["${key}"] = ${JSON.stringify(raw)} cannot be written to flink-conf.yaml (no "#", line breaks or surrounding spaces)`,
          );
        }
        return `${key}: ${raw}`;
      }
      const rendered =
        typeof value === 'string' ? stringify(value, { lineWidth: 0 }).trimEnd() : String(value);
      return `${key}: ${rendered}`;
    });
  return `# Written by @flink-rest/local-cluster.\n${lines.join('\n')}\n`;
}

/** Log4j 2 configuration: everything INFO and up into the file named by -Dlog.file. */
export const LOG4J_PROPERTIES = [
  'rootLogger.level = INFO',
  'rootLogger.appenderRef.file.ref = MainAppender',
  'appender.main.name = MainAppender',
  'appender.main.type = File',
  'appender.main.append = true',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a log4j lookup, not a JS template.
  'appender.main.fileName = ${sys:log.file}',
  'appender.main.layout.type = PatternLayout',
  'appender.main.layout.pattern = %d{yyyy-MM-dd HH:mm:ss,SSS} %-5p %-60c %x - %m%n',
  // Netty and Pekko are chatty at INFO and say nothing a user of a local cluster needs.
  'logger.netty.name = org.apache.flink.shaded.netty4.io.netty',
  'logger.netty.level = WARN',
  '',
].join('\n');
