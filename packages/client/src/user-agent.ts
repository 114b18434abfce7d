import { createRequire } from 'node:module';

// `src/` and `dist/` are both one level under the package: the same path works from either.
const { version } = createRequire(import.meta.url)('../package.json') as { version: string };

/** What the client says it is, unless the caller says otherwise: proxies and Flink's logs see it. */
export const USER_AGENT = `flink-rest-client/${version} node/${process.versions.node}`;
