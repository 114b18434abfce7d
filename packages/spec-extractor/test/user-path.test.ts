import { describe, expect, it } from 'vitest';
import { userPath } from '../src/user-path.js';

describe('userPath', () => {
  it.each([
    {
      name: 'relative to INIT_CWD',
      path: 'specs/flink-2.3',
      env: { INIT_CWD: '/repo' },
      want: '/repo/specs/flink-2.3',
    },
    { name: 'absolute stays', path: '/x/a.yaml', env: { INIT_CWD: '/repo' }, want: '/x/a.yaml' },
    { name: 'cwd without INIT_CWD', path: 'a.yaml', env: {}, want: `${process.cwd()}/a.yaml` },
  ])('$name', ({ path, env, want }) => {
    expect(userPath(path, env)).toBe(want);
  });
});
