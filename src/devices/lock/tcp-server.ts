import net from 'node:net';
import { socketStream, type LockStream } from './stream.js';

export interface TcpListener {
  readonly host: string;
  readonly port: number;
  /** Stops listening and drops every open connection. */
  close(): Promise<void>;
}

/** Listens on host:port and hands each accepted connection over as a LockStream. */
export function listenTcp(host: string, port: number, onConnection: (stream: LockStream) => void): Promise<TcpListener> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
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
