import { TestingError } from '@flink-rest/testing';
import { recordFixture } from './record.js';
import { parseRecordArgs } from './record-args.js';
import { recordHaFixture } from './record-ha.js';

async function main(): Promise<void> {
  const { lines, scenario } = parseRecordArgs(process.argv.slice(2));
  for (const line of lines) {
    // The HA scenario needs a cluster of its own shape and kills its leader midway.
    const record = scenario === 'ha' ? recordHaFixture : recordFixture;
    await record({
      flinkVersion: line,
      scenario,
      write: true,
      onProgress: (m) => console.error(`fixtures:record: ${m}`),
    });
  }
}

main().catch((error) => {
  console.error(`fixtures:record: ${(error as Error).message}`);
  process.exit(
    error instanceof TestingError && (error.code === 'USAGE' || error.code === 'UNKNOWN_VERSION')
      ? 2
      : 1,
  );
});
