import type { CheckResult, Expectations, Runtime } from './conformance.ts';
import { type CorsBehaviour, corsProxyInFront, flinkDefaultCors } from './flink-cors.ts';
import { runInChromium } from './run-chromium.ts';
import { runCommand } from './run-command.ts';
import { runInWorkerd } from './run-workerd.ts';
import { bunBinary, denoBinary } from './runtime-binaries.ts';

export interface RuntimeLeg {
  readonly name: Runtime;
  /** How the JobManager the leg talks to answers CORS (only a browser enforces it). */
  readonly cors: CorsBehaviour;
  /** Runs the conformance script against the JobManager at `baseUrl`. */
  run(baseUrl: string, expect: Expectations): Promise<CheckResult[]>;
}

/** The runtime matrix: each leg imports `@flink-rest/client` as a user of that runtime would. */
export const RUNTIMES: readonly RuntimeLeg[] = [
  {
    name: 'node',
    cors: flinkDefaultCors,
    // tsx only strips types; Node resolves the package itself (the `node` and `import` conditions).
    run: (url, expect) => runCommand('node', [process.execPath, '--import', 'tsx'], url, expect),
  },
  {
    name: 'bun',
    cors: flinkDefaultCors,
    run: (url, expect) => runCommand('bun', [bunBinary(), 'run'], url, expect),
  },
  {
    name: 'deno',
    cors: flinkDefaultCors,
    // The workspace's node_modules as npm laid it out (no Deno install step), and the network
    // to the loopback only: a Flink client should need nothing else.
    run: (url, expect) =>
      runCommand(
        'deno',
        [denoBinary(), 'run', '--node-modules-dir=manual', '--allow-net=127.0.0.1', '--no-prompt'],
        url,
        expect,
        { DENO_NO_UPDATE_CHECK: '1' },
      ),
  },
  {
    name: 'chromium',
    // Flink answers no preflight, so a page on another origin reaches it through a proxy that
    // does; runtimes.test.ts also runs the page straight against Flink's own CORS answers.
    cors: corsProxyInFront,
    run: runInChromium,
  },
  { name: 'workerd', cors: flinkDefaultCors, run: runInWorkerd },
];
