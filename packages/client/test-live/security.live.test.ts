import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inspect } from 'node:util';
import {
  buildSampleJob,
  type FlinkCluster,
  resolveFlinkVersion,
  startFlinkCluster,
} from '@flink-rest/local-cluster';
import { newestVersion } from '@flink-rest/versions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createFlinkClient,
  FlinkApiError,
  type FlinkClientOptions,
  FlinkConnectionError,
} from '../src/index.js';
import { startProxy } from './faults-proxy.js';

// The client's TLS and auth handling is the same for every line: the newest one is the oracle
// (FLINK_SECURITY_LINE=1.18 picks another one for a local run).
const { line } = resolveFlinkVersion(process.env.FLINK_SECURITY_LINE ?? newestVersion.line);
const STORE_PASS = 'store-S3CRET-pass';
const PASSPHRASE = 'key-S3CRET-passphrase';
const TOKEN = 'tok-S3CRET-proxy-bearer';
const PASSWORD = 'pw-S3CRET-proxy-basic';
const SECRETS = [STORE_PASS, PASSPHRASE, TOKEN, PASSWORD];

function keytool(dir: string, ...args: string[]) {
  execFileSync('keytool', args, { cwd: dir, stdio: 'pipe' });
}

/**
 * A CA, a server key pair for 127.0.0.1 and a client key pair signed by it, made with the JDK's
 * keytool as an operator would; a second, unrelated CA; the PEM files the client needs (the
 * client key encrypted with PASSPHRASE, through openssl pkcs12).
 */
function makePki(dir: string) {
  const store = (file: string) => [
    '-keystore',
    file,
    '-storetype',
    'PKCS12',
    '-storepass',
    STORE_PASS,
  ];
  const genkey = (alias: string, file: string, ...ext: string[]) =>
    keytool(
      dir,
      '-genkeypair',
      '-alias',
      alias,
      '-dname',
      `CN=${alias}`,
      '-keyalg',
      'RSA',
      '-keysize',
      '2048',
      '-validity',
      '2',
      ...ext,
      ...store(file),
    );
  for (const ca of ['ca', 'other-ca']) {
    genkey(ca, `${ca}.p12`, '-ext', 'bc:c');
    keytool(dir, '-exportcert', '-rfc', '-alias', ca, '-file', `${ca}.pem`, ...store(`${ca}.p12`));
  }
  for (const [alias, san] of [
    ['server', ['-ext', 'SAN=ip:127.0.0.1']],
    ['client', []],
  ] as const) {
    genkey(alias, `${alias}.p12`);
    keytool(dir, '-certreq', '-alias', alias, '-file', `${alias}.csr`, ...store(`${alias}.p12`));
    keytool(
      dir,
      '-gencert',
      '-rfc',
      '-alias',
      'ca',
      '-infile',
      `${alias}.csr`,
      '-outfile',
      `${alias}.pem`,
      '-validity',
      '2',
      '-ext',
      'EKU=serverAuth,clientAuth',
      ...san,
      ...store('ca.p12'),
    );
    keytool(
      dir,
      '-importcert',
      '-noprompt',
      '-alias',
      'ca',
      '-file',
      'ca.pem',
      ...store(`${alias}.p12`),
    );
    keytool(dir, '-importcert', '-alias', alias, '-file', `${alias}.pem`, ...store(`${alias}.p12`));
  }
  keytool(
    dir,
    '-importcert',
    '-noprompt',
    '-alias',
    'ca',
    '-file',
    'ca.pem',
    ...store('trust.p12'),
  );
  // The client's key as PEM, encrypted with its own passphrase.
  execFileSync(
    'openssl',
    [
      'pkcs12',
      '-in',
      'client.p12',
      '-nocerts',
      '-passin',
      `pass:${STORE_PASS}`,
      '-passout',
      `pass:${PASSPHRASE}`,
      '-out',
      'client.key',
    ],
    { cwd: dir, stdio: 'pipe' },
  );
  const read = (f: string) => readFileSync(path.join(dir, f), 'utf8');
  return {
    ca: read('ca.pem'),
    otherCa: read('other-ca.pem'),
    cert: read('client.pem'),
    key: read('client.key'),
    keystore: path.join(dir, 'server.p12'),
    truststore: path.join(dir, 'trust.p12'),
  };
}

function expectNoSecret(error: unknown) {
  const texts: string[] = [];
  for (let e = error, depth = 0; e !== undefined && depth < 10; depth++) {
    const err = e as Error;
    let json = '';
    try {
      json = JSON.stringify(err) ?? '';
    } catch {}
    texts.push(String(err), err.stack ?? '', json, inspect(err, { depth: 10 }));
    e = err.cause;
  }
  for (const text of texts) for (const secret of SECRETS) expect(text).not.toContain(secret);
}

describe(`Flink ${line} with REST SSL and mutual authentication`, () => {
  let dir: string;
  let pki: ReturnType<typeof makePki>;
  let cluster: FlinkCluster;
  let jar: string;
  const client = (extra: Partial<FlinkClientOptions>) =>
    createFlinkClient({
      baseUrl: cluster.url,
      flinkVersion: line as '2.3',
      retry: { retries: 0 },
      requestTimeoutMs: 10_000,
      ...extra,
    });
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'flink-rest-tls-'));
    pki = makePki(dir);
    jar = await buildSampleJob();
    cluster = await startFlinkCluster({
      flinkVersion: line,
      config: {
        'security.ssl.rest.enabled': true,
        'security.ssl.rest.authentication-enabled': true,
        'security.ssl.rest.keystore': pki.keystore,
        'security.ssl.rest.keystore-password': STORE_PASS,
        'security.ssl.rest.key-password': STORE_PASS,
        'security.ssl.rest.truststore': pki.truststore,
        'security.ssl.rest.truststore-password': STORE_PASS,
      },
      restTls: { ca: pki.ca, cert: pki.cert, key: pki.key, passphrase: PASSPHRASE },
    });
  });
  afterAll(async () => {
    await cluster?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('connects with the CA and a client certificate, and runs a savepoint over TLS', async () => {
    expect(cluster.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const flink = client({
      tls: { ca: pki.ca, cert: pki.cert, key: pki.key, passphrase: PASSPHRASE },
    });
    expect(await flink.connect()).toMatchObject({ line, matches: true });
    const { id } = await flink.jars.upload(jar);
    const { jobid } = await flink.jars.run(id, { parallelism: 1 });
    await flink.jobs.waitForStatus(jobid, ['RUNNING'], {
      timeoutMs: 120_000,
      allTasksRunning: true,
    });
    const sp = await flink.savepoints.trigger(jobid);
    expect((await sp.wait({ timeoutMs: 120_000 })).location).toContain(cluster.savepointDir);
    await flink.jobs.cancel(jobid);
  });

  it.each([
    { name: 'without a client certificate', tls: () => ({ ca: pki.ca }) },
    {
      name: 'with a CA that did not sign the server certificate',
      tls: () => ({ ca: pki.otherCa, cert: pki.cert, key: pki.key, passphrase: PASSPHRASE }),
    },
    { name: 'with the system CAs only', tls: () => undefined },
    {
      name: 'with a wrong key passphrase',
      tls: () => ({ ca: pki.ca, cert: pki.cert, key: pki.key, passphrase: `${PASSPHRASE}-wrong` }),
    },
  ])('is refused $name: FlinkConnectionError, no secret in it', async ({ tls }) => {
    const options = tls();
    const flink = client(options ? { tls: options } : {});
    const error = await flink.connect().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FlinkConnectionError);
    expect((error as Error).message).toMatch(/^GET \/config got no answer: /);
    expect((error as Error).message).not.toContain('\n');
    console.log(`refused: ${(error as Error).message}`);
    expectNoSecret(error);
  });

  it.each([
    {
      name: 'bearer',
      right: { type: 'bearer', token: TOKEN } as const,
    },
    {
      name: 'basic',
      right: { type: 'basic', username: 'ops', password: PASSWORD } as const,
    },
  ])(
    '$name auth through a reverse proxy: right credentials pass, wrong ones get FlinkApiError 401',
    async ({ right }) => {
      const expected =
        right.type === 'bearer'
          ? `Bearer ${TOKEN}`
          : `Basic ${Buffer.from(`ops:${PASSWORD}`).toString('base64')}`;
      const proxy = await startProxy({
        upstream: cluster.url,
        upstreamTls: { ca: pki.ca, cert: pki.cert, key: pki.key, passphrase: PASSPHRASE },
        authorize: (header) => header === expected,
      });
      try {
        const via = (auth?: FlinkClientOptions['auth']) =>
          createFlinkClient({
            baseUrl: proxy.url,
            flinkVersion: line as '2.3',
            retry: { retries: 0 },
            ...(auth ? { auth } : {}),
          });
        expect(await via(right).connect()).toMatchObject({ line, matches: true });
        for (const auth of [
          undefined,
          { type: 'bearer', token: `${TOKEN}-wrong` } as const,
          {
            type: 'basic',
            username: 'ops',
            password: `${PASSWORD}-wrong`,
          } as const,
        ]) {
          const flink = via(auth);
          const raw = await flink.GET('/overview');
          expect(raw.response.status).toBe(401);
          const error = await flink.connect().catch((e: unknown) => e);
          expect(error).toBeInstanceOf(FlinkApiError);
          expect((error as FlinkApiError).status).toBe(401);
          expect((error as Error).message).toBe('GET /config failed with HTTP 401: Unauthorized');
          expectNoSecret(error);
        }
      } finally {
        await proxy.close();
      }
    },
  );
});
