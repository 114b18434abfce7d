import { expect, it } from 'vitest';
import { main } from '../src/cli.js';
import { USAGE } from '../src/cli-args.js';

it.each([['--help'], ['-h']])('%s prints the usage and exits 0', async (flag) => {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    [flag],
    (t) => out.push(t),
    (t) => err.push(t),
  );
  expect({ code, out: out.join(''), err: err.join('') }).toEqual({
    code: 0,
    out: `${USAGE}\n`,
    err: '',
  });
});
