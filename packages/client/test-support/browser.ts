import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Browser, chromium } from 'playwright-core';

/** Debian's chromium package, which scripts/ensure-chromium.mjs installs before `npm test`. */
const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * The Chromium to drive: `CHROMIUM=/path` if set, else Debian's. Throws, naming the path and
 * how to get a browser, when the file is missing: playwright-core downloads none.
 */
export function chromiumPath(): string {
  const chosen = process.env.CHROMIUM;
  const path = chosen || DEBIAN_CHROMIUM;
  if (existsSync(path)) return path;
  // The script installs Debian's package, so it only helps when CHROMIUM is not set.
  throw new Error(
    chosen
      ? `chromium: CHROMIUM=${chosen} is missing: point CHROMIUM at a Chromium binary, or unset it to use ${DEBIAN_CHROMIUM} (node scripts/ensure-chromium.mjs installs it)`
      : `chromium: ${DEBIAN_CHROMIUM} is missing: run node scripts/ensure-chromium.mjs (npm test does), or set CHROMIUM=/path/to/chromium`,
  );
}

/** Headless Chromium at chromiumPath(); the caller closes it. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath() });
}

export interface PageFiles {
  /** The page's HTML, answered at every path that is not a script. */
  readonly html: string;
  /** Script texts by path (`{ '/page.js': text }`), answered as text/javascript. */
  readonly scripts: Readonly<Record<string, string>>;
}

/**
 * Serves a page and its scripts from memory on 127.0.0.1, on a port of its own: another origin
 * than the JobManager's (or a proxy's), so the page's requests are cross-origin fetches.
 * `close()` drops open connections too, as a browser keeps them alive.
 */
export async function servePage(files: PageFiles) {
  const server = createServer((req, res) => {
    const script = files.scripts[req.url ?? ''];
    if (script !== undefined) {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(script);
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(files.html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    /** `http://127.0.0.1:<port>`; the page is at `${origin}/`. */
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
