import net from 'node:net';
import { LocalClusterError } from './errors.js';

/** A port the OS considers free on 127.0.0.1 right now. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('the OS did not report a port'));
      });
    });
  });
}

/** Fails fast, before any JVM starts, if a port the user asked for is taken. */
export function assertPortFree(port: number, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new LocalClusterError(
              'PORT_IN_USE',
              `port ${port} (${what}) on 127.0.0.1 is already in use`,
            )
          : new LocalClusterError(
              'INVALID_OPTION',
              `cannot use port ${port} (${what}): ${error.message}`,
            ),
      );
    });
    server.listen(port, '127.0.0.1', () => server.close(() => resolve()));
  });
}
