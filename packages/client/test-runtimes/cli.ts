/**
 * The conformance script as a command, for the runtimes that run files: Node (through tsx),
 * Bun and Deno. Arguments: the base URL, the runtime's name, the expectations as JSON. Prints
 * the results as one line of JSON.
 */
import { type Expectations, type Runtime, runConformance } from './conformance.ts';

const deno = (globalThis as { Deno?: { args: string[] } }).Deno;
const [baseUrl, runtime, expect] = deno ? deno.args : process.argv.slice(2);
if (!baseUrl || !runtime || !expect) {
  throw new Error('usage: cli.ts <baseUrl> <runtime> <expectations JSON>');
}
const results = await runConformance(
  baseUrl,
  runtime as Runtime,
  JSON.parse(expect) as Expectations,
);
console.log(JSON.stringify(results));
