import { execFileSync } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { startMockJobManager } from '@flink-rest/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type MockProxy, startProxy } from '../test/proxy.js';

// As a person runs it: the built `flink-rest` in a real terminal (a tmux pane), waiting on a
// savepoint whose status poll never answers (the proxy holds it; the answers it does pass on
// are the mock's, recorded from real Flink 2.3). Needs tmux; without it this test fails.
const JOB = 'feed0000000000000000000000000001';
const TRIGGER = 'feed0000000000000000000000000005';
const BIN = fileURLToPath(new URL('../bin/flink-rest.js', import.meta.url));
const SESSION = `flink-rest-cli-${process.pid}`;

const tmux = (...args: string[]) => execFileSync('tmux', args, { encoding: 'utf8' });
const pane = () => tmux('capture-pane', '-p', '-t', SESSION);

/** Polls the pane until `test` matches it; the deadline is a hang guard, not a timing check. */
async function until(test: (text: string) => boolean, what: string): Promise<string> {
  for (let i = 0; i < 300; i++) {
    const text = pane();
    if (test(text)) return text;
    await sleep(100);
  }
  throw new Error(`the pane never showed ${what}:\n${pane()}`);
}

let mock: Awaited<ReturnType<typeof startMockJobManager>>;
let proxy: MockProxy;
beforeAll(async () => {
  mock = await startMockJobManager({ flinkVersion: '2.3' });
  proxy = await startProxy(mock.url, {
    hold: /^GET \/v1\/jobs\/[0-9a-f]{32}\/savepoints\/[0-9a-f]{32}$/,
  });
});
afterAll(async () => {
  try {
    tmux('kill-session', '-t', SESSION);
  } catch {
    // already gone
  }
  await proxy?.close();
  await mock?.close();
});

it('in a terminal: a live progress line that updates, Ctrl-C exits 130 with the trigger id, nothing left running', async () => {
  const command = `${process.execPath} ${BIN} --url ${proxy.url} savepoint ${JOB}; echo "EXIT=$?"`;
  tmux('new-session', '-d', '-s', SESSION, '-x', '220', '-y', '20', `${command}; sleep 600`);
  const line = new RegExp(`savepoint ${TRIGGER}: waiting, 0 polls, (\\S+)`);
  const first = (await until((t) => line.test(t), 'the progress line')).match(line)?.[1];
  // The same line, redrawn in place with a later elapsed time: one line, not a scroll of them.
  const later = await until((t) => (t.match(line)?.[1] ?? first) !== first, 'the line updating');
  expect(later.split('\n').filter((l) => line.test(l))).toHaveLength(1);

  tmux('send-keys', '-t', SESSION, 'C-c');
  const end = await until((t) => t.includes('EXIT='), 'the exit status');
  expect(end).toContain('EXIT=130');
  expect(end).toContain(`savepoint trigger id ${TRIGGER}: the operation goes on; resume with:`);
  expect(end).not.toMatch(line); // the progress line was cleared before the message
  // No flink-rest process is left: no node whose command line is this one (the proxy's port
  // makes it unique; the pane's shell, still in its `sleep`, carries it too, so only node's count).
  const left = execFileSync('ps', ['-eo', 'args='], { encoding: 'utf8' })
    .split('\n')
    .filter((l) => l.startsWith(`${process.execPath} ${BIN} --url ${proxy.url}`));
  expect(left).toEqual([]);
});
