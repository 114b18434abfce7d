import { randomBytes } from 'node:crypto';

/** WHATWG's escaping of names in a multipart/form-data part header. */
function escapeName(name: string): string {
  return name.replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/"/g, '%22');
}

/**
 * One file as a multipart/form-data body, itself a Blob: its length is known (Content-Length,
 * not a chunked upload), a file Blob is read from disk only while it is sent, and it can be
 * sent again. Written out rather than through FormData because Node's FormData and the
 * undici that sends requests are different builds that cannot encode each other's forms.
 */
export function multipartFile(
  field: string,
  file: Blob,
  filename: string,
): { body: Blob; contentType: string } {
  const boundary = `----flink-rest-${randomBytes(12).toString('hex')}`;
  const head =
    `--${boundary}\r\n` +
    `Content-Disposition: form-data; name="${escapeName(field)}"; filename="${escapeName(filename)}"\r\n` +
    `Content-Type: ${file.type || 'application/octet-stream'}\r\n\r\n`;
  return {
    body: new Blob([head, file, `\r\n--${boundary}--\r\n`]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}
