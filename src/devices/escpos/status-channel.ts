import type { ByteTransport } from '../../transport/index.js';
import { TransportError } from '../../transport/index.js';
import { AbortedError } from '../../util/abort.js';
import { XOFF, XON, countDleEot, dleEot, isAsbHeader, isStatusReply } from './protocol.js';

/**
 * Real-time status over the printer's byte stream. Replies are one byte each, in query order;
 * XON/XOFF and Automatic Status Back frames are skipped, and replies the printer gives to
 * DLE EOT byte patterns that happen to occur inside raster data are discarded.
 */
export class StatusChannel {
  private readonly waiters: { reply: (b: number) => void; fail: (err: Error) => void }[] = [];
  private asbBytesLeft = 0;
  private strayReplies = 0;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly unsubscribe: () => void;

  constructor(private readonly transport: ByteTransport) {
    this.unsubscribe = transport.onData((b) => this.receive(b));
    transport.onState((s) => {
      if (!s.connected) this.reset(s.reason);
    });
  }

  /** Sends `bytes` as print data, remembering the status replies they will provoke. */
  async writeData(bytes: Uint8Array, signal?: AbortSignal): Promise<void> {
    this.strayReplies += countDleEot(bytes);
    await this.transport.write(bytes, signal);
  }

  /** DLE EOT n; resolves with the reply byte, or null if none arrives within `timeoutMs`. */
  query(n: 1 | 2 | 3 | 4, timeoutMs: number, signal?: AbortSignal): Promise<number | null> {
    const run = this.queue.then(() => this.queryNow(n, timeoutMs, signal));
    this.queue = run.catch(() => {});
    return run;
  }

  dispose(): void {
    this.unsubscribe();
  }

  private queryNow(n: 1 | 2 | 3 | 4, timeoutMs: number, signal?: AbortSignal): Promise<number | null> {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(new AbortedError(signal.reason));
      const done = (v: number | null, err?: Error) => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        const i = this.waiters.indexOf(waiter);
        if (i >= 0) this.waiters.splice(i, 1);
        if (err) reject(err);
        else resolve(v);
      };
      const waiter = { reply: (b: number) => done(b), fail: (err: Error) => done(null, err) };
      const onAbort = () => done(null, new AbortedError(signal?.reason));
      const timer = setTimeout(() => done(null), timeoutMs);
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiters.push(waiter);
      this.transport.write(dleEot(n), signal).catch((err: Error) => done(null, err));
    });
  }

  private receive(bytes: Buffer): void {
    for (const b of bytes) {
      if (this.asbBytesLeft > 0) {
        this.asbBytesLeft--;
      } else if (b === XON || b === XOFF) {
        continue;
      } else if (isStatusReply(b)) {
        if (this.strayReplies > 0) this.strayReplies--;
        else this.waiters.shift()?.reply(b);
      } else if (isAsbHeader(b)) {
        this.asbBytesLeft = 3;
      }
    }
  }

  private reset(reason: string | null): void {
    this.asbBytesLeft = 0;
    this.strayReplies = 0;
    const err = new TransportError(`${this.transport.label} disconnected: ${reason ?? 'unknown'}`);
    for (const w of [...this.waiters]) w.fail(err);
  }
}
