import { supportedLines } from '@flink-rest/versions';
import { DriftError } from './errors.js';
import { loadSide } from './load-side.js';
import type { SupportCommand } from './parse-args.js';
import { scanUsageSites } from './scan-usage.js';
import { type SupportReport, supportReport } from './support-report.js';

/**
 * Runs `support`: scans the code under `--usage`, loads the pinned spec of every supported line
 * with our overlays, and checks each call against each. Code without a single client call is an
 * input error, not a pass: a CI check pointed at the wrong folder must not succeed.
 */
export async function runSupport(command: SupportCommand): Promise<SupportReport> {
  const sites = await scanUsageSites(command.usage);
  if (sites.length === 0) {
    throw new DriftError(
      'BAD_USAGE_DIR',
      `--usage ${command.usage}: no call of the Flink client in its .ts/.tsx/.mts/.cts files`,
    );
  }
  const specs = await Promise.all(
    supportedLines.map(async (line) => ({
      line,
      document: (await loadSide('--flink-version', line, true)).document,
    })),
  );
  return supportReport(specs, sites, { dir: command.usage, range: command.lines });
}
