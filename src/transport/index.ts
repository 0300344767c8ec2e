import type { SerialConnection, TcpConnection } from '../config/schema.js';
import { SerialTransport } from './serial-transport.js';
import { TcpTransport, type TcpOptions } from './tcp-transport.js';
import type { ByteTransport } from './byte-transport.js';

export type { ByteTransport, TransportState, ReconnectOptions } from './byte-transport.js';
export { TransportError } from './byte-transport.js';
export { SerialTransport } from './serial-transport.js';
export { TcpTransport } from './tcp-transport.js';
export { listSerialPorts, type ListedPorts, type ListedPort } from './list-serial-ports.js';
export type { TcpOptions } from './tcp-transport.js';

export type TransportConnection = SerialConnection | TcpConnection;

/** Builds the transport for a connection config without opening it. */
export function createTransport(conn: TransportConnection, opts: TcpOptions = {}): ByteTransport {
  switch (conn.type) {
    case 'serial':
      return new SerialTransport(conn, opts);
    case 'tcp':
      return new TcpTransport(conn, opts);
  }
}

/**
 * Builds and opens a transport. Resolves after the first connection attempt even when the device is
 * absent (check `connected` / `onState`); it keeps reconnecting until `close()`.
 */
export async function openTransport(conn: TransportConnection, opts: TcpOptions = {}): Promise<ByteTransport> {
  const t = createTransport(conn, opts);
  await t.open();
  return t;
}
