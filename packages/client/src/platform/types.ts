import type { FetchLike, TlsOptions } from '../transport.js';

/** A fetch over an HTTP stack of the client's own (TLS options), and that stack's close. */
export interface OwnedFetch {
  readonly fetch: FetchLike;
  close(): Promise<void>;
}

/**
 * What differs between Node and every other runtime. `#platform` resolves to the Node module
 * only under the `node` condition, so a browser, Deno, Bun or Workers build never loads undici
 * or `node:*`.
 */
export interface Platform {
  /** Sent as User-Agent unless the caller sets one; undefined where a page may not set it. */
  readonly userAgent: string | undefined;
  /** Added to why a request got no answer: what else it may mean here. */
  readonly noAnswerHint: string;
  /** A fetch that trusts and presents what `tls` says. Throws a TypeError where it cannot. */
  tlsFetch(tls: TlsOptions): OwnedFetch;
  /** The jar at `path` as a Blob read while it is sent. Rejects where there is no file system. */
  jarFile(path: string): Promise<Blob>;
}
