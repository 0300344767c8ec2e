import net from 'node:net';
import { socketStream, type LockStream } from './lock-stream.js';

export interface TcpListener {
  readonly host: string;
  readonly port: number;
  /** Stops listening and drops every open connection. */
  close(): Promise<void>;
}

export interface ListenOptions {
  /** Peers (IP addresses) that may connect; empty or absent = any. Others are dropped at once. */
  allowedPeers?: readonly string[];
  onRefused?: (peer: string) => void;
}

/** `::ffff:192.168.1.20` and `192.168.1.20` are the same IPv4 peer. */
const plainAddress = (a: string) => a.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');

/** Listens on host:port and hands each accepted connection over as a LockStream. */
export function listenTcp(
  host: string,
  port: number,
  onConnection: (stream: LockStream) => void,
  opts: ListenOptions = {},
): Promise<TcpListener> {
  const sockets = new Set<net.Socket>();
  const allowed = new Set((opts.allowedPeers ?? []).map(plainAddress));
  const server = net.createServer((socket) => {
    const peer = plainAddress(socket.remoteAddress ?? '');
    if (allowed.size > 0 && !allowed.has(peer)) {
      socket.on('error', () => {});
      socket.destroy();
      opts.onRefused?.(peer || '?');
      return;
    }
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    onConnection(socketStream(socket, `${socket.remoteAddress ?? '?'}:${socket.remotePort ?? '?'}`));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      server.on('error', () => {});
      const addr = server.address() as net.AddressInfo;
      resolve({
        host,
        port: addr.port,
        close: () =>
          new Promise<void>((done) => {
            for (const s of sockets) s.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}
