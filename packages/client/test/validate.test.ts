import { describe, expect, it } from 'vitest';
import { serializePath } from '../src/path-serializer.js';
import { REDACTED, redactHeaders, redactText, redactUrl } from '../src/redact.js';
import { checkId, checkNonEmpty, checkPositiveInt, newTriggerId } from '../src/validate.js';

describe('argument checks', () => {
  it.each([
    {
      name: 'short id',
      run: () => checkId('abc', 'jobId'),
      want: 'jobId "abc" must be 32 lower-case hexadecimal characters',
    },
    {
      name: 'upper case id',
      run: () => checkId('A'.repeat(32), 'jobId'),
      want: `jobId "${'A'.repeat(32)}" must be 32 lower-case hexadecimal characters`,
    },
    {
      name: 'non-string id',
      run: () => checkId(42, 'jobId'),
      want: 'jobId 42 must be 32 lower-case hexadecimal characters',
    },
    {
      name: 'empty directory',
      run: () => checkNonEmpty('  ', 'targetDirectory'),
      want: 'targetDirectory must be a non-empty string, got "  "',
    },
    {
      name: 'zero parallelism',
      run: () => checkPositiveInt(0, 'parallelism'),
      want: 'parallelism (0) must be a whole number >= 1',
    },
    {
      name: 'fractional parallelism',
      run: () => checkPositiveInt(1.5, 'parallelism'),
      want: 'parallelism (1.5) must be a whole number >= 1',
    },
  ])('$name', ({ run, want }) => {
    expect(run).toThrow(want);
  });

  it('makes trigger ids Flink accepts', () => {
    const ids = new Set(Array.from({ length: 50 }, () => newTriggerId()));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(checkId(id, 'triggerId')).toBe(id);
  });
});

describe('serializePath', () => {
  it.each([
    {
      template: '/v1/jars/{jarid}/run',
      params: { jarid: 'abc_job.jar' },
      want: '/v1/jars/abc_job.jar/run',
    },
    { template: '/v1/jars/{jarid}/run', params: { jarid: '../x' }, want: '/v1/jars/..%2Fx/run' },
    {
      template: '/v1/jars/{jarid}/run',
      params: { jarid: 'a b?c#d' },
      want: '/v1/jars/a%20b%3Fc%23d/run',
    },
  ])('$params.jarid', ({ template, params, want }) => {
    const out = serializePath(template, params);
    expect(out).toBe(want);
    expect(new URL(`http://h${out}`).pathname).toBe(want);
  });

  it.each([
    { params: {}, want: 'path parameter "jarid" of /jars/{jarid}/run is missing' },
    { params: { jarid: '' }, want: 'path parameter "jarid" of /jars/{jarid}/run is empty' },
    {
      params: { jarid: '..' },
      want: 'path parameter "jarid" of /jars/{jarid}/run must not be ".."',
    },
    {
      params: { jarid: '.' },
      want: 'path parameter "jarid" of /jars/{jarid}/run must not be "."',
    },
  ])('rejects $want', ({ params, want }) => {
    expect(() => serializePath('/v1/jars/{jarid}/run', params)).toThrow(want);
  });
});

describe('redaction', () => {
  it('hides secret headers whatever their case', () => {
    expect(redactHeaders({ Authorization: 'Bearer abc', 'X-Trace': '1', cookie: 'a=b' })).toEqual({
      Authorization: REDACTED,
      'X-Trace': '1',
      cookie: REDACTED,
    });
  });

  it.each([
    { given: 'https://user:pw@flink:8081/v1', want: 'https://REDACTED:REDACTED@flink:8081/v1' },
    {
      given: 'http://flink/v1/jobs?token=s3cr3t&x=1',
      want: `http://flink/v1/jobs?token=${encodeURIComponent(REDACTED)}&x=1`,
    },
    { given: 'not a url', want: 'not a url' },
  ])('redactUrl($given)', ({ given, want }) => {
    expect(redactUrl(given)).toBe(want);
  });

  it('removes configured secrets and Authorization values from text', () => {
    expect(redactText('echo: Bearer abc.def and pw hunter22', ['hunter22'])).toBe(
      `echo: Bearer ${REDACTED} and pw ${REDACTED}`,
    );
  });
});
