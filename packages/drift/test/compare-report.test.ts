import { describe, expect, it } from 'vitest';
import { formatReport } from '../src/compare-report.js';

describe('formatReport', () => {
  it('lists every section, its differences, and a summary line', () => {
    const text = formatReport('ours.yaml', 'theirs.yml', [
      { section: 'operations', change: 'only in A', location: 'POST /jobs', detail: 'x' },
      { section: 'schemas', change: 'only in B', location: 'schema Gone' },
    ]);
    expect(text).toBe(
      [
        'A: ours.yaml',
        'B: theirs.yml',
        '',
        'Operations: 1 difference(s)',
        '  only in A  POST /jobs  x',
        'Parameters: no differences',
        'Request bodies: no differences',
        'Responses: no differences',
        'Schemas: 1 difference(s)',
        '  only in B  schema Gone',
        'Extensions: no differences',
        'Descriptions: no differences',
        'Info: no differences',
        '',
        'Summary: 1 operations, 0 parameters, 0 request bodies, 0 responses, 1 schemas, 0 extensions, 0 descriptions, 0 info',
        '',
      ].join('\n'),
    );
  });
});
