import { describe, expect, it } from 'vitest';
import { BufferedResponse } from '../src/buffered-response.js';

const notJson = (text: string, status: number) => new Error(`${status}: not JSON: ${text}`);
const make = (text: string, headers: Record<string, string> = {}) =>
  new BufferedResponse(
    new TextEncoder().encode(text),
    { status: 200, statusText: 'OK', headers, url: 'http://127.0.0.1:1/v1/config' },
    notJson,
  );

describe('BufferedResponse', () => {
  it('reads the same body any number of times, through every reader', async () => {
    const r = make('{"a":1}', { 'content-type': 'application/json' });
    expect(await r.json()).toEqual({ a: 1 });
    expect(await r.text()).toBe('{"a":1}');
    expect(new TextDecoder().decode(await r.arrayBuffer())).toBe('{"a":1}');
    expect(await (await r.blob()).text()).toBe('{"a":1}');
    expect((await r.blob()).type).toBe('application/json');
    expect(await new Response(r.body).text()).toBe('{"a":1}');
    expect(await r.clone().json()).toEqual({ a: 1 });
    expect(r.bodyUsed).toBe(false);
  });

  it('is a Response with the status, the headers and the URL it answered', () => {
    const r = make('{}', { 'transfer-encoding': 'chunked', 'x-a': 'b' });
    expect(r).toBeInstanceOf(Response);
    expect([r.status, r.statusText, r.ok, r.url]).toEqual([
      200,
      'OK',
      true,
      'http://127.0.0.1:1/v1/config',
    ]);
    // The length is known once the body is read; chunking is over.
    expect(r.headers.get('content-length')).toBe('2');
    expect(r.headers.get('transfer-encoding')).toBeNull();
    expect(r.headers.get('x-a')).toBe('b');
  });

  it.each([{ text: '<html>maintenance</html>' }, { text: '{"status":{"id":"COMPL' }, { text: '' }])(
    'names a body that is not JSON: $text',
    async ({ text }) => {
      await expect(make(text).json()).rejects.toThrow(`200: not JSON: ${text}`);
    },
  );

  it('copies out bytes, so a reader cannot change what the next one reads', async () => {
    const r = make('{"a":1}');
    new Uint8Array(await r.arrayBuffer()).fill(0);
    expect(await r.json()).toEqual({ a: 1 });
  });

  it('has no body stream when there is no body', () => {
    expect(make('').body).toBeNull();
  });
});
