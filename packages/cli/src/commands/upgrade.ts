import { readFile, rename, writeFile } from 'node:fs/promises';
import {
  resumeUpgrade,
  UPGRADE_MODES,
  UpgradeFailedError,
  type UpgradeMode,
  type UpgradeOperation,
  type UpgradeProgress,
  type UpgradeState,
} from '@flink-rest/client';
import { type Command, Option } from 'commander';
import { parseHexId, parsePositiveInt } from '../argument-parsers.js';
import { describeError } from '../describe-error.js';
import { parseDuration } from '../duration.js';
import { UsageError } from '../errors.js';
import { EXIT, type ExitCode, exitCodeFor } from '../exit-codes.js';
import type { Run } from '../main.js';
import { emit } from '../output.js';
import { startProgress } from '../progress.js';
import type { Session } from '../session.js';

interface UpgradeFlags {
  jar?: string;
  jarId?: string;
  mode?: UpgradeMode;
  healthyFor?: number;
  checkpoints?: number;
  rollback: boolean;
  previousJarId?: string;
  entryClass?: string;
  arg?: string[];
  parallelism?: number;
  savepointDir?: string;
  allowNonRestoredState?: boolean;
  stateFile?: string;
  resume?: string;
}

function parseMode(text: string): UpgradeMode {
  if (!(UPGRADE_MODES as readonly string[]).includes(text))
    throw new UsageError(`--mode "${text}" must be one of ${UPGRADE_MODES.join(', ')}`);
  return text as UpgradeMode;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** The state after each step, written whole (temp file + rename): a crash leaves the last one. */
function stateWriter(file: string | undefined) {
  let chain = Promise.resolve();
  return {
    write(state: UpgradeState) {
      if (file === undefined) return;
      const text = `${JSON.stringify(state, null, 2)}\n`;
      chain = chain.then(async () => {
        await writeFile(`${file}.tmp`, text);
        await rename(`${file}.tmp`, file);
      });
    },
    flushed: () => chain,
  };
}

async function readState(file: string, job: string): Promise<UpgradeState> {
  let state: UpgradeState;
  try {
    state = JSON.parse(await readFile(file, 'utf8')) as UpgradeState;
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code ?? 'not JSON';
    throw new UsageError(`--resume ${file}: cannot read an upgrade state from it (${why})`);
  }
  if (state?.jobId !== job)
    throw new UsageError(`--resume ${file} is the upgrade of job ${state?.jobId}, not of ${job}`);
  return state;
}

function human(result: { newJobId: string; savepoint: string | undefined }, job: string) {
  return `upgrade of job ${job}: DONE\nnew job: ${result.newJobId}\n${result.savepoint ? `savepoint: ${result.savepoint}\n` : ''}`;
}

async function upgrade(session: Session, job: string, flags: UpgradeFlags): Promise<ExitCode> {
  const flink = await session.flink();
  const writer = stateWriter(flags.stateFile ?? flags.resume);
  const progress = startProgress(session, `upgrade ${job}`);
  let events = 0;
  const run = {
    ...(session.timeoutMs !== undefined ? { timeoutMs: session.timeoutMs } : {}),
    ...(session.io.signal ? { signal: session.io.signal } : {}),
    onProgress: (e: UpgradeProgress) => {
      writer.write(e.state);
      if (e.status === 'done' || e.status === 'failed')
        session.io.stderr(
          session.quiet ? '' : `${e.step}: ${e.status}${e.detail ? ` ${e.detail}` : ''}\n`,
        );
      progress.update({ status: `${e.step} ${e.detail ?? e.status}`, polls: ++events });
    },
  };
  let op: UpgradeOperation;
  if (flags.resume !== undefined) {
    op = resumeUpgrade(flink, await readState(flags.resume, job), run);
  } else {
    op = await flink.jobs.upgrade(job, {
      ...(flags.jar !== undefined ? { jar: flags.jar } : {}),
      ...(flags.jarId !== undefined ? { jarId: flags.jarId } : {}),
      ...(flags.mode !== undefined ? { mode: flags.mode } : {}),
      ...(flags.entryClass !== undefined ? { entryClass: flags.entryClass } : {}),
      ...(flags.arg !== undefined ? { args: flags.arg } : {}),
      ...(flags.parallelism !== undefined ? { parallelism: flags.parallelism } : {}),
      ...(flags.savepointDir !== undefined ? { targetDirectory: flags.savepointDir } : {}),
      allowNonRestoredState: flags.allowNonRestoredState === true,
      healthy: {
        ...(flags.healthyFor !== undefined ? { runningForMs: flags.healthyFor } : {}),
        ...(flags.checkpoints !== undefined ? { completedCheckpoints: flags.checkpoints } : {}),
      },
      rollback: flags.rollback,
      ...(flags.previousJarId !== undefined ? { previous: { jarId: flags.previousJarId } } : {}),
      ...run,
    });
  }
  try {
    const result = await op.wait();
    progress.done();
    await writer.flushed();
    emit(session, { status: 'DONE', jobId: job, ...result }, () =>
      session.quiet ? `${result.newJobId}\n` : human(result, job),
    );
    return EXIT.OK;
  } catch (error) {
    progress.done();
    await writer.flushed();
    const code = exitCodeFor(error);
    if (session.json && error instanceof UpgradeFailedError) {
      const { step, rolledBack, savepoint, newJobId, rollbackJobId } = error;
      session.io.stdout(
        `${JSON.stringify({ status: 'FAILED', jobId: job, step, rolledBack, savepoint, newJobId, rollbackJobId, error: error.message }, null, 2)}\n`,
      );
    }
    session.io.stderr(describeError(error, session.verbose));
    const file = flags.stateFile ?? flags.resume;
    if ((code === EXIT.INTERRUPTED || code === EXIT.TIMEOUT || code === EXIT.CONNECTION) && file)
      session.io.stderr(`resume with: flink-rest upgrade ${job} --resume ${file}\n`);
    return code;
  }
}

/** `upgrade <job>`: savepoint, run the new jar from it, wait until healthy, roll back if not. */
export function registerUpgrade(program: Command, run: Run): void {
  program
    .command('upgrade')
    .description(
      'replace a job with a new jar, carrying its state over: savepoint, run, wait until healthy, roll back if not',
    )
    .argument('<job>', 'job id (32 hex characters)', parseHexId('job id'))
    .option('--jar <file>', 'the new jar, uploaded before the job stops')
    .option('--jar-id <id>', 'or the id of a jar uploaded already')
    .addOption(
      new Option(
        '--mode <mode>',
        'savepoint, last-state or stateless (default savepoint)',
      ).argParser(parseMode),
    )
    .addOption(
      new Option(
        '--healthy-for <duration>',
        'how long the new job must run with every task RUNNING and no restart (default 30s)',
      ).argParser(parseDuration),
    )
    .addOption(
      new Option(
        '--checkpoints <n>',
        'checkpoints the new job must complete (default 1)',
      ).argParser(parsePositiveInt('--checkpoints')),
    )
    .option(
      '--no-rollback',
      'on failure, do not roll back: the new job is left as it is, the savepoint printed',
    )
    .option(
      '--previous-jar-id <id>',
      'the jar a rollback runs (Flink does not tell which jar a job runs); needed unless --no-rollback',
    )
    .option('--entry-class <class>', "the new job's entry class (default: the jar manifest's)")
    .option('--arg <arg>', 'a program argument of the new job (repeat for more)', collect)
    .addOption(
      new Option(
        '--parallelism <n>',
        "the new job's parallelism (default: the old job's)",
      ).argParser(parsePositiveInt('--parallelism')),
    )
    .option('--savepoint-dir <dir>', "where Flink writes the savepoint (default: the cluster's)")
    .option('--allow-non-restored-state', 'let the new job skip state no operator of it takes')
    .option('--state-file <file>', 'write the upgrade state after each step (to --resume from)')
    .option('--resume <file>', 'continue the upgrade saved in this state file')
    .action((job: string, flags: UpgradeFlags, command: Command) =>
      run(command, async (session) => {
        // What the client would refuse, refused before connecting: exit 2 means nothing was sent.
        const jars = [flags.jar, flags.jarId].filter((j) => j !== undefined).length;
        if (flags.resume !== undefined) {
          if (jars > 0)
            throw new UsageError('--resume continues a saved upgrade: give no --jar or --jar-id');
        } else if (jars !== 1) {
          throw new UsageError('give exactly one of --jar <file> and --jar-id <id>');
        } else if (flags.rollback && flags.previousJarId === undefined) {
          throw new UsageError(
            '--previous-jar-id is needed to roll back (Flink does not tell which jar a job runs); or pass --no-rollback',
          );
        }
        return upgrade(session, job, flags);
      }),
    );
}
