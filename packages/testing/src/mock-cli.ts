#!/usr/bin/env node
import { TestingError } from './errors.js';
import { MOCK_HELP, parseMockArgs } from './mock-args.js';
import { startMockJobManager } from './mock-jobmanager.js';

async function main(): Promise<void> {
  const args = parseMockArgs(process.argv.slice(2));
  if (args === 'help') {
    process.stdout.write(MOCK_HELP);
    return;
  }
  const mock = await startMockJobManager(args);
  console.log(mock.url);
  const stop = () => {
    mock.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error) => {
  console.error(`flink-mock-jobmanager: ${(error as Error).message}`);
  process.exit(
    error instanceof TestingError && (error.code === 'USAGE' || error.code === 'UNKNOWN_VERSION')
      ? 2
      : 1,
  );
});
