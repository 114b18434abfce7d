import {
  connectFlink,
  createFlinkClient,
  type DetectedFlinkClient,
  type FlinkClientOptions,
} from '@flink-rest/client';
import type { Command } from 'commander';
import {
  type ConnectionFlags,
  type ConnectionSettings,
  readTlsFiles,
  resolveConnection,
} from './connection-settings.js';
import type { CliIo } from './io.js';

/** A client of the line the cluster runs (or the one `--flink-version` names). */
export type Flink = DetectedFlinkClient;

/** The global options, as commander parsed them. */
export interface GlobalFlags extends ConnectionFlags {
  readonly json?: boolean;
  readonly quiet?: boolean;
  readonly verbose?: boolean;
  /** `--timeout`, in ms. */
  readonly timeout?: number;
}

/** What every command runs with: the parsed global options, the io, and a client on demand. */
export interface Session {
  readonly io: CliIo;
  readonly json: boolean;
  readonly quiet: boolean;
  readonly verbose: boolean;
  /** Longest wait, in ms: `--timeout`, else the client's default (300_000). */
  readonly timeoutMs: number | undefined;
  /** Whether to draw the live progress line: a terminal, and neither --json nor --quiet. */
  readonly live: boolean;
  readonly settings: ConnectionSettings;
  /** Connects on first use: with `--flink-version auto`, this asks the cluster (`GET /v1/config`). */
  flink(): Promise<Flink>;
  close(): Promise<void>;
}

/** Checks the global options (a UsageError before anything is sent) and makes the session. */
export function createSession(command: Command, io: CliIo): Session {
  const flags = command.optsWithGlobals<GlobalFlags>();
  const settings = resolveConnection(flags, io.env);
  const json = flags.json === true;
  const quiet = flags.quiet === true;
  let client: Promise<Flink> | undefined;
  const connect = async (): Promise<Flink> => {
    const tls = await readTlsFiles(settings, io.readFile);
    const options: FlinkClientOptions = {
      baseUrl: settings.baseUrl,
      ...(settings.auth ? { auth: settings.auth } : {}),
      ...(tls ? { tls } : {}),
      // The CLI reports problems itself, on stderr, one line each.
      logger: { warn: (message: string) => io.stderr(`warning: ${message}\n`) },
    };
    if (settings.flinkVersion === 'auto') {
      return connectFlink({ ...options, ...(io.signal ? { signal: io.signal } : {}) });
    }
    return createFlinkClient({
      ...options,
      flinkVersion: settings.flinkVersion as Flink['flinkVersion'],
    }) as unknown as Flink;
  };
  return {
    io,
    json,
    quiet,
    verbose: flags.verbose === true,
    timeoutMs: flags.timeout,
    live: io.isTTY && !json && !quiet,
    settings,
    flink: () => {
      client ??= connect();
      return client;
    },
    close: async () => {
      if (client === undefined) return;
      const flink = await client.catch(() => undefined);
      await flink?.close();
    },
  };
}
