import type { Command } from 'commander';
import { flinkGet } from '../flink-get.js';
import type { Run } from '../main.js';
import { emit } from '../output.js';
import { renderFields } from '../render-table.js';

/** `overview` (`GET /overview`) and `config` (`GET /config`): the cluster at a glance. */
export function registerCluster(program: Command, run: Run): void {
  program
    .command('overview')
    .description('the cluster: TaskManagers, slots, jobs by state (GET /overview)')
    .action((_options, command: Command) =>
      run(command, async (session) => {
        const body = await flinkGet(session, '/overview');
        emit(session, body, () => renderFields(body));
        return undefined;
      }),
    );
  program
    .command('config')
    .description("the web UI's view of the cluster: version, features, time zone (GET /config)")
    .action((_options, command: Command) =>
      run(command, async (session) => {
        const body = await flinkGet(session, '/config');
        emit(session, body, () => renderFields(body));
        return undefined;
      }),
    );
}
