/** Where `main` reads and writes: the CLI passes the process's; tests capture everything. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** The environment `FLINK_REST_*` defaults come from. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal: only then is a live progress line drawn. */
  readonly isTTY: boolean;
  /** Aborted on Ctrl-C: ends a wait (exit 130), never the operation. */
  readonly signal?: AbortSignal;
  /** Reads a file given by an option (`--ca-file`, jars). Default: node:fs. */
  readonly readFile?: (path: string) => Promise<Uint8Array>;
  /** Milliseconds since some start, for the progress line. Default: Date.now. */
  readonly now?: () => number;
}
