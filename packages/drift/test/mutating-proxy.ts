import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the proxy does to the answer of one path. */
export type Mutation =
  | { readonly kind: 'edit'; readonly edit: (body: unknown) => unknown }
  | { readonly kind: 'html' }
  | { readonly kind: 'status'; readonly status: number }
  | { readonly kind: 'hang' };

/** A local HTTP proxy in front of a (mock) JobManager that breaks chosen answers. */
export interface MutatingProxy {
  readonly url: string;
  /** Every request it received: `METHOD /path`. */
  readonly log: readonly string[];
  close(): Promise<void>;
}

/**
 * Forwards every request to `target`, applying `mutations` by exact path (with `/v1`); a
 * `hang` answer is never sent, and `onHang` is called when such a request arrives.
 */
export async function startMutatingProxy(
  target: string,
  mutations: Readonly<Record<string, Mutation>>,
  onHang: () => void = () => {},
): Promise<MutatingProxy> {
  const log: string[] = [];
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    log.push(`${req.method} ${url.pathname}`);
    const mutation = mutations[url.pathname];
    if (mutation?.kind === 'hang') {
      onHang();
      return;
    }
    if (mutation?.kind === 'status') {
      res.writeHead(mutation.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: ['Internal server error.'] }));
      return;
    }
    if (mutation?.kind === 'html') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html><body><h1>Sign in</h1></body></html>');
      return;
    }
    const answer = await fetch(`${target}${url.pathname}${url.search}`, { method: req.method });
    let text = await answer.text();
    if (mutation?.kind === 'edit') text = JSON.stringify(mutation.edit(JSON.parse(text)));
    res.writeHead(answer.status, {
      'content-type': answer.headers.get('content-type') ?? 'application/json',
    });
    res.end(text);
  };
  const server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      res.writeHead(502);
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    log,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
