import { readFileSync } from 'node:fs';
import net from 'node:net';
import { LocalClusterError } from './errors.js';

/**
 * Lowest port of the OS's ephemeral range. Ports for the cluster are picked below it: a port
 * from the ephemeral range can be taken by any outgoing connection between our check and the
 * JVM's bind.
 */
function ephemeralStart(): number {
  try {
    const [low] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8')
      .trim()
      .split(/\s+/);
    const n = Number(low);
    return Number.isInteger(n) && n > 11_000 ? n : 32_768;
  } catch {
    return 32_768;
  }
}

function canBind(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** A port free on 127.0.0.1 right now, from 10000 up to the start of the ephemeral range. */
export async function findFreePort(random: () => number = Math.random): Promise<number> {
  const low = 10_000;
  const high = ephemeralStart() - 1;
  for (let attempt = 0; attempt < 100; attempt++) {
    const port = low + Math.floor(random() * (high - low + 1));
    if (await canBind(port)) return port;
  }
  throw new LocalClusterError(
    'PORT_IN_USE',
    `no free port found on 127.0.0.1 between ${low} and ${high}`,
  );
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
