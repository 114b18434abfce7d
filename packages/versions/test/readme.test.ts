import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import * as api from '../src/index.js';

// The README's example, run: each `expr; // => value` line is evaluated against this package's
// API and compared with the value written after `// =>`, so the README cannot drift from the code.
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const example = /```ts\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
const claims = [...example.matchAll(/^(.+?); \/\/ => (.+)$/gm)].map(([, expr, value]) => ({
  expr: expr as string,
  value: value as string,
}));

it('has an example with claims', () => {
  expect(example).toContain("from '@flink-rest/versions'");
  expect(claims.length).toBeGreaterThan(3);
});

it.each(claims)('$expr is $value', ({ expr, value }) => {
  const evaluate = (code: string) =>
    new Function(...Object.keys(api), `return (${code});`)(...Object.values(api));
  expect(evaluate(expr)).toEqual(evaluate(value));
});
