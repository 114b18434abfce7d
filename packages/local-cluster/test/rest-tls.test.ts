import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalClusterError } from '../src/errors.js';
import { startFlinkCluster } from '../src/start-cluster.js';
import { probeOverview } from '../src/wait-ready.js';

/** A CA, a server certificate for 127.0.0.1 and a client certificate, made with openssl. */
function makePki(dir: string) {
  const run = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  const file = (name: string) => readFileSync(path.join(dir, name), 'utf8');
  for (const ca of ['ca', 'other-ca']) {
    run(
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      `${ca}.key`,
      '-out',
      `${ca}.pem`,
      '-subj',
      `/CN=test-${ca}`,
      '-days',
      '2',
    );
  }
  writeFileSync(path.join(dir, 'san.ext'), 'subjectAltName=IP:127.0.0.1\n');
  for (const [name, ext] of [
    ['server', ['-extfile', 'san.ext']],
    ['client', []],
  ] as const) {
    run(
      'req',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      `${name}.key`,
      '-out',
      `${name}.csr`,
      '-subj',
      `/CN=${name}`,
    );
    run(
      'x509',
      '-req',
      '-in',
      `${name}.csr`,
      '-CA',
      'ca.pem',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-days',
      '2',
      '-out',
      `${name}.pem`,
      ...ext,
    );
  }
  return {
    ca: file('ca.pem'),
    otherCa: file('other-ca.pem'),
    server: { cert: file('server.pem'), key: file('server.key') },
    client: { cert: file('client.pem'), key: file('client.key') },
  };
}

describe('the readiness probe over HTTPS (REST SSL with mutual authentication)', () => {
  let dir: string;
  let server: Server;
  let url: string;
  let pki: ReturnType<typeof makePki>;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'local-cluster-tls-'));
    pki = makePki(dir);
    server = createServer(
      { ...pki.server, ca: pki.ca, requestCert: true, rejectUnauthorized: true },
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ taskmanagers: 1, 'flink-version': '2.3.0' }));
      },
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }, 60_000);
  afterAll(async () => {
    await new Promise<void>((resolve) => server?.close(() => resolve()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('sees the overview with the CA and a client certificate', async () => {
    expect(await probeOverview(url, 2_000, { ca: pki.ca, ...pki.client })).toEqual({
      taskmanagers: 1,
      'flink-version': '2.3.0',
    });
  });

  it.each([
    { name: 'plain http', probe: () => probeOverview(url.replace('https', 'http'), 2_000) },
    { name: 'no client certificate', probe: () => probeOverview(url, 2_000, { ca: pki.ca }) },
    {
      name: 'another CA',
      probe: () => probeOverview(url, 2_000, { ca: pki.otherCa, ...pki.client }),
    },
  ])('counts $name as not ready', async ({ probe }) => {
    expect(await probe()).toBeUndefined();
  });
});

describe('REST SSL options are checked before anything starts', () => {
  it.each([
    {
      name: 'SSL on without restTls',
      options: { flinkVersion: '2.3', config: { 'security.ssl.rest.enabled': true } },
      want: /pass restTls/,
    },
    {
      name: 'restTls without SSL on',
      options: { flinkVersion: '2.3', restTls: { ca: 'x' } },
      want: /restTls is set but/,
    },
  ])('$name', async ({ options, want }) => {
    const error = await startFlinkCluster(options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LocalClusterError);
    expect((error as LocalClusterError).code).toBe('INVALID_OPTION');
    expect((error as Error).message).toMatch(want);
  });
});
