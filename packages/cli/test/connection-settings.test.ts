import { describe, expect, it } from 'vitest';
import { DEFAULT_URL, redactor, resolveConnection, secretsIn } from '../src/connection-settings.js';
import { UsageError } from '../src/errors.js';

describe('resolveConnection', () => {
  it.each([
    {
      name: 'defaults',
      flags: {},
      env: {},
      want: { baseUrl: DEFAULT_URL, flinkVersion: 'auto', secrets: [] },
    },
    {
      name: 'env URL and version',
      flags: {},
      env: { FLINK_REST_URL: 'http://jm:8081', FLINK_REST_FLINK_VERSION: '1.18' },
      want: { baseUrl: 'http://jm:8081', flinkVersion: '1.18', secrets: [] },
    },
    {
      name: 'a flag wins over the environment',
      flags: { url: 'http://flag:1' },
      env: { FLINK_REST_URL: 'http://env:2' },
      want: { baseUrl: 'http://flag:1', flinkVersion: 'auto', secrets: [] },
    },
    {
      name: 'bearer token from env',
      flags: {},
      env: { FLINK_REST_TOKEN: 'tok' },
      want: {
        baseUrl: DEFAULT_URL,
        flinkVersion: 'auto',
        auth: { type: 'bearer', token: 'tok' },
        secrets: ['tok'],
      },
    },
    {
      name: 'basic: the password and its header form are secrets',
      flags: { user: 'u' },
      env: { FLINK_REST_PASSWORD: 'pw' },
      want: {
        baseUrl: DEFAULT_URL,
        flinkVersion: 'auto',
        auth: { type: 'basic', username: 'u', password: 'pw' },
        secrets: ['pw', btoa('u:pw')],
      },
    },
    {
      name: 'basic with a non-Latin-1 password: its header form is base64 of UTF-8',
      flags: { user: 'ü', password: 'пароль€' },
      env: {},
      want: {
        baseUrl: DEFAULT_URL,
        flinkVersion: 'auto',
        auth: { type: 'basic', username: 'ü', password: 'пароль€' },
        secrets: ['пароль€', Buffer.from('ü:пароль€', 'utf8').toString('base64')],
      },
    },
    {
      name: 'mutual TLS files and passphrase',
      flags: { url: 'https://jm', caFile: 'ca.pem', certFile: 'c.pem', keyFile: 'k.pem' },
      env: { FLINK_REST_KEY_PASSPHRASE: 'pp' },
      want: {
        baseUrl: 'https://jm',
        flinkVersion: 'auto',
        tlsFiles: { ca: 'ca.pem', cert: 'c.pem', key: 'k.pem' },
        passphrase: 'pp',
        secrets: ['pp'],
      },
    },
  ])('$name', ({ flags, env, want }) => {
    expect(resolveConnection(flags, env)).toEqual(want);
  });

  it.each([
    {
      name: 'token and basic',
      flags: { token: 't', user: 'u', password: 'p' },
      message: 'not both',
    },
    {
      name: 'user without password',
      flags: { user: 'u' },
      message: 'needs both --user and --password',
    },
    {
      name: 'cert without key',
      flags: { url: 'https://jm', certFile: 'c.pem' },
      message: '--cert-file and --key-file',
    },
    { name: 'TLS files on http', flags: { caFile: 'ca.pem' }, message: 'need an https:// --url' },
    { name: 'bad version', flags: { flinkVersion: 'x' }, message: '--flink-version' },
  ])('refuses $name', ({ flags, message }) => {
    expect(() => resolveConnection(flags, {})).toThrow(UsageError);
    expect(() => resolveConnection(flags, {})).toThrow(message);
  });
});

describe('secrets', () => {
  it('secretsIn finds flag values in both forms and the secret env vars, nothing else', () => {
    expect(
      secretsIn(['--token', 't1', '--password=p1', '--url', 'http://x', '--key-passphrase', 'k1'], {
        FLINK_REST_PASSWORD: 'p2',
        FLINK_REST_URL: 'http://y',
      }),
    ).toEqual(['t1', 'p1', 'k1', 'p2']);
  });

  it('redactor replaces every occurrence of every secret', () => {
    expect(redactor(['s3', 'pw'])('a s3 b pw c s3')).toBe('a [REDACTED] b [REDACTED] c [REDACTED]');
    expect(redactor([])('unchanged')).toBe('unchanged');
  });
});
