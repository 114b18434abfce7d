import { describe, expect, it } from 'vitest';
import { describeDrift, firstDifferingLines } from '../src/drift-report.js';

const specText = (op: string) => `openapi: 3.0.1
info:
  title: T
  version: v1/1
paths:
  /jobs:
    get:
      operationId: ${op}
      responses: {}
`;

describe('describeDrift', () => {
  it.each([
    {
      name: 'a missing file says how to create it',
      committed: undefined,
      want: ['specs/flink-2.3/jobmanager-v1.yaml: missing (run npm run specs:extract)'],
    },
    {
      name: 'a changed spec shows the semantic difference and the lines',
      committed: specText('getJobs'),
      want: [
        'specs/flink-2.3/jobmanager-v1.yaml: differs from a fresh extraction',
        '  changed    GET /jobs.operationId  A "getJobs" vs B "listJobs"',
        '  line 8:',
        '    committed:       operationId: getJobs',
        '    extracted:       operationId: listJobs',
      ],
    },
  ])('$name', ({ committed, want }) => {
    const text = describeDrift(
      'specs/flink-2.3/jobmanager-v1.yaml',
      committed,
      specText('listJobs'),
    );
    for (const line of want) {
      expect(text).toContain(line);
    }
  });

  it('says when only formatting differs', () => {
    const text = describeDrift('a.yaml', `# hand edit\n${specText('x')}`, specText('x'));
    expect(text).toContain('same API; formatting or comments differ');
  });
});

describe('firstDifferingLines', () => {
  it('stops after max pairs and marks a missing end', () => {
    expect(firstDifferingLines('a\nb\nc', 'a\nX', 2)).toEqual([
      '  line 2:',
      '    committed: b',
      '    extracted: X',
      '  line 3:',
      '    committed: c',
      '    extracted: <end of file>',
    ]);
  });
});
