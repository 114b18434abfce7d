import { describe, expect, it } from 'vitest';
import { multipartFile } from '../src/multipart.js';

/** Parsed back with Node's own multipart/form-data parser. */
async function parse(body: Blob, contentType: string) {
  return new Response(body, { headers: { 'content-type': contentType } }).formData();
}

describe('multipartFile', () => {
  it.each([
    { filename: 'job.jar', parsed: 'job.jar' },
    { filename: 'jöb-ü.jar', parsed: 'jöb-ü.jar' },
    // Escaped as WHATWG says (%22, %0D, %0A), so a quote or a line break cannot end the header
    // early; the parser decodes them again.
    { filename: 'my "job".jar', parsed: 'my "job".jar' },
    { filename: 'a\r\nContent-Type: text/html.jar', parsed: 'a\r\nContent-Type: text/html.jar' },
  ])('$filename', async ({ filename, parsed }) => {
    const bytes = new Uint8Array([0x50, 0x4b, 3, 4, 13, 10, 45, 45]);
    const { body, contentType } = multipartFile(
      'jarfile',
      new Blob([bytes], { type: 'application/java-archive' }),
      filename,
    );
    const form = await parse(body, contentType);
    const file = form.get('jarfile') as File;
    expect([...form.keys()]).toEqual(['jarfile']);
    expect([file.name, file.type]).toEqual([parsed, 'application/java-archive']);
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(bytes);
  });

  it('knows its length before it is read, and a new boundary each time', () => {
    const file = new Blob([new Uint8Array(1000)]);
    const a = multipartFile('jarfile', file, 'job.jar');
    const b = multipartFile('jarfile', file, 'job.jar');
    expect(a.body.size).toBeGreaterThan(1000);
    expect(a.contentType).not.toBe(b.contentType);
  });
});
