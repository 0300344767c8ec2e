import net from 'node:net';
import { msg, type Message } from '../../i18n/note.js';
import { renderMessage } from '../../i18n/render-note.js';

/** A bidirectional byte stream to a lock server (TCP socket or serial port). */
export interface LockStream {
  readonly label: string;
  readonly closed: boolean;
  write(data: Uint8Array): Promise<void>;
  onData(listener: (chunk: Buffer) => void): () => void;
  onClose(listener: (error?: Error) => void): () => void;
  close(): Promise<void>;
}

/**
 * The link to the lock server closed. `reason` says how, for a note ("the connection was lost"), a message of the
 * catalogs that may carry the OS's own words as its detail; `message` is the same in English, for logs.
 */
export class LinkClosedError extends Error {
  constructor(readonly reason: Message = msg('lock.linkClosed')) {
    super(renderMessage('en', reason));
    this.name = 'LinkClosedError';
  }
}

/** `lock.linkClosed`, with the OS's or library's words about it when there are any. */
export function closedBy(err: Error | undefined): LinkClosedError {
  return new LinkClosedError(err ? msg('lock.linkClosedWith', { detail: err.message }) : msg('lock.linkClosed'));
}

/** Shared listener bookkeeping for LockStream implementations. */
export class StreamEvents {
  private readonly dataListeners = new Set<(chunk: Buffer) => void>();
  private readonly closeListeners = new Set<(error?: Error) => void>();
  closed = false;

  onData(listener: (chunk: Buffer) => void): () => void {
    this.dataListeners.add(listener);
    return () => this.dataListeners.delete(listener);
  }

  onClose(listener: (error?: Error) => void): () => void {
    if (this.closed) {
      queueMicrotask(() => listener());
      return () => {};
    }
    this.closeListeners.add(listener);
    return () => this.closeListeners.delete(listener);
  }

  emitData(chunk: Buffer): void {
    for (const l of [...this.dataListeners]) l(chunk);
  }

  emitClose(error?: Error): void {
    if (this.closed) return;
    this.closed = true;
    for (const l of [...this.closeListeners]) l(error);
    this.closeListeners.clear();
    this.dataListeners.clear();
  }
}

export function socketStream(socket: net.Socket, label: string): LockStream {
  const events = new StreamEvents();
  socket.setNoDelay(true);
  socket.setKeepAlive(true, 5000);
  socket.on('data', (b: Buffer) => events.emitData(b));
  socket.on('error', (e) => events.emitClose(e));
  socket.on('close', () => events.emitClose());
  return {
    label,
    get closed() {
      return events.closed;
    },
    write(data) {
      return new Promise((resolve, reject) => {
        if (events.closed || socket.destroyed) return reject(new LinkClosedError());
        socket.write(data, (err) => (err ? reject(closedBy(err)) : resolve()));
      });
    },
    onData: (l) => events.onData(l),
    onClose: (l) => events.onClose(l),
    close() {
      return new Promise((resolve) => {
        if (socket.destroyed) return resolve();
        socket.once('close', () => resolve());
        socket.end();
        setTimeout(() => socket.destroy(), 500).unref();
      });
    },
  };
}

export function connectTcp(host: string, port: number, timeoutMs: number, signal?: AbortSignal): Promise<LockStream> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host, port });
    const done = (err?: Error) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      socket.off('error', onError);
      if (err) {
        socket.destroy();
        reject(err);
      } else resolve(socketStream(socket, `${host}:${port}`));
    };
    const onError = (e: Error) => done(e);
    const onAbort = () => done(new Error('aborted'));
    const timer = setTimeout(() => done(new Error(`no answer from ${host}:${port} within ${timeoutMs / 1000} s`)), timeoutMs);
    socket.once('error', onError);
    socket.once('connect', () => done());
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
