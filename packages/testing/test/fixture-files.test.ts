import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { supportedLines } from '@flink-rest/versions';
import { describe, expect, it } from 'vitest';
import { TestingError } from '../src/errors.js';
import { loadFixtures } from '../src/fixture-files.js';
import { parseFixture, renderFixture } from '../src/fixture-format.js';
import { handlersFor } from '../src/replay-handlers.js';

const FILE = 'fixtures/2.3/lifecycle.json';
const exchange = {
  step: 'cluster: config',
  request: { method: 'GET', path: '/config', query: {}, headers: {}, body: null },
  response: { status: 200, headers: { 'content-type': 'application/json' }, body: {} },
};
const good = {
  flinkVersion: '2.3',
  flinkRelease: '2.3.0',
  scenario: 'lifecycle',
  summary: {},
  exchanges: [exchange],
};
const without = (o: Record<string, unknown>, key: string) => {
  const { [key]: _, ...rest } = o;
  return rest;
};
const withExchange = (patch: Record<string, unknown>) => ({
  ...good,
  exchanges: [{ ...exchange, ...patch }],
});

describe('parseFixture', () => {
  it('reads a fixture it rendered', () => {
    expect(parseFixture(renderFixture(good), FILE)).toEqual(good);
  });

  it.each([
    {
      name: 'bad JSON',
      text: '{"flinkVersion": ',
      error: /^fixtures\/2\.3\/lifecycle\.json: not valid JSON \(/,
    },
    { name: 'not an object', text: '[]', error: /: must hold a JSON object$/ },
    {
      name: 'no flinkVersion',
      text: JSON.stringify(without(good, 'flinkVersion')),
      error: /: flinkVersion must be a non-empty string$/,
    },
    {
      name: 'no summary',
      text: JSON.stringify(without(good, 'summary')),
      error: /: summary is missing$/,
    },
    {
      name: 'no exchanges',
      text: JSON.stringify(without(good, 'exchanges')),
      error: /: exchanges must be an array$/,
    },
    {
      name: 'exchange without response',
      text: JSON.stringify({ ...good, exchanges: [without(exchange, 'response')] }),
      error: /: exchanges\[0\]\.response is missing$/,
    },
    {
      name: 'lower-case method',
      text: JSON.stringify(withExchange({ request: { ...exchange.request, method: 'get' } })),
      error: /: exchanges\[0\]\.request\.method must be an upper-case HTTP method$/,
    },
    {
      name: 'relative path',
      text: JSON.stringify(withExchange({ request: { ...exchange.request, path: 'config' } })),
      error: /: exchanges\[0\]\.request\.path must be a string starting with \/$/,
    },
    {
      name: 'query of numbers',
      text: JSON.stringify(withExchange({ request: { ...exchange.request, query: { a: 1 } } })),
      error: /: exchanges\[0\]\.request\.query must be an object of strings$/,
    },
    {
      name: 'status out of range',
      text: JSON.stringify(withExchange({ response: { ...exchange.response, status: 99 } })),
      error: /: exchanges\[0\]\.response\.status must be an HTTP status code$/,
    },
    {
      name: 'response without body',
      text: JSON.stringify(withExchange({ response: without(exchange.response, 'body') })),
      error: /: exchanges\[0\]\.response\.body is missing$/,
    },
  ])('$name', ({ text, error }) => {
    const run = () => parseFixture(text, FILE);
    expect(run).toThrow(TestingError);
    expect(run).toThrow(error);
    try {
      run();
    } catch (e) {
      expect((e as Error).message).not.toContain('\n');
    }
  });
});

describe('fixture files', () => {
  it.each([
    {
      name: 'unknown version',
      line: '1.17',
      error: `flinkVersion "1.17" is not a supported Flink line; supported: ${supportedLines.join(', ')}`,
    },
  ])('$name', async ({ line, error }) => {
    await expect(loadFixtures(line)).rejects.toThrow(error);
    expect(() => handlersFor(line)).toThrow(error);
  });

  it('a missing fixture names the file', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ct-'));
    await expect(loadFixtures('2.3', { dir, scenario: 'nope' })).rejects.toThrow(
      `${path.join(dir, '2.3', 'nope.json')}: cannot read (ENOENT)`,
    );
    await expect(loadFixtures('2.3', { dir })).rejects.toThrow(
      `${path.join(dir, '2.3')}: no fixtures for Flink 2.3`,
    );
  });

  it('a corrupt fixture on disk names the file, for the loader and for the msw handlers', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ct-'));
    await mkdir(path.join(dir, '2.3'));
    const file = path.join(dir, '2.3', 'lifecycle.json');
    await writeFile(file, '{"flinkVersion": "2.3"');
    await expect(loadFixtures('2.3', { dir })).rejects.toThrow(`${file}: not valid JSON`);
    expect(() => handlersFor('2.3', 'lifecycle', { dir })).toThrow(`${file}: not valid JSON`);
  });
});
