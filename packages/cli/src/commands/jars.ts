import type { Command } from 'commander';
import { parsePositiveInt } from '../argument-parsers.js';
import { NotFoundError, UsageError } from '../errors.js';
import { flinkGet } from '../flink-get.js';
import { isUnknownJar } from '../is-unknown-jar.js';
import type { Run } from '../main.js';
import { emit } from '../output.js';
import { renderTable } from '../render-table.js';

type Body = Record<string, unknown>;

function parseJarId(text: string): string {
  if (text.trim() === '' || text.includes('/'))
    throw new UsageError(`jar id "${text}" must be an id from \`jars list\` or \`jars upload\``);
  return text;
}

interface RunOptions {
  args?: string[];
  entryClass?: string;
  parallelism?: number;
  fromSavepoint?: string;
  allowNonRestoredState?: boolean;
}

/** `jars upload|list|run|delete`. */
export function registerJars(program: Command, run: Run): void {
  const jars = program.command('jars').description('job jars: upload, list, run, delete');
  jars
    .command('upload')
    .description('upload a jar (POST /jars/upload); prints its jar id')
    .argument('<file>', 'the jar file')
    .action((file: string, _o, command: Command) =>
      run(command, async (session) => {
        if (file.trim() === '') throw new UsageError('jar file must not be empty');
        const flink = await session.flink();
        const jar = await flink.jars.upload(
          file,
          session.io.signal ? { signal: session.io.signal } : {},
        );
        emit(session, jar, () => (session.quiet ? `${jar.id}\n` : `uploaded: ${jar.id}\n`));
        return undefined;
      }),
    );
  jars
    .command('list')
    .description('the uploaded jars and their entry classes (GET /jars)')
    .action((_o, command: Command) =>
      run(command, async (session) => {
        const body = (await flinkGet(session, '/jars')) as { files?: Body[] };
        emit(session, body, () =>
          renderTable(
            ['jar id', 'name', 'entry classes'],
            (body.files ?? []).map((f) => [
              f.id,
              f.name,
              ((f.entry as Body[] | undefined) ?? []).map((e) => e.name).join(', '),
            ]),
            '(no jars)',
          ),
        );
        return undefined;
      }),
    );
  jars
    .command('run')
    .description('start a job from an uploaded jar (POST /jars/:jarid/run); prints the job id')
    .argument('<jar-id>', 'the id `jars upload` printed', parseJarId)
    .option('--args <args...>', 'program arguments')
    .option('--entry-class <class>', 'the main class, if the jar names none or several')
    .option(
      '--parallelism <n>',
      'default parallelism of the job',
      parsePositiveInt('--parallelism'),
    )
    .option('--from-savepoint <path>', 'restore from this savepoint or retained checkpoint')
    .option('--allow-non-restored-state', 'skip savepoint state that maps to no operator')
    .action((jarId: string, options: RunOptions, command: Command) =>
      run(command, async (session) => {
        if (options.fromSavepoint !== undefined && options.fromSavepoint.trim() === '')
          throw new UsageError('--from-savepoint must not be empty');
        const flink = await session.flink();
        const { jobid } = await flink.jars.run(jarId, {
          ...(options.args ? { args: options.args } : {}),
          ...(options.entryClass !== undefined ? { entryClass: options.entryClass } : {}),
          ...(options.parallelism !== undefined ? { parallelism: options.parallelism } : {}),
          ...(options.fromSavepoint !== undefined ? { savepointPath: options.fromSavepoint } : {}),
          ...(options.allowNonRestoredState ? { allowNonRestoredState: true } : {}),
          ...(session.io.signal ? { signal: session.io.signal } : {}),
        });
        emit(session, { jobId: jobid }, () =>
          session.quiet ? `${jobid}\n` : `started job ${jobid}\n`,
        );
        return undefined;
      }),
    );
  jars
    .command('delete')
    .description('delete an uploaded jar (DELETE /jars/:jarid)')
    .argument('<jar-id>', 'the jar id', parseJarId)
    .action((jarId: string, _o, command: Command) =>
      run(command, async (session) => {
        const flink = await session.flink();
        await flink.jars
          .delete(jarId, session.io.signal ? { signal: session.io.signal } : {})
          .catch((error: unknown) => {
            if (!isUnknownJar(error)) throw error;
            throw new NotFoundError(`jar ${jarId} is not on the cluster (see \`jars list\`)`);
          });
        emit(session, { jarId, deleted: true }, () => (session.quiet ? '' : `deleted ${jarId}\n`));
        return undefined;
      }),
    );
}
