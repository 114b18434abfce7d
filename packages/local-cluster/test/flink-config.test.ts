import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type ConfigValue, clusterConfig, renderFlinkConfig } from '../src/flink-config.js';
import { resolveFlinkVersion } from '../src/versions.js';

const layout = (line: string) => ({
  version: resolveFlinkVersion(line),
  restPort: 18081,
  rpcPort: 16123,
  slotsPerTaskManager: 3,
  workDir: '/tmp/work dir',
});

describe('clusterConfig', () => {
  it.each([
    { line: '1.18', checkpoints: 'state.checkpoints.dir', savepoints: 'state.savepoints.dir' },
    { line: '1.19', checkpoints: 'state.checkpoints.dir', savepoints: 'state.savepoints.dir' },
    {
      line: '1.20',
      checkpoints: 'execution.checkpointing.dir',
      savepoints: 'execution.checkpointing.savepoint-dir',
    },
    {
      line: '2.3',
      checkpoints: 'execution.checkpointing.dir',
      savepoints: 'execution.checkpointing.savepoint-dir',
    },
  ])('Flink $line uses $savepoints', ({ line, checkpoints, savepoints }) => {
    const config = clusterConfig(layout(line));
    expect(config[checkpoints]).toBe('file:///tmp/work dir/checkpoints');
    expect(config[savepoints]).toBe('file:///tmp/work dir/savepoints');
    expect(config['rest.port']).toBe(18081);
    expect(config['jobmanager.rpc.port']).toBe(16123);
    expect(config['taskmanager.numberOfTaskSlots']).toBe(3);
  });

  it('binds everything to the loopback address', () => {
    const config = clusterConfig(layout('2.3'));
    for (const key of [
      'rest.bind-address',
      'jobmanager.bind-host',
      'taskmanager.bind-host',
      'taskmanager.host',
    ]) {
      expect(config[key]).toBe('127.0.0.1');
    }
  });

  it('lets overrides win', () => {
    expect(clusterConfig(layout('2.3'), { 'parallelism.default': 4 })['parallelism.default']).toBe(
      4,
    );
  });
});

describe('renderFlinkConfig', () => {
  it.each([
    { name: 'plain', given: { a: 'b' }, want: 'a: b' },
    { name: 'a number', given: { 'rest.port': 8081 }, want: 'rest.port: 8081' },
    { name: 'a boolean', given: { 'web.submit.enable': false }, want: 'web.submit.enable: false' },
    { name: 'a value YAML would misread', given: { k: 'a: #b' }, want: 'k: "a: #b"' },
    { name: 'a numeric-looking string', given: { k: '123' }, want: 'k: "123"' },
  ] as { name: string; given: Record<string, ConfigValue>; want: string }[])(
    '$name',
    ({ given, want }) => {
      expect(renderFlinkConfig(given)).toContain(`\n${want}\n`);
    },
  );

  it('sorts keys and round-trips through a YAML parser', () => {
    const entries = clusterConfig(layout('2.3'), { 'z.key': 'x: y', 'a.key': 'it\'s "quoted"' });
    const text = renderFlinkConfig(entries);
    const keys = text
      .split('\n')
      .filter((l) => l && !l.startsWith('#'))
      .map((l) => l.split(':')[0]);
    expect(keys).toEqual([...keys].sort());
    expect(parse(text)).toEqual(entries);
  });
});

describe('renderFlinkConfig, legacy flink-conf.yaml', () => {
  it('writes values raw, since 1.x does not unquote', () => {
    expect(renderFlinkConfig({ k: '123', p: 'file:///a b' }, 'legacy')).toContain(
      '\nk: 123\np: file:///a b\n',
    );
  });

  it.each([
    { name: 'a comment sign', given: { k: 'a#b' } },
    { name: 'a line break', given: { k: 'a\nb' } },
    { name: 'surrounding spaces', given: { k: ' a' } },
    { name: 'a colon in the key', given: { 'k:x': 'a' } },
  ] as { name: string; given: Record<string, ConfigValue> }[])(
    'refuses $name, naming the key',
    ({ given }) => {
      expect(() => renderFlinkConfig(given, 'legacy')).toThrow(/config\["k(:x)?"\]/);
    },
  );
});
