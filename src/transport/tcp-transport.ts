import { connect, type Socket } from 'node:net';
import type { TcpConnection } from '../config/schema.js';
import { ReconnectingTransport, type Link, type LinkHandlers } from './reconnecting-transport.js';
import type { ReconnectOptions } from './byte-transport.js';

export interface TcpOptions extends ReconnectOptions {
  connectTimeoutMs?: number;
}

export class TcpTransport extends ReconnectingTransport {
  private readonly connectTimeoutMs: number;

  constructor(
    private readonly settings: Omit<TcpConnection, 'type'>,
    opts: TcpOptions = {},
  ) {
    super(`${settings.host}:${settings.port}`, opts);
    this.connectTimeoutMs = opts.connectTimeoutMs ?? 5000;
  }

  protected connectOnce(handlers: LinkHandlers): Promise<Link> {
    return new Promise((resolve, reject) => {
      const socket: Socket = connect({ host: this.settings.host, port: this.settings.port });
      let connected = false;
      let lastError: Error | null = null;
      const timer = setTimeout(() => socket.destroy(new Error(`no answer within ${this.connectTimeoutMs} ms`)), this.connectTimeoutMs);
      socket.on('error', (err) => {
        lastError = err;
        if (!connected) {
          clearTimeout(timer);
          reject(err);
        }
      });
      socket.on('close', () => {
        clearTimeout(timer);
        if (connected) handlers.onLost(lastError);
      });
      socket.on('data', (b: Buffer) => handlers.onData(b));
      socket.once('connect', () => {
        clearTimeout(timer);
        // TCP "simultaneous open": connecting to a free local port can pick that very port as the source
        // and connect the socket to itself (everything written comes back). Nobody is listening there.
        if (socket.localPort === socket.remotePort && socket.localAddress === socket.remoteAddress) {
          socket.destroy();
          return reject(new Error(`connect ECONNREFUSED ${this.settings.host}:${this.settings.port} (nothing listening)`));
        }
        connected = true;
        socket.setNoDelay(true);
        socket.setKeepAlive(true, 5000);
        resolve({
          write: (chunk, done) => {
            socket.write(chunk, (err) => done(err ?? null));
          },
          close: () =>
            new Promise<void>((res) => {
              if (socket.destroyed) return res();
              socket.once('close', () => res());
              socket.destroy();
            }),
        });
      });
    });
  }
}
