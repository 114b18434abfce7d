import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../src/exit-codes.js';
import { runCli } from './run-cli.js';

// The README's promises, checked against the program: the curl table covers every endpoint
// family of Flink's REST overview, each command it names exists, and the exit codes it lists
// are the ones the CLI uses.
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

/** The rows of the Markdown table that follows `heading`, as cells. */
function tableAfter(heading: string): string[][] {
  const section = readme.slice(readme.indexOf(heading));
  const rows = section
    .split('\n')
    .filter((l) => l.startsWith('|'))
    .map((l) =>
      l
        .replaceAll('\\|', '&#124;')
        .split('|')
        .slice(1, -1)
        .map((c) => c.replaceAll('&#124;', '|').trim()),
    );
  const end = rows.findIndex((r, i) => i > 1 && r.length !== rows[0]?.length);
  return rows.slice(2, end === -1 ? undefined : end);
}

const curlTable = tableAfter('## From curl to flink-rest');

/** `flink-rest jars run $JAR --x` → `['jars', 'run']`: the command words of a snippet. */
function commandWords(snippet: string): string[] {
  const words = snippet.replace(/^flink-rest /, '').split(' ');
  const end = words.findIndex((w) => !/^[a-z][a-z-]*$/.test(w));
  return words.slice(0, end === -1 ? undefined : end);
}

const commands = [
  ...new Set(
    curlTable.flatMap(([, , cell]) =>
      [...(cell ?? '').matchAll(/`([^`]+)`/g)]
        .map((m) => commandWords(m[1] as string).join(' '))
        .filter((c) => c !== ''),
    ),
  ),
];

describe('README', () => {
  it("the curl table covers every endpoint family of Flink's REST overview", () => {
    const families = new Set(curlTable.map(([family]) => family));
    for (const family of [
      'cluster',
      'jobs',
      'stop',
      'cancel',
      'savepoints',
      'checkpoints',
      'task managers',
      'async operations',
    ]) {
      expect(families, family).toContain(family);
    }
  });

  it('the curl table names commands (so the next test checks something)', () => {
    expect(commands.length).toBeGreaterThan(20);
    expect(commands).toContain('checkpoints get');
  });

  it.each(commands)('`flink-rest %s` exists: its --help exits 0', async (command) => {
    const run = await runCli([...command.split(' '), '--help']);
    expect(run.code).toBe(EXIT.OK);
    expect(run.stdout).toContain(`Usage: flink-rest ${command}`);
  });

  it('the exit code table lists exactly the codes the CLI uses', () => {
    const codes = tableAfter('## Exit codes').map(([code]) => Number(code));
    expect(codes).toEqual(Object.values(EXIT));
  });
});
