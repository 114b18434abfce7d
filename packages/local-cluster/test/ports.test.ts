import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { assertPortFree, findFreePort } from '../src/ports.js';

describe('ports', () => {
  it('finds a port that can then be bound', async () => {
    const port = await findFreePort();
    await expect(assertPortFree(port, 'rest.port')).resolves.toBeUndefined();
  });

  it('names a port that is taken', async () => {
    const server = net.createServer();
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as net.AddressInfo).port;
    try {
      await expect(assertPortFree(port, 'rest.port')).rejects.toMatchObject({
        code: 'PORT_IN_USE',
        message: `port ${port} (rest.port) on 127.0.0.1 is already in use`,
      });
    } finally {
      server.close();
    }
  });
});
