import { describe, expect, it } from 'vitest';
import { type RawExchange, recordingFetch } from '../src/recording-fetch.js';

describe('recordingFetch', () => {
  it('records what went out and came back, tagged with the step, and hands back the body', async () => {
    const sink: RawExchange[] = [];
    const fetchLike = recordingFetch(
      async () =>
        new Response('{"jobid":"x"}', {
          status: 200,
          headers: { 'content-type': 'application/json' },
        }),
      sink,
      () => 'job: run',
    );
    const form = new FormData();
    form.append(
      'jarfile',
      new Blob([new Uint8Array([1])], { type: 'application/java-archive' }),
      'a.jar',
    );
    const res = await fetchLike(
      new Request('http://h/v1/jars/a%3Ab/run?get=x&agg=min', { method: 'POST', body: form }),
    );
    expect(await res.json()).toEqual({ jobid: 'x' });
    expect(sink).toEqual([
      {
        step: 'job: run',
        method: 'POST',
        path: '/jars/a:b/run',
        query: { agg: 'min', get: 'x' },
        requestContentType: expect.stringMatching(/^multipart\/form-data; boundary=/),
        requestBody: {
          multipart: [{ name: 'jarfile', filename: 'a.jar', type: 'application/java-archive' }],
        },
        status: 200,
        responseContentType: 'application/json',
        responseBody: { jobid: 'x' },
      },
    ]);
  });
});
