import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type MockJobManager, startMockJobManager } from '@flink-rest/testing';
import { parse as parseJunit } from 'junit2json';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runDriftWith } from './run-drift.js';

// examples/github-actions/flink-drift.yml: its flink-drift commands run here as the workflow
// would run them, the probe against a mock JobManager, diff and support against a small app.
const packageDir = fileURLToPath(new URL('..', import.meta.url));
const usageApp = path.join(packageDir, 'test/fixtures/usage-app');

interface Step {
  run?: string;
  env?: Record<string, string>;
  uses?: string;
}
let workflow: { on: Record<string, unknown>; jobs: Record<string, { if: string; steps: Step[] }> };
let mock: MockJobManager;
let dir: string;
beforeAll(async () => {
  workflow = parse(
    await readFile(path.join(packageDir, 'examples/github-actions/flink-drift.yml'), 'utf8'),
  );
  mock = await startMockJobManager({ flinkVersion: '2.3', scenario: 'probe' });
  dir = await mkdtemp(path.join(os.tmpdir(), 'drift-actions-'));
});
afterAll(async () => {
  await mock?.close();
  await rm(dir, { recursive: true, force: true });
});

/** The argv of each `flink-drift` command in a step's script, with shell variables filled in. */
function commands(script: string, vars: Record<string, string>): string[][] {
  return script
    .split('\n')
    .filter((line) => /flink-drift (probe|diff|support) /.test(line))
    .map((line) => {
      const command = line
        .slice(line.indexOf('flink-drift ') + 'flink-drift '.length)
        .replace(/\s*(\|\||>>).*$/, '');
      const filled = command.replace(
        /"\$\(cat flink\.version\)"|"\$(\w+)"/g,
        (_m, name?: string) => (name === undefined ? (vars.TO as string) : (vars[name] as string)),
      );
      return filled.split(/\s+/).filter((w) => w !== '');
    });
}

describe('the GitHub Actions example', () => {
  it('runs nightly, on demand, and on pull requests that change flink.version', () => {
    expect(Object.keys(workflow.on)).toEqual(['schedule', 'workflow_dispatch', 'pull_request']);
    expect(workflow.jobs['probe-staging']?.if).toBe("github.event_name != 'pull_request'");
    expect(workflow.jobs['flink-version-bump']?.if).toBe("github.event_name == 'pull_request'");
  });

  it('probe-staging: the probe reads FLINK_REST_*, writes the summary and a JUnit file, exits 0 on a cluster without drift', async () => {
    const steps = workflow.jobs['probe-staging']?.steps ?? [];
    const step = steps.find((s) => s.run?.includes('flink-drift probe')) as Step;
    expect(step.env).toEqual({
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression.
      FLINK_REST_URL: '${{ vars.STAGING_JOBMANAGER_URL }}',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression.
      FLINK_REST_TOKEN: '${{ secrets.STAGING_FLINK_TOKEN }}',
    });
    const [argv] = commands(step.run as string, {});
    const summary = path.join(dir, 'summary.md');
    const out = path.join(dir, 'flink-drift.xml');
    const { code } = await runDriftWith(
      {
        env: {
          FLINK_REST_URL: mock.url,
          FLINK_REST_TOKEN: 'staging-token',
          GITHUB_STEP_SUMMARY: summary,
        },
      },
      ...(argv as string[]).map((a) => (a === 'flink-drift.xml' ? out : a)),
    );
    expect(code).toBe(0);
    expect(await readFile(summary, 'utf8')).toMatch(/^## flink-drift probe: no drift\n/);
    const junit = await parseJunit(await readFile(out, 'utf8'));
    expect(junit).toMatchObject({ failures: 0, errors: 0 });
    expect(steps.find((s) => s.uses?.startsWith('actions/upload-artifact'))).toBeDefined();
  });

  it('flink-version-bump: diff --usage and support run on a bump from 2.2 to 2.3', async () => {
    const steps = workflow.jobs['flink-version-bump']?.steps ?? [];
    const argvs = steps.flatMap((s) => (s.run ? commands(s.run, { FROM: '2.2', TO: '2.3' }) : []));
    expect(argvs.map((a) => a[0])).toEqual(['diff', 'support']);
    const summary = path.join(dir, 'bump.md');
    await writeFile(summary, '');
    for (const argv of argvs) {
      const args = argv.map((a) =>
        a === 'src' ? usageApp : a === 'drift.md' ? path.join(dir, 'drift.md') : a,
      );
      const { code, stderr } = await runDriftWith({ env: {} }, ...args);
      expect([0, 1], `${argv.join(' ')}: ${stderr}`).toContain(code);
    }
    expect(await readFile(path.join(dir, 'drift.md'), 'utf8')).toMatch(/2\.2.*2\.3/);
  });
});
