import type { Platform } from './types.js';

const outsideNode = (option: string, instead: string) =>
  new TypeError(`${option} is supported on Node only; here, ${instead}`);

/** Browsers, Deno, Bun and Workers: the runtime's fetch is the whole HTTP stack. */
export const platform: Platform = {
  // A page may not set User-Agent, and an unknown header would cost a CORS preflight.
  userAgent: undefined,
  // A page learns nothing of why the browser refused an answer (only its console does).
  noAnswerHint:
    typeof (globalThis as { document?: unknown }).document === 'object'
      ? ' (in a browser also a request its CORS rules refused: see the console, and "In a browser: CORS" in the client README)'
      : '',
  tlsFetch() {
    throw outsideNode(
      'tls',
      "configure TLS in the runtime and pass its fetch as the 'fetch' option",
    );
  },
  async jarFile() {
    throw outsideNode('a jar path', 'pass the jar as a Blob, a File or bytes');
  },
};
