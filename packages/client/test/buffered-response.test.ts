import { describe, expect, it } from 'vitest';
import { BufferedResponse } from '../src/buffered-response.js';

const URL_ = 'http://127.0.0.1:1/v1/config';
const notJson = (text: string, status: number) => new Error(`${status}: not JSON: ${text}`);
const make = (text: string, headers: Record<string, string> = {}, status = 200) =>
  new BufferedResponse(
    new TextEncoder().encode(text),
    new Response(null, { status, statusText: 'OK', headers }),
    URL_,
    notJson,
  );

describe('BufferedResponse', () => {
  it('is a Response with the status, the headers and the URL it answered', () => {
    const r = make('{}', {
      'transfer-encoding': 'chunked',
      'content-encoding': 'gzip',
      'x-a': 'b',
    });
    expect(r).toBeInstanceOf(Response);
    expect([r.status, r.statusText, r.ok, r.url]).toEqual([200, 'OK', true, URL_]);
    // The length is known once the body is read; chunking and compression are over.
    expect(r.headers.get('content-length')).toBe('2');
    expect(r.headers.get('transfer-encoding')).toBeNull();
    expect(r.headers.get('content-encoding')).toBeNull();
    expect(r.headers.get('x-a')).toBe('b');
  });

  it.each([
    { read: (r: Response) => r.json(), value: { a: 1 } },
    { read: (r: Response) => r.text(), value: '{"a":1}' },
    {
      read: async (r: Response) => new TextDecoder().decode(await r.arrayBuffer()),
      value: '{"a":1}',
    },
    { read: async (r: Response) => (await r.blob()).text(), value: '{"a":1}' },
    { read: (r: Response) => new Response(r.body).text(), value: '{"a":1}' },
  ])('hands the body to every reader: %#', async ({ read, value }) => {
    expect(await read(make('{"a":1}', { 'content-type': 'application/json' }))).toEqual(value);
  });

  it.each([{ text: '<html>maintenance</html>' }, { text: '{"status":{"id":"COMPL' }, { text: '' }])(
    'names a body that is not JSON: $text',
    async ({ text }) => {
      await expect(make(text).json()).rejects.toThrow(`200: not JSON: ${text}`);
    },
  );

  it.each([204, 205, 304])('has no body at status %i', (status) => {
    const r = make('', {}, status);
    expect([r.status, r.body]).toEqual([status, null]);
  });
});
