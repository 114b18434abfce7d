#!/usr/bin/env node
import { main } from './main.js';

// Ctrl-C ends a wait (exit 130, printing the trigger id), never the operation on the cluster.
// A second Ctrl-C leaves at once, in case something does not listen to the signal.
const interrupt = new AbortController();
process.once('SIGINT', () => {
  interrupt.abort(new Error('interrupted (Ctrl-C)'));
  process.once('SIGINT', () => process.exit(130));
});

// `flink-rest jobs list | head`: a reader that stops early is not an error of ours. Any other
// failure to write stdout is.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  isTTY: process.stdout.isTTY === true,
  signal: interrupt.signal,
});
