import { readFile as fsReadFile } from 'node:fs/promises';
import type { Auth, TlsOptions } from '@flink-rest/client';
import { parseFlinkVersion, parseUrl } from './argument-parsers.js';
import { UsageError } from './errors.js';

/** The global options that say where Flink is and how to reach it, as commander parsed them. */
export interface ConnectionFlags {
  readonly url?: string;
  readonly flinkVersion?: string;
  readonly token?: string;
  readonly user?: string;
  readonly password?: string;
  readonly caFile?: string;
  readonly certFile?: string;
  readonly keyFile?: string;
  readonly keyPassphrase?: string;
}

/** Each flag's environment variable: the flag wins when both are given. */
export const ENV_OF: { readonly [K in keyof Required<ConnectionFlags>]: string } = {
  url: 'FLINK_REST_URL',
  flinkVersion: 'FLINK_REST_FLINK_VERSION',
  token: 'FLINK_REST_TOKEN',
  user: 'FLINK_REST_USER',
  password: 'FLINK_REST_PASSWORD',
  caFile: 'FLINK_REST_CA_FILE',
  certFile: 'FLINK_REST_CERT_FILE',
  keyFile: 'FLINK_REST_KEY_FILE',
  keyPassphrase: 'FLINK_REST_KEY_PASSPHRASE',
};

export const DEFAULT_URL = 'http://localhost:8081';

export interface ConnectionSettings {
  readonly baseUrl: string;
  /** `auto` (ask the cluster) or a line. */
  readonly flinkVersion: string;
  readonly auth?: Auth;
  /** PEM files to read for the client's TLS options; absent: the system's trust store. */
  readonly tlsFiles?: { readonly ca?: string; readonly cert?: string; readonly key?: string };
  readonly passphrase?: string;
  /** Every secret given, so that no output can carry one (`redactor`). */
  readonly secrets: readonly string[];
}

/**
 * Flags over `FLINK_REST_*` over defaults, checked before anything is sent. Messages name the
 * option, never a secret's value.
 */
export function resolveConnection(
  flags: ConnectionFlags,
  env: Readonly<Record<string, string | undefined>>,
): ConnectionSettings {
  const pick = (key: keyof ConnectionFlags): string | undefined => {
    const value = flags[key] ?? env[ENV_OF[key]];
    return value === '' ? undefined : value;
  };
  const baseUrl = parseUrl(pick('url') ?? DEFAULT_URL);
  const flinkVersion = parseFlinkVersion(pick('flinkVersion') ?? 'auto');
  const token = pick('token');
  const user = pick('user');
  const password = pick('password');
  if (token !== undefined && (user !== undefined || password !== undefined))
    throw new UsageError('give either a token (--token) or basic credentials (--user), not both');
  if ((user === undefined) !== (password === undefined))
    throw new UsageError(
      'basic auth needs both --user and --password (or FLINK_REST_USER/_PASSWORD)',
    );
  const auth: Auth | undefined =
    token !== undefined
      ? { type: 'bearer', token }
      : user !== undefined && password !== undefined
        ? { type: 'basic', username: user, password }
        : undefined;
  const ca = pick('caFile');
  const cert = pick('certFile');
  const key = pick('keyFile');
  const passphrase = pick('keyPassphrase');
  if ((cert === undefined) !== (key === undefined))
    throw new UsageError('a client certificate needs both --cert-file and --key-file');
  const tls = ca !== undefined || cert !== undefined;
  if (tls && !baseUrl.startsWith('https:'))
    throw new UsageError('--ca-file, --cert-file and --key-file need an https:// --url');
  // A basic password also travels as base64 of `user:password`: that form is a secret too.
  const basic = auth?.type === 'basic' ? basicCredentials(auth.username, auth.password) : undefined;
  const secrets = [token, password, basic, passphrase].filter((s): s is string => s !== undefined);
  return {
    baseUrl,
    flinkVersion,
    ...(auth ? { auth } : {}),
    ...(tls
      ? {
          tlsFiles: {
            ...(ca !== undefined ? { ca } : {}),
            ...(cert !== undefined ? { cert } : {}),
            ...(key !== undefined ? { key } : {}),
          },
        }
      : {}),
    ...(passphrase !== undefined ? { passphrase } : {}),
    secrets,
  };
}

async function readPem(
  option: string,
  file: string,
  readFile: (path: string) => Promise<Uint8Array>,
): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new UsageError(`${option} ${file}: cannot read it (${code})`);
  }
}

/**
 * The client's TLS options from the PEM files `settings` names (undefined: none given). A file
 * that cannot be read is a UsageError naming the option and the file, never its content.
 */
export async function readTlsFiles(
  settings: Pick<ConnectionSettings, 'tlsFiles' | 'passphrase'>,
  readFile: (path: string) => Promise<Uint8Array> = fsReadFile,
): Promise<TlsOptions | undefined> {
  const files = settings.tlsFiles;
  if (files === undefined) return undefined;
  return {
    ...(files.ca !== undefined ? { ca: await readPem('--ca-file', files.ca, readFile) } : {}),
    ...(files.cert !== undefined
      ? { cert: await readPem('--cert-file', files.cert, readFile) }
      : {}),
    ...(files.key !== undefined ? { key: await readPem('--key-file', files.key, readFile) } : {}),
    ...(settings.passphrase !== undefined ? { passphrase: settings.passphrase } : {}),
  };
}

/** The `Authorization: Basic` credentials: base64 of UTF-8 `user:password` (RFC 7617). */
export function basicCredentials(username: string, password: string): string {
  return Buffer.from(`${username}:${password}`, 'utf8').toString('base64');
}

/** Replaces every secret (and a basic password's base64 header form) in `text`. */
export function redactor(secrets: readonly string[]): (text: string) => string {
  const needles = secrets.filter((s) => s.length > 0);
  if (needles.length === 0) return (text) => text;
  return (text) => needles.reduce((t, s) => t.split(s).join('[REDACTED]'), text);
}

const SECRET_FLAGS = ['--token', '--password', '--key-passphrase'];
const SECRET_ENV = ['FLINK_REST_TOKEN', 'FLINK_REST_PASSWORD', 'FLINK_REST_KEY_PASSPHRASE'];

/**
 * The secrets in a raw command line and environment, before any parsing: so that a usage error
 * that quotes an argument cannot print one.
 */
export function secretsIn(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): string[] {
  const found: string[] = [];
  argv.forEach((arg, i) => {
    for (const flag of SECRET_FLAGS) {
      if (arg === flag && argv[i + 1] !== undefined) found.push(argv[i + 1] as string);
      else if (arg.startsWith(`${flag}=`)) found.push(arg.slice(flag.length + 1));
    }
  });
  for (const name of SECRET_ENV) {
    const value = env[name];
    if (value) found.push(value);
  }
  return found.filter((s) => s.length > 0);
}
