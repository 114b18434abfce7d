import { describe, expect, it } from 'vitest';
import { parseResourceParams } from '../src/jvm-options.js';

describe('parseResourceParams', () => {
  it('splits the two marked lines and ignores log lines around them', () => {
    const output = [
      'INFO  [] - Loading configuration property: taskmanager.numberOfTaskSlots, 2',
      'BASH_JAVA_UTILS_EXEC_RESULT:-Xmx161061270 -Xms161061270 -XX:MaxDirectMemorySize=201326592',
      'BASH_JAVA_UTILS_EXEC_RESULT:-D taskmanager.cpu.cores=2.0 -D taskmanager.memory.network.min=67108864b',
      '',
    ].join('\n');
    expect(parseResourceParams(output)).toEqual({
      jvmArgs: ['-Xmx161061270', '-Xms161061270', '-XX:MaxDirectMemorySize=201326592'],
      dynamicArgs: [
        '-D',
        'taskmanager.cpu.cores=2.0',
        '-D',
        'taskmanager.memory.network.min=67108864b',
      ],
    });
  });

  it.each([
    { name: 'no marked line', given: 'Exception in thread "main"' },
    { name: 'one marked line', given: 'BASH_JAVA_UTILS_EXEC_RESULT:-Xmx1' },
  ])('fails on $name', ({ given }) => {
    expect(() => parseResourceParams(given)).toThrow(/BASH_JAVA_UTILS_EXEC_RESULT/);
  });
});
