import { describe, expect, it } from 'vitest';
import { buildSampleJob, LocalClusterError } from '../src/index.js';

describe('buildSampleJob', () => {
  it.each(['v3', 'toString', ''])(
    'refuses the variant %j before running Maven',
    async (variant) => {
      const pending = buildSampleJob({ variant: variant as never });
      await expect(pending).rejects.toBeInstanceOf(LocalClusterError);
      await expect(pending).rejects.toThrow(
        `variant ${JSON.stringify(variant)} must be one of v1, v2, broken`,
      );
    },
  );
});
