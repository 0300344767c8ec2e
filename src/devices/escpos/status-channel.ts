import type { ByteTransport } from '../../transport/index.js';
import { TransportError } from '../../transport/index.js';
import { AbortedError } from '../../util/abort.js';
import { XOFF, XON, dleEot, isAsbHeader, isStatusReply } from './protocol.js';

export interface StatusChannelOptions {
  /**
   * Lines where nothing can hold a request back for long (serial): after this many ms with no request
   * sent and no byte received, a request that was never answered is taken as lost for good. null (TCP):
   * never; only a new connection proves that no late reply is still on its way.
   */
  quietResyncMs: number | null;
  /** Replaces the connection by a new one (TCP); replies owed on the old one can never arrive on it. */
  freshConnection?: () => Promise<void>;
}

export interface QueryOptions {
  signal?: AbortSignal;
  /**
   * Asked right before the channel would open a new connection to get back in step (TCP): true only
   * while nothing is being printed (a new connection mid-job would cut the print data).
   */
  mayReconnect?: () => boolean;
}

interface Waiter {
  reply(b: number): void;
  fail(err: Error): void;
}

/**
 * Real-time status (DLE EOT n) over the printer's byte stream, paired so that a reply can never be taken
 * for the answer to another request.
 *
 * Facts it relies on (hardware-protocols.md §1.6): a printer answers each DLE EOT it receives with at most
 * one byte `0xx1xx10`; XON/XOFF (`0001xx11`) and Automatic Status Back frames (`0xx1xx00` + 3 × `0xx0xxxx`)
 * never look like such a reply. The bridge never sends a DLE EOT pattern inside print data (the raster
 * encoder removes them), so every reply-looking byte answers one of this channel's own requests.
 *
 * Design: at most one request is in flight, and one is sent only when no earlier request is still owed a
 * reply. A request that times out becomes *owed*: any reply-looking byte that arrives while something is
 * owed pays off the oldest debt and is discarded, whatever its timing or order. Requests resume only when
 * nothing is owed: every late reply has arrived, or the connection was replaced (TCP, when idle), or the
 * line has been quiet long enough (serial). So the byte handed to a request was sent after that request
 * and after every earlier reply: it is that request's answer.
 */
export class StatusChannel {
  private waiter: Waiter | null = null;
  private owed = 0;
  private asbBytesLeft = 0;
  private lastActivity = Date.now();
  private queue: Promise<unknown> = Promise.resolve();
  private readonly paidListeners = new Set<() => void>();
  private readonly unsubscribe: (() => void)[];
  /** Replies that came after their request had timed out (discarded), and reply-looking bytes nobody asked for. */
  readonly counts = { late: 0, unexpected: 0 };

  constructor(
    private readonly transport: ByteTransport,
    private readonly opts: StatusChannelOptions = { quietResyncMs: null },
  ) {
    this.unsubscribe = [
      transport.onData((b) => this.receive(b)),
      transport.onState((s) => {
        if (!s.connected) this.reset(s.reason);
      }),
    ];
  }

  /** True when no request is owed a reply (a new request can be answered unambiguously). */
  get inStep(): boolean {
    return this.owed === 0;
  }

  /** Sends `bytes` as print data (which never contains a real-time command: see raster-encoder.ts). */
  async writeData(bytes: Uint8Array, signal?: AbortSignal): Promise<void> {
    await this.transport.write(bytes, signal);
  }

  /**
   * DLE EOT n; resolves with the reply byte, or null if none can be had within about `timeoutMs`
   * (no reply, or the channel could not get back in step after an earlier unanswered request).
   * Rejects with TransportError when the link goes down, AbortedError when `signal` aborts.
   */
  query(n: 1 | 2 | 3 | 4, timeoutMs: number, opts: QueryOptions = {}): Promise<number | null> {
    const run = this.queue.then(() => this.queryNow(n, timeoutMs, opts));
    this.queue = run.catch(() => {});
    return run;
  }

  dispose(): void {
    for (const off of this.unsubscribe) off();
  }

  private async queryNow(n: 1 | 2 | 3 | 4, timeoutMs: number, opts: QueryOptions): Promise<number | null> {
    if (opts.signal?.aborted) throw new AbortedError(opts.signal.reason);
    if (!(await this.getInStep(timeoutMs, opts))) return null;
    return new Promise((resolve, reject) => {
      const { signal } = opts;
      const done = (v: number | null, err?: Error) => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        if (this.waiter === waiter) this.waiter = null;
        if (err) reject(err);
        else resolve(v);
      };
      const waiter: Waiter = { reply: (b) => done(b), fail: (err) => done(null, err) };
      const abandon = () => {
        if (this.waiter === waiter) this.owed++;
      };
      const onAbort = () => {
        abandon();
        done(null, new AbortedError(signal?.reason));
      };
      const timer = setTimeout(() => {
        abandon();
        done(null);
      }, timeoutMs);
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiter = waiter;
      this.lastActivity = Date.now();
      this.transport.write(dleEot(n), signal).then(
        () => (this.lastActivity = Date.now()),
        (err: Error) => {
          abandon();
          done(null, err);
        },
      );
    });
  }

  /** Waits until nothing is owed; false if that cannot be established within the limits. */
  private async getInStep(timeoutMs: number, opts: QueryOptions): Promise<boolean> {
    if (this.owed === 0) return true;
    const quiet = this.opts.quietResyncMs;
    const wait = quiet === null ? timeoutMs : Math.max(timeoutMs, quiet - (Date.now() - this.lastActivity));
    await this.untilPaid(wait, opts.signal);
    if (this.owed === 0) return true;
    if (quiet !== null && Date.now() - this.lastActivity >= quiet) {
      this.owed = 0;
      return true;
    }
    if (this.opts.freshConnection && opts.mayReconnect?.()) {
      await this.opts.freshConnection();
      return this.owed === 0 && this.transport.connected;
    }
    return false;
  }

  private untilPaid(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      const finish = (err?: Error) => {
        clearTimeout(timer);
        this.paidListeners.delete(check);
        signal?.removeEventListener('abort', onAbort);
        if (err) reject(err);
        else resolve();
      };
      const check = () => this.owed === 0 && finish();
      const onAbort = () => finish(new AbortedError(signal?.reason));
      const timer = setTimeout(() => finish(), ms);
      this.paidListeners.add(check);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  private receive(bytes: Buffer): void {
    this.lastActivity = Date.now();
    for (const b of bytes) {
      if (b === XON || b === XOFF) continue;
      if (this.asbBytesLeft > 0) {
        // ASB bytes 2–4 are 0xx0xxxx; anything else means the frame was cut short.
        this.asbBytesLeft--;
        if ((b & 0x90) === 0) continue;
        this.asbBytesLeft = 0;
      }
      if (isAsbHeader(b)) this.asbBytesLeft = 3;
      else if (isStatusReply(b)) this.statusByte(b);
    }
  }

  private statusByte(b: number): void {
    if (this.owed > 0) {
      this.owed--;
      this.counts.late++;
      if (this.owed === 0) for (const l of [...this.paidListeners]) l();
    } else if (this.waiter) {
      this.waiter.reply(b);
    } else {
      this.counts.unexpected++;
    }
  }

  private reset(reason: string | null): void {
    this.asbBytesLeft = 0;
    this.owed = 0;
    for (const l of [...this.paidListeners]) l();
    this.waiter?.fail(new TransportError(`${this.transport.label} disconnected: ${reason ?? 'unknown'}`));
  }
}
