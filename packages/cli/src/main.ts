import { Command, CommanderError, Option } from 'commander';
import { registerCheckpoint } from './commands/checkpoint.js';
import { registerCheckpoints } from './commands/checkpoints.js';
import { registerCluster } from './commands/cluster.js';
import { registerJars } from './commands/jars.js';
import { registerJobmanager } from './commands/jobmanager.js';
import { registerJobs } from './commands/jobs.js';
import { registerRescale } from './commands/rescale.js';
import { registerSavepoint } from './commands/savepoint.js';
import { registerStop } from './commands/stop.js';
import { registerTaskmanagers } from './commands/taskmanagers.js';
import { registerUpgrade } from './commands/upgrade.js';
import { ENV_OF, redactor, secretsIn } from './connection-settings.js';
import { describeError } from './describe-error.js';
import { parseDuration } from './duration.js';
import { UsageError } from './errors.js';
import { EXIT, type ExitCode, exitCodeFor } from './exit-codes.js';
import type { CliIo } from './io.js';
import { createSession, type Session } from './session.js';

/** Runs one command's action in a session; set by `main` for the commands it registers. */
export type Run = (
  command: Command,
  action: (session: Session) => Promise<ExitCode | undefined>,
) => Promise<void>;

/** commander's parsers must throw its InvalidArgumentError; ours throw UsageError. */
function option(flags: string, description: string, parse?: (text: string) => unknown): Option {
  const o = new Option(flags, description);
  return parse ? o.argParser(parse) : o;
}

const EXIT_CODES_HELP = `
Exit codes:
  0    success
  1    the operation failed (Flink's failure cause on stderr), or Flink refused the request
  2    usage error or bad argument (nothing was sent)
  3    timeout: the operation may still finish (stderr says how to resume)
  4    not found: unknown job, jar or trigger id, or an expired trigger
  5    connection or TLS failure
  130  interrupted (Ctrl-C): the wait ended, the operation goes on

Environment (flags win): ${Object.values(ENV_OF).join(', ')}.
Secrets are never printed; prefer the environment to flags for them.
`;

/** The program: global options, every command, and how errors and output reach `io`. */
function program(io: CliIo, run: Run): Command {
  const root = new Command('flink-rest')
    .description("Apache Flink's REST API from the shell, on @flink-rest/client")
    .usage('[options] <command>')
    .addOption(
      option(
        '--url <url>',
        'JobManager REST URL (env FLINK_REST_URL; default http://localhost:8081)',
      ),
    )
    .addOption(
      option(
        '--flink-version <auto|x.y>',
        'Flink line of the cluster; auto asks it (default auto)',
      ),
    )
    .addOption(option('--token <token>', 'bearer token (env FLINK_REST_TOKEN)'))
    .addOption(option('--user <name>', 'basic auth user (env FLINK_REST_USER)'))
    .addOption(option('--password <password>', 'basic auth password (env FLINK_REST_PASSWORD)'))
    .addOption(
      option('--ca-file <file>', 'PEM CA certificate(s) to trust (env FLINK_REST_CA_FILE)'),
    )
    .addOption(option('--cert-file <file>', 'PEM client certificate (env FLINK_REST_CERT_FILE)'))
    .addOption(
      option('--key-file <file>', 'PEM key of the client certificate (env FLINK_REST_KEY_FILE)'),
    )
    .addOption(
      option(
        '--key-passphrase <passphrase>',
        'passphrase of --key-file (env FLINK_REST_KEY_PASSPHRASE)',
      ),
    )
    .addOption(option('--json', 'print exactly one JSON document on stdout'))
    .addOption(
      option(
        '--timeout <duration>',
        'longest wait: 500ms, 30s, 2m, 1h (default 5m)',
        parseDuration,
      ),
    )
    .addOption(option('--quiet', 'print only the result: no progress line, no hints'))
    .addOption(option('--verbose', "add Flink's server stack trace to errors"))
    .addHelpText('after', EXIT_CODES_HELP)
    .showSuggestionAfterError(true);
  registerCluster(root, run);
  registerJobs(root, run);
  registerSavepoint(root, run);
  registerStop(root, run);
  registerCheckpoint(root, run);
  registerCheckpoints(root, run);
  registerTaskmanagers(root, run);
  registerJobmanager(root, run);
  registerJars(root, run);
  registerRescale(root, run);
  registerUpgrade(root, run);
  const configure = (command: Command) => {
    command.exitOverride().configureOutput({
      writeOut: (text) => io.stdout(text),
      writeErr: (text) => io.stderr(text),
      // One line per error: commander puts its suggestion ("Did you mean …?") on a second.
      outputError: (text, write) => write(text.replace(/\n(?=.)/g, ' ')),
    });
    for (const sub of command.commands) configure(sub);
  };
  configure(root);
  return root;
}

/**
 * Runs `flink-rest` with `argv` (without node and the script) and resolves with the exit status.
 * Never throws; everything goes through `io`, every line scrubbed of the secrets given.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const early = secretsIn(argv, io.env);
  let redact = redactor(early);
  const safeIo: CliIo = {
    ...io,
    stdout: (text) => io.stdout(redact(text)),
    stderr: (text) => io.stderr(redact(text)),
  };
  let exitCode: number = EXIT.OK;
  const run: Run = async (command, action) => {
    let session: Session | undefined;
    try {
      session = createSession(command, safeIo);
      redact = redactor([...early, ...session.settings.secrets]);
      exitCode = (await action(session)) ?? EXIT.OK;
    } catch (error) {
      exitCode = io.signal?.aborted ? EXIT.INTERRUPTED : exitCodeFor(error);
      safeIo.stderr(describeError(error, session?.verbose === true));
    } finally {
      await session?.close();
    }
  };
  try {
    await program(safeIo, run).parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
    if (error instanceof UsageError) {
      safeIo.stderr(`error: ${error.message}\n`);
      return EXIT.USAGE;
    }
    safeIo.stderr(describeError(error, false));
    return exitCodeFor(error);
  }
}
